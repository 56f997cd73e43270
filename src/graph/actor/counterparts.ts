import { cypher, type CypherQuery } from '../cypher.js';
import type { Executor, Row } from '../executor.js';
import { untilNoneLeft } from '../shared/chunked.js';
import type { Contribution, Snapshot } from '../maintained/contributions.js';

type Run = (query: CypherQuery) => Promise<Row[]>;

/**
 * The maintained `(:Actor)-[:COUNTERPART {meetings, mediations, statements, firstDate, lastDate}]->(:Actor)`
 * edges: one per pair of actors that share a meeting, a mediation or a statement (its speaker and
 * the outlet that carried it), stored from the smaller key to the larger and read in both
 * directions. Counts are of (event, link, link) triples, as the event queries they replace
 * counted paths: an actor that is both mediator and party of a mediation counts twice.
 * Counterparts are the pairs with meetings or mediations; statements only connect (paths).
 * Dates are those of the meetings and mediations (a meeting's date, else its first report; a
 * mediation's first report).
 */
export interface PairDelta {
  a: string;
  b: string;
  meetings: number;
  mediations: number;
  statements: number;
  /** Earliest and latest day of the contributions added. */
  addFirst: string | null;
  addLast: string | null;
  /** Days of contributions taken away: if one was the edge's first or last date, the dates are recomputed. */
  removed: string[];
}

interface PairPart {
  weight: number;
  day: string | null;
}

const PAIR_FIELD = { MEETING: 'meetings', MEDIATION: 'mediations', STATEMENT: 'statements' } as const;

/** The pairs an event links, with their multiplicity, and the day (statements give none). Articles link no pairs. */
function pairsOf(item: Contribution | undefined): Map<string, PairPart> {
  const out = new Map<string, PairPart>();
  if (!item || item.kind === 'ARTICLE') return out;
  const day = item.kind === 'STATEMENT' ? null : item.day;
  const links = new Map<string, number>();
  for (const key of item.links) links.set(key, (links.get(key) ?? 0) + 1);
  const keys = [...links.keys()].sort();
  for (let i = 0; i < keys.length; i++)
    for (let j = i + 1; j < keys.length; j++) {
      const weight = links.get(keys[i]!)! * links.get(keys[j]!)!;
      out.set(`${keys[i]}\u0000${keys[j]}`, { weight, day });
    }
  return out;
}

/** What changes on each pair's edge between two snapshots of the same items. */
export function counterpartDeltas(before: Snapshot, after: Snapshot): PairDelta[] {
  const deltas = new Map<string, PairDelta>();
  const delta = (pair: string): PairDelta => {
    let d = deltas.get(pair);
    if (!d) {
      const [a, b] = pair.split('\u0000') as [string, string];
      d = { a, b, meetings: 0, mediations: 0, statements: 0, addFirst: null, addLast: null, removed: [] };
      deltas.set(pair, d);
    }
    return d;
  };
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(id);
    const now = after.get(id);
    const kind = (old ?? now)!.kind;
    if (kind === 'ARTICLE') continue;
    const field = PAIR_FIELD[kind];
    const oldPairs = pairsOf(old);
    const newPairs = pairsOf(now);
    for (const pair of new Set([...oldPairs.keys(), ...newPairs.keys()])) {
      const was = oldPairs.get(pair);
      const is = newPairs.get(pair);
      if (was && is && was.weight === is.weight && was.day === is.day) continue;
      const d = delta(pair);
      if (was) {
        d[field] -= was.weight;
        if (was.day !== null) d.removed.push(was.day);
      }
      if (is) {
        d[field] += is.weight;
        if (is.day !== null) {
          if (d.addFirst === null || is.day < d.addFirst) d.addFirst = is.day;
          if (d.addLast === null || is.day > d.addLast) d.addLast = is.day;
        }
      }
    }
  }
  return [...deltas.values()].sort((x, y) => (x.a === y.a ? (x.b < y.b ? -1 : 1) : x.a < y.a ? -1 : 1));
}

const orNull = (expr: string) => `CASE WHEN ${expr} IS NULL THEN null ELSE date(${expr}) END`;

/** An edge's `pair` property, from its two keys (smaller first): one index seek finds the edge. */
const PAIR = (a: string, b: string) => `${a} + '|' + ${b}`;

/** The index behind PAIR (a MERGE of an existing edge would walk one end's COUNTERPART edges: a hub has thousands). */
export const COUNTERPART_SCHEMA: readonly string[] = [
  'CREATE INDEX counterpart_pair IF NOT EXISTS FOR ()-[c:COUNTERPART]-() ON (c.pair)',
];

/**
 * Adds the deltas to the edges (creating and deleting them as counts become positive or zero).
 * Returns the pairs whose first or last date was taken away: their dates need recomputing.
 */
export function applyCounterpartDeltas(rows: PairDelta[]): CypherQuery {
  return cypher(
    `UNWIND $rows AS row
    OPTIONAL MATCH ()-[found:COUNTERPART {pair: ${PAIR('row.a', 'row.b')}}]->()
    CALL (row, found) {
      WITH found WHERE found IS NOT NULL
      RETURN found AS c
      UNION ALL
      // A new pair (or an edge stored before it had a pair key): MERGE locks both actors, so no duplicate.
      WITH row, found WHERE found IS NULL
      MATCH (a:Actor {key: row.a}), (b:Actor {key: row.b})
      MERGE (a)-[c:COUNTERPART]->(b) ON CREATE SET c.meetings = 0, c.mediations = 0, c.statements = 0
      SET c.pair = ${PAIR('row.a', 'row.b')}
      RETURN c
    }
    WITH c, row, ${orNull('row.addFirst')} AS addFirst, ${orNull('row.addLast')} AS addLast,
      [d IN row.removed | date(d)] AS removed
    // A removed day that held the first (last) date leaves it unknown, unless a day added here is as early (late).
    WITH c, row, addFirst, addLast,
      (c.firstDate IN removed AND NOT coalesce(addFirst <= c.firstDate, false))
        OR (c.lastDate IN removed AND NOT coalesce(addLast >= c.lastDate, false)) AS stale
    SET c.meetings = c.meetings + toInteger(row.meetings), c.mediations = c.mediations + toInteger(row.mediations),
      c.statements = c.statements + toInteger(row.statements),
      c.firstDate = CASE WHEN addFirst IS NULL OR (c.firstDate IS NOT NULL AND c.firstDate <= addFirst)
        THEN c.firstDate ELSE addFirst END,
      c.lastDate = CASE WHEN addLast IS NULL OR (c.lastDate IS NOT NULL AND c.lastDate >= addLast)
        THEN c.lastDate ELSE addLast END
    WITH c, row, stale
    CALL (c) { WITH c WHERE c.meetings <= 0 AND c.mediations <= 0 AND c.statements <= 0 DELETE c }
    WITH row WHERE stale
    RETURN row.a AS a, row.b AS b`,
    { rows },
  );
}

/** Shared meetings and mediations of x and y, with their dates, as (kind, w, d) rows: read from x's side. */
const SHARED_EVENTS = (x: string, y: string) => `
  MATCH (${x})-[:ATTENDS]->(e:Meeting)
  // The planner would expand from either end: the WITH makes it read ${x}'s side.
  WITH DISTINCT e, ${y} MATCH (e)<-[:ATTENDS]-(${y})
  RETURN 'MEETING' AS kind, coalesce(e.date, e.firstReportedAt) AS d
  UNION ALL
  MATCH (${x})-[:MEDIATES|BETWEEN]-(e:Mediation)
  WITH DISTINCT e, ${y} MATCH (e)-[:MEDIATES|BETWEEN]-(${y})
  RETURN 'MEDIATION' AS kind, e.firstReportedAt AS d`;

/**
 * First and last dates of the pairs' edges, from their shared events, read from the side with
 * fewer event links: a rare repair (a removed contribution held the edge's first or last date).
 */
export function recomputeCounterpartDates(pairs: { a: string; b: string }[]): CypherQuery {
  return cypher(
    `UNWIND $pairs AS pair
    MATCH (a:Actor {key: pair.a})-[c:COUNTERPART]->(b:Actor {key: pair.b})
    WITH c, CASE WHEN COUNT { (a)-[:ATTENDS|MEDIATES|BETWEEN]-() } <= COUNT { (b)-[:ATTENDS|MEDIATES|BETWEEN]-() }
      THEN [a, b] ELSE [b, a] END AS ends
    WITH c, ends[0] AS s, ends[1] AS t
    CALL (s, t) {
      CALL (s, t) { ${SHARED_EVENTS('s', 't')} }
      RETURN min(d) AS first, max(d) AS last
    }
    SET c.firstDate = first, c.lastDate = last`,
    { pairs },
  );
}

/** Brings the counterpart edges of the snapshots' items up to date. */
export async function maintainCounterparts(run: Run, before: Snapshot, after: Snapshot): Promise<void> {
  const deltas = counterpartDeltas(before, after);
  if (deltas.length === 0) return;
  const stale = await run(applyCounterpartDeltas(deltas));
  if (stale.length) await run(recomputeCounterpartDates(stale.map((row) => ({ a: String(row.a), b: String(row.b) }))));
}

/**
 * Every counterpart edge of the actors $keys (all when null) as recomputed from the events, one
 * row per pair (a.key < b.key): what the maintained edges must equal.
 */
export const EXPECTED_COUNTERPARTS = `
  MATCH (a:Actor) WHERE $keys IS NULL OR a.key IN $keys
  CALL (a) {
    CALL (a) {
      MATCH (a)-[:ATTENDS]->(e:Meeting)<-[:ATTENDS]-(y:Actor) WHERE a.key < y.key
      RETURN y, 'MEETING' AS kind, coalesce(e.date, e.firstReportedAt) AS d
      UNION ALL
      MATCH (a)-[:MEDIATES|BETWEEN]-(e:Mediation)-[:MEDIATES|BETWEEN]-(y:Actor) WHERE a.key < y.key
      RETURN y, 'MEDIATION' AS kind, e.firstReportedAt AS d
      UNION ALL
      MATCH (a)-[:MADE|VIA]-(e:Statement)-[:MADE|VIA]-(y:Actor) WHERE a.key < y.key
      RETURN y, 'STATEMENT' AS kind, null AS d
    }
    RETURN y.key AS b, count(CASE kind WHEN 'MEETING' THEN 1 END) AS meetings,
      count(CASE kind WHEN 'MEDIATION' THEN 1 END) AS mediations,
      count(CASE kind WHEN 'STATEMENT' THEN 1 END) AS statements, toString(min(d)) AS firstDate, toString(max(d)) AS lastDate
  }
  RETURN a.key AS a, b, meetings, mediations, statements, firstDate, lastDate`;

/** The stored counterpart edges, in the same shape (an edge stored against the key order shows as reversed). */
export const STORED_COUNTERPARTS = `
  MATCH (a:Actor)-[c:COUNTERPART]->(b:Actor)
  RETURN a.key AS a, b.key AS b, c.meetings AS meetings, c.mediations AS mediations, c.statements AS statements,
    toString(c.firstDate) AS firstDate, toString(c.lastDate) AS lastDate`;

/** Writes recomputed edges (from EXPECTED_COUNTERPARTS) for a rebuild. */
export function createCounterparts(
  rows: {
    a: string;
    b: string;
    meetings: number;
    mediations: number;
    firstDate: string | null;
    lastDate: string | null;
  }[],
): CypherQuery {
  return cypher(
    `UNWIND $rows AS row
    MATCH (a:Actor {key: row.a}), (b:Actor {key: row.b})
    CREATE (a)-[:COUNTERPART {pair: ${PAIR('row.a', 'row.b')}, meetings: toInteger(row.meetings), mediations: toInteger(row.mediations),
      statements: toInteger(row.statements), firstDate: ${orNull('row.firstDate')}, lastDate: ${orNull('row.lastDate')}}]->(b)`,
    { rows },
  );
}

/** Edges stored before they had a pair key get it, in bounded transactions. */
export async function backfillCounterpartPairs(executor: Executor): Promise<void> {
  await untilNoneLeft(
    executor,
    cypher(
      `MATCH (a:Actor)-[c:COUNTERPART]->(b:Actor) WHERE c.pair IS NULL
      WITH a, b, c LIMIT 20000
      SET c.pair = ${PAIR('a.key', 'b.key')}
      RETURN count(c) AS n`,
    ),
  );
}
