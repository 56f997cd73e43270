/**
 * The five representative operations, each three ways over the same database:
 * (a) this project's GraphQL API, (b) @neo4j/graphql 7 with the closest query its generated
 * schema can express, (c) one hand-written Cypher query through neo4j-driver (the floor).
 */
export const OPERATION_NAMES = ['actorPage', 'dashboardTile', 'search', 'traversal', 'path'] as const;
export type OperationName = (typeof OPERATION_NAMES)[number];
export type Way = 'ours' | 'neo4jGraphql' | 'cypher';
export const WAYS: readonly Way[] = ['ours', 'neo4jGraphql', 'cypher'];

/** Inputs drawn from the loaded graph; request i uses entry i modulo the list length. */
export interface OperationInputs {
  /** Actor keys, spread over the mention ranking (popular and less popular actors). */
  actors: string[];
  /** Lower-case name prefixes of those actors. */
  prefixes: string[];
  /** Pairs of actor keys for paths. */
  pairs: [string, string][];
  from: string;
  to: string;
}

export interface OperationSpec {
  name: OperationName;
  title: string;
  /** What the operation asks, in words. */
  description: string;
  ours: (inputs: OperationInputs, i: number) => GraphQLBody;
  /** The closest @neo4j/graphql query, or why it cannot express one. */
  neo4jGraphql: ((inputs: OperationInputs, i: number) => GraphQLBody) | { unsupported: string };
  /** How (b) differs from (a) and (c), when it does. */
  neo4jGraphqlNote: string | null;
  cypher: { text: string; params: (inputs: OperationInputs, i: number) => Record<string, unknown> };
}

export interface GraphQLBody {
  query: string;
  variables: Record<string, unknown>;
}

/** Our API's global id of an actor. */
export function actorId(key: string): string {
  return Buffer.from(`Actor:${key}`, 'utf8').toString('base64url');
}

const at = <T>(list: T[], i: number): T => list[i % list.length]!;

/** Lucene query for a prefix, as our API builds it: the term, or any word starting with it. */
export function lucenePrefix(prefix: string): string {
  const term = prefix.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');
  return `+(${term} OR ${term}*)`;
}

/** Monday-started week buckets covering [from, to], as our `activity(bucket: WEEK)` returns them. */
export function weekRanges(from: string, to: string): { start: string; gte: string; lte: string }[] {
  const day = 86_400_000;
  const first = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`).getTime();
  const monday = first.getTime() - ((first.getUTCDay() + 6) % 7) * day;
  const out: { start: string; gte: string; lte: string }[] = [];
  for (let t = monday; t <= end; t += 7 * day) {
    const iso = (x: number) => new Date(x).toISOString().slice(0, 10);
    out.push({ start: iso(t), gte: iso(Math.max(t, first.getTime())), lte: iso(Math.min(t + 6 * day, end)) });
  }
  return out;
}

const ACTOR_PAGE_OURS = /* GraphQL */ `query ActorPage($id: ID!) {
  actor(id: $id) {
    name kind aliases
    statements(first: 20) { edges { node { text date evidence { article { title publishedAt } } } } }
    meetings(first: 20) { edges { node { kind status date place { name } participants { name } } } }
    mediations(first: 20) { edges { node { subject mediators { name } parties { name } } } }
  }
}`;

const ACTOR_PAGE_N4G = /* GraphQL */ `query ActorPage($key: String!) {
  actors(where: { key: { eq: $key } }) {
    name kind aliases
    statements(limit: 20, sort: [{ date: DESC }, { lastReportedAt: DESC }, { id: ASC }]) { text date reportedIn { title publishedAt } }
    meetings(limit: 20, sort: [{ date: DESC }, { lastReportedAt: DESC }, { id: ASC }]) { kind status date place { name } participants { name } }
    mediates(limit: 20, sort: [{ lastReportedAt: DESC }, { id: ASC }]) { subject mediators { name } parties { name } }
    mediatedIn(limit: 20, sort: [{ lastReportedAt: DESC }, { id: ASC }]) { subject mediators { name } parties { name } }
  }
}`;

const ACTOR_PAGE_CYPHER = `MATCH (x:Actor {key: $key})
CALL (x) {
  MATCH (x)-[:MADE]->(s:Statement)
  WITH s ORDER BY s.date DESC, s.lastReportedAt DESC, s.id LIMIT 20
  RETURN collect({ text: s.text, date: toString(s.date),
    evidence: [(s)-[:REPORTED_IN]->(a:Article) | { article: { title: a.title, publishedAt: toString(a.publishedAt) } }] }) AS statements
}
CALL (x) {
  MATCH (x)-[:ATTENDS]->(m:Meeting)
  WITH m ORDER BY m.date DESC, m.lastReportedAt DESC, m.id LIMIT 20
  RETURN collect({ kind: m.kind, status: m.status, date: toString(m.date),
    place: head([(m)-[:AT]->(p:Place) | { name: p.name }]),
    participants: [(y:Actor)-[:ATTENDS]->(m) | { name: y.name }] }) AS meetings
}
CALL (x) {
  MATCH (x)-[:MEDIATES|BETWEEN]-(n:Mediation)
  WITH DISTINCT n ORDER BY n.lastReportedAt DESC, n.id LIMIT 20
  RETURN collect({ subject: n.subject, mediators: [(y:Actor)-[:MEDIATES]->(n) | { name: y.name }],
    parties: [(n)-[:BETWEEN]->(y:Actor) | { name: y.name }] }) AS mediations
}
RETURN x.name AS name, x.kind AS kind, x.aliases AS aliases, statements, meetings, mediations`;

const TILE_OURS = /* GraphQL */ `query Tile($actor: ID!, $from: Date!, $to: Date!) {
  activity(bucket: WEEK, from: $from, to: $to, actor: $actor, kind: ARTICLES) { start count }
  topActors(by: MENTIONS, limit: 10) { actor { name } count }
}`;

/** 53 aliased aggregate counts, one per week: the generated schema has no group-by. */
function tileN4g(from: string, to: string): string {
  const weeks = weekRanges(from, to)
    .map(
      (w, k) =>
        `w${k}: mentionedInConnection(where: { node: { publishedAt: { gte: "${w.gte}", lte: "${w.lte}" } } }) { aggregate { count { nodes } } }`,
    )
    .join('\n    ');
  return `query Tile($key: String!) {
  actors(where: { key: { eq: $key } }) {
    ${weeks}
  }
  top: actors(limit: 10, sort: [{ mentionCount: DESC }, { name: ASC }]) { name mentionCount }
}`;
}

/** The actor's weekly counts from the maintained daily counts (ActorDay), as ours reads them. */
const TILE_CYPHER = `CALL () {
  MATCH (c:ActorDay {actor: $key}) WHERE c.day >= date($from) AND c.day <= date($to) AND c.articles > 0
  WITH date.truncate('week', c.day) AS start, sum(c.articles) AS count ORDER BY start
  RETURN collect({ start: toString(start), count: count }) AS activity
}
CALL () {
  MATCH (x:Actor) WHERE x.mentionCount IS NOT NULL
  WITH x ORDER BY x.mentionCount DESC, x.name LIMIT 10
  RETURN collect({ actor: { name: x.name }, count: x.mentionCount }) AS topActors
}
RETURN activity, topActors`;

const SEARCH_OURS = /* GraphQL */ `query Search($q: String!) {
  actors(search: $q, first: 10) { edges { node { name kind mentionCount } } }
}`;

const SEARCH_N4G = /* GraphQL */ `query Search($phrase: String!) {
  actorsByName(phrase: $phrase, first: 10, sort: [{ node: { mentionCount: DESC } }, { node: { name: ASC } }]) {
    edges { node { name kind mentionCount } }
  }
}`;

const SEARCH_CYPHER = `CALL db.index.fulltext.queryNodes('actor_names', $q) YIELD node AS x
WITH x ORDER BY x.mentionCount DESC, x.name LIMIT 10
RETURN collect({ name: x.name, kind: x.kind, mentionCount: x.mentionCount }) AS actors`;

const COUNTERPARTS_OURS = /* GraphQL */ `query Counterparts($id: ID!) {
  actor(id: $id) { counterparts(hops: 2, first: 20) { actor { name } distance weight } }
}`;

/** Two hops of raw events for weighting on the client (at most 20 events per actor and hop). */
const COUNTERPARTS_N4G = /* GraphQL */ `query Counterparts($key: String!) {
  actors(where: { key: { eq: $key } }) {
    meetings(limit: 20) { participants { name meetings(limit: 20) { participants { name } } } }
    mediates(limit: 20) { parties { name mediatedIn(limit: 20) { mediators { name } parties { name } } } }
    mediatedIn(limit: 20) { mediators { name mediates(limit: 20) { mediators { name } parties { name } } } parties { name } }
  }
}`;

/**
 * Counterparts from the maintained COUNTERPART edges (one per pair of actors sharing events; weight =
 * shared meetings and mediations), as ours reads them: the actor's edges, then the 100 heaviest
 * edges of each of its 50 strongest counterparts; direct counterparts are excluded from the second
 * hop after grouping.
 */
const COUNTERPARTS_CYPHER = `MATCH (x:Actor {key: $key})
CALL (x) {
  MATCH (x)-[c:COUNTERPART]-(y:Actor) WHERE c.meetings + c.mediations > 0
  WITH y, c.meetings + c.mediations AS weight ORDER BY weight DESC, y.name
  RETURN collect(y) AS near, collect(weight) AS weights
}
CALL (x, near) {
  UNWIND near[..50] AS x1
  CALL (x1) {
    MATCH (x1)-[c:COUNTERPART]-(y:Actor) WHERE c.meetings + c.mediations > 0
    WITH y, c.meetings + c.mediations AS w ORDER BY w DESC, elementId(y) LIMIT 100
    RETURN y, w
  }
  WITH y, sum(w) AS weight
  WHERE y <> x AND NOT y IN near
  WITH y, weight ORDER BY weight DESC, y.name LIMIT 20
  RETURN collect({ actor: { name: y.name }, distance: 2, weight: weight }) AS indirect
}
RETURN [i IN range(0, size(near[..20]) - 1) | { actor: { name: near[i].name }, distance: 1, weight: weights[i] }] + indirect AS counterparts`;

const PATH_OURS = /* GraphQL */ `query Path($from: ID!, $to: ID!) {
  connection(from: $from, to: $to, maxHops: 4) { length steps { from { name } to { name } } }
}`;

const PATH_CYPHER = `MATCH (a:Actor {key: $from}), (b:Actor {key: $to})
MATCH p = allShortestPaths((a)-[:ATTENDS|MEDIATES|BETWEEN|MADE|VIA*..8]-(b))
WITH p LIMIT 10
WITH p, nodes(p) AS ns
RETURN length(p) / 2 AS length, [i IN range(0, length(p) / 2 - 1) | { from: { name: ns[2 * i].name }, to: { name: ns[2 * i + 2].name } }] AS steps`;

export const OPERATIONS: readonly OperationSpec[] = [
  {
    name: 'actorPage',
    title: 'actor page',
    description: 'an actor with its last 20 statements (with their articles), meetings and mediations',
    ours: (d, i) => ({ query: ACTOR_PAGE_OURS, variables: { id: actorId(at(d.actors, i)) } }),
    neo4jGraphql: (d, i) => ({ query: ACTOR_PAGE_N4G, variables: { key: at(d.actors, i) } }),
    neo4jGraphqlNote: 'mediations as two lists (as mediator, as party), 20 each',
    cypher: { text: ACTOR_PAGE_CYPHER, params: (d, i) => ({ key: at(d.actors, i) }) },
  },
  {
    name: 'dashboardTile',
    title: 'dashboard tile',
    description: 'articles mentioning an actor by week over a year, and the 10 most mentioned actors',
    ours: (d, i) => ({ query: TILE_OURS, variables: { actor: actorId(at(d.actors, i)), from: d.from, to: d.to } }),
    neo4jGraphql: (d, i) => ({ query: tileN4g(d.from, d.to), variables: { key: at(d.actors, i) } }),
    neo4jGraphqlNote: 'no group-by: one aliased aggregate count per week (53); ranking by the stored mentionCount',
    cypher: { text: TILE_CYPHER, params: (d, i) => ({ key: at(d.actors, i), from: d.from, to: d.to }) },
  },
  {
    name: 'search',
    title: 'search',
    description: 'actors by name prefix, first 10, most mentioned first',
    ours: (d, i) => ({ query: SEARCH_OURS, variables: { q: at(d.prefixes, i) } }),
    neo4jGraphql: (d, i) => ({ query: SEARCH_N4G, variables: { phrase: lucenePrefix(at(d.prefixes, i)) } }),
    neo4jGraphqlNote: '@fulltext query on the same index, Lucene prefix written by the client',
    cypher: { text: SEARCH_CYPHER, params: (d, i) => ({ q: lucenePrefix(at(d.prefixes, i)) }) },
  },
  {
    name: 'traversal',
    title: 'traversal',
    description: 'counterparts of an actor with weights, two hops',
    ours: (d, i) => ({ query: COUNTERPARTS_OURS, variables: { id: actorId(at(d.actors, i)) } }),
    neo4jGraphql: (d, i) => ({ query: COUNTERPARTS_N4G, variables: { key: at(d.actors, i) } }),
    neo4jGraphqlNote:
      'cannot aggregate: returns two hops of raw events (≤20 per actor and hop) for the client to weigh, not the same result',
    cypher: { text: COUNTERPARTS_CYPHER, params: (d, i) => ({ key: at(d.actors, i) }) },
  },
  {
    name: 'path',
    title: 'path',
    description: 'shortest connections between two actors within 4 hops (events)',
    ours: (d, i) => ({
      query: PATH_OURS,
      variables: { from: actorId(at(d.pairs, i)[0]), to: actorId(at(d.pairs, i)[1]) },
    }),
    neo4jGraphql: {
      unsupported:
        'not expressible: the generated schema has no shortest-path query (it would need a hand-written @cypher field)',
    },
    neo4jGraphqlNote: null,
    cypher: { text: PATH_CYPHER, params: (d, i) => ({ from: at(d.pairs, i)[0], to: at(d.pairs, i)[1] }) },
  },
];

export function operation(name: string): OperationSpec {
  const found = OPERATIONS.find((o) => o.name === name);
  if (!found) throw new Error(`unknown operation ${name}`);
  return found;
}
