import { cypher } from '../cypher.js';
import type { Executor } from '../executor.js';
import { pagesByKey, rowsByKey, type RowsWithTotal } from '../shared/batch.js';
import { int, type Page } from '../shared/list-query.js';
import {
  ACTOR_PROJECTION,
  MEDIATION_PROJECTION,
  MEETING_PROJECTION,
  STATEMENT_PROJECTION,
} from '../shared/projections.js';
import type { CounterpartRow, GraphViewRow, PathRow, PathStepRow, TimelineItemRow } from './traversal-rows.js';

/** Relationship types that link actors to events. */
const EVENT_LINKS = 'ATTENDS|MEDIATES|BETWEEN|MADE|VIA';
/** Direct counterparts expanded for a second hop: bounds the work around hubs. */
const SECOND_HOP_FANOUT = 50;
/** Edges each of them contributes to the second hop, the heaviest first: bounds the rows grouped. */
export const SECOND_HOP_PER_COUNTERPART = 100;

/**
 * A maintained COUNTERPART edge (src/graph/actor/counterparts.ts) links counterparts when the two
 * share meetings or mediations (statements only connect, for paths); its weight is their number.
 */
const IS_COUNTERPART = (c: string) => `${c}.meetings + ${c}.mediations > 0`;
const WEIGHT = (c: string) => `${c}.meetings + ${c}.mediations`;
export const MAX_PATH_HOPS = 6;
export const MAX_NEIGHBORHOOD_DEPTH = 3;

const EVENT_PROJECTION = `CASE head(labels(n))
  WHEN 'Statement' THEN ${STATEMENT_PROJECTION('n', "eventType: 'Statement'")}
  WHEN 'Meeting' THEN ${MEETING_PROJECTION('n', "eventType: 'Meeting'")}
  ELSE ${MEDIATION_PROJECTION('n', "eventType: 'Mediation'")} END`;

/**
 * Shortest paths over the maintained COUNTERPART edges (one per pair of actors sharing an event),
 * one static text per hop count (a path length cannot be a parameter); each step then lists up to
 * $limit events the two actors share, with how each takes part, read from the side with fewer links.
 */
const PATH_QUERIES = Array.from({ length: MAX_PATH_HOPS + 1 }, (_, hops) =>
  hops === 0
    ? ''
    : `MATCH (a:Actor {key: $from}), (b:Actor {key: $to})
  MATCH p = allShortestPaths((a)-[:COUNTERPART*..${hops}]-(b))
  WITH p LIMIT $limit
  WITH p, nodes(p) AS ns
  UNWIND range(0, size(ns) - 2) AS i
  CALL (ns, i) {
    WITH ns[i] AS s, ns[i + 1] AS t
    WITH s, t, COUNT { (s)-[:${EVENT_LINKS}]-() } <= COUNT { (t)-[:${EVENT_LINKS}]-() } AS fromS
    WITH s, t, fromS, CASE WHEN fromS THEN s ELSE t END AS u, CASE WHEN fromS THEN t ELSE s END AS v
    MATCH (u)-[r1:${EVENT_LINKS}]-(e)-[r2:${EVENT_LINKS}]-(v)
    WITH s, t, e, CASE WHEN fromS THEN type(r1) ELSE type(r2) END AS fromRole,
      CASE WHEN fromS THEN type(r2) ELSE type(r1) END AS toRole
    LIMIT $limit
    RETURN collect({ fromKey: s.key, toKey: t.key, eventType: head(labels(e)), eventId: e.id,
      fromRole: fromRole, toRole: toRole }) AS options
  }
  WITH p, i, options ORDER BY i
  WITH p, collect(options) AS steps
  RETURN steps`,
);

/** Neighborhood queries, one static text per depth: events, then their actors, level by level. */
const NEIGHBORHOOD_QUERIES = Array.from({ length: MAX_NEIGHBORHOOD_DEPTH + 1 }, (_, depth) => {
  if (depth === 0) return '';
  const levels = Array.from({ length: depth }, (_, i) => {
    const from = i === 0 ? '[x]' : `a${i}`;
    return `
  CALL (${i === 0 ? 'x' : `a${i}`}) { UNWIND ${from} AS s MATCH (s)-[:${EVENT_LINKS}]-(e)
    WHERE e:Statement OR e:Meeting OR e:Mediation
    RETURN collect(DISTINCT e)[..$limit] AS e${i + 1} }
  CALL (e${i + 1}) { UNWIND e${i + 1} AS e MATCH (e)-[:${EVENT_LINKS}]-(y:Actor)
    RETURN collect(DISTINCT y)[..$limit] AS a${i + 1} }`;
  });
  const all = ['[x]', ...Array.from({ length: depth }, (_, i) => `e${i + 1} + a${i + 1}`)].join(' + ');
  return `MATCH (x:Actor {key: $key})${levels.join('')}
  WITH reduce(acc = [], n IN ${all} | CASE WHEN n IN acc THEN acc ELSE acc + n END) AS found
  WITH found[..$limit] AS ns, size(found) > $limit AS truncated
  CALL (ns) {
    UNWIND ns AS a MATCH (a)-[r:${EVENT_LINKS}|AFFILIATED_WITH]->(b) WHERE b IN ns
    RETURN collect({ source: ${nodeView('a')}, target: ${nodeView('b')}, type: type(r) }) AS edges
  }
  RETURN [n IN ns | ${nodeView('n')}] AS nodes, edges, truncated`;
});

function nodeView(v: string): string {
  return `{ type: head(labels(${v})), local: coalesce(${v}.key, ${v}.id),
    label: coalesce(${v}.name, ${v}.subject, CASE WHEN ${v}.text IS NULL THEN null ELSE left(${v}.text, 80) END,
      ${v}.kind, head(labels(${v}))),
    kind: CASE WHEN ${v}:Actor OR ${v}:Meeting THEN ${v}.kind ELSE null END }`;
}

/** Relationships followed from an actor: timelines, counterparts, paths, neighborhoods. */
export class TraversalRepository {
  constructor(private readonly executor: Executor) {}

  timelines(
    keys: readonly string[],
    range: { from: string | null; to: string | null },
    page: Page,
  ): Promise<Map<string, RowsWithTotal<TimelineItemRow>>> {
    return pagesByKey(
      this.executor,
      cypher(
        `UNWIND $keys AS k MATCH (x:Actor {key: k})
        CALL (x) {
          CALL (x) {
            MATCH (x)-[:MADE]->(n:Statement) RETURN n, coalesce(n.date, n.firstReportedAt) AS d
            UNION
            MATCH (x)-[:ATTENDS]->(n:Meeting) RETURN n, coalesce(n.date, n.firstReportedAt) AS d
            UNION
            MATCH (x)-[:MEDIATES|BETWEEN]-(n:Mediation) RETURN n, n.firstReportedAt AS d
          }
          WITH n, d WHERE ($from IS NULL OR d >= date($from)) AND ($to IS NULL OR d <= date($to))
          WITH n, d ORDER BY d DESC, n.id
          WITH collect({ date: toString(d), event: ${EVENT_PROJECTION} }) AS items
          RETURN items[$skip..($skip + $limit)] AS rows, size(items) AS total
        }
        RETURN k AS key, rows, total`,
        { keys, from: range.from, to: range.to, skip: int(page.skip), limit: int(page.limit) },
      ),
    );
  }

  /**
   * Direct counterparts (and with `hops` 2, counterparts of the strongest direct ones), `first` per
   * distance. Reads the maintained counterpart edges: the actor's, then those of its strongest
   * direct counterparts, so the cost follows how many counterparts they have, not how many events.
   */
  counterparts(keys: readonly string[], hops: 1 | 2, first: number): Promise<Map<string, CounterpartRow[]>> {
    // Each direct counterpart gives its strongest SECOND_HOP_PER_COUNTERPART edges (a top-N over
    // its edges, not a sort of all of them), so the rows grouped follow the fan-out, not the size of
    // the hubs around the actor. Ties at the cut go by element id, which needs no read of the
    // node (stable for a store, not across reloads). A candidate is checked against the direct
    // counterparts once, after grouping.
    const secondHop =
      hops === 2
        ? `CALL (x, near) {
            UNWIND near[..${SECOND_HOP_FANOUT}] AS x1
            CALL (x1) {
              MATCH (x1)-[c:COUNTERPART]-(y) WHERE ${IS_COUNTERPART('c')}
              WITH y, c, ${WEIGHT('c')} AS w ORDER BY w DESC, elementId(y) LIMIT ${SECOND_HOP_PER_COUNTERPART}
              RETURN y, w, c.firstDate AS first, c.lastDate AS last
            }
            WITH y, sum(w) AS weight, min(first) AS firstSeen, max(last) AS lastSeen, collect(x1.key) AS viaKeys
            WHERE y <> x AND NOT y IN near
            WITH y, weight, firstSeen, lastSeen, viaKeys ORDER BY weight DESC, y.name LIMIT $first
            RETURN collect({ actor: ${ACTOR_PROJECTION('y')}, distance: 2, weight: weight, meetings: 0,
              mediations: 0, firstSeen: toString(firstSeen), lastSeen: toString(lastSeen), viaKeys: viaKeys }) AS indirect
          }`
        : 'WITH k, direct, [] AS indirect';
    // The direct counterparts are ranked as a list of nodes only, and the first $first edges read
    // again: rows of the second hop carry every column in scope, and a list of all the actor's
    // edges' figures made each of them large (200 MB of transaction memory for one hub).
    return rowsByKey(
      this.executor,
      cypher(
        `UNWIND $keys AS k MATCH (x:Actor {key: k})
        CALL (x) {
          MATCH (x)-[c:COUNTERPART]-(y:Actor) WHERE ${IS_COUNTERPART('c')}
          WITH y, ${WEIGHT('c')} AS weight ORDER BY weight DESC, y.name
          RETURN collect(y) AS near
        }
        CALL (x, near) {
          UNWIND range(0, size(near[..$first]) - 1) AS i
          WITH i, near[i] AS y
          MATCH (x)-[c:COUNTERPART]-(y) WHERE ${IS_COUNTERPART('c')}
          WITH i, y, c ORDER BY i
          RETURN collect({ actor: ${ACTOR_PROJECTION('y')}, distance: 1, weight: ${WEIGHT('c')}, meetings: c.meetings,
            mediations: c.mediations, firstSeen: toString(c.firstDate), lastSeen: toString(c.lastDate), viaKeys: [] }) AS direct
        }
        ${secondHop}
        RETURN k AS key, direct + indirect AS rows`,
        { keys, first: int(first) },
      ),
    );
  }

  async shortestPaths(fromKey: string, toKey: string, maxHops: number, limit: number): Promise<PathRow[]> {
    const text = PATH_QUERIES[maxHops];
    if (!text) throw new RangeError(`maxHops must be between 1 and ${MAX_PATH_HOPS}`);
    const rows = await this.executor.read(cypher(text, { from: fromKey, to: toKey, limit: int(limit) }));
    return eventPaths(
      rows.map((row) => row.steps as PathStepRow[][]),
      limit,
    );
  }

  async neighborhood(key: string, depth: number, limit: number): Promise<GraphViewRow | null> {
    const text = NEIGHBORHOOD_QUERIES[depth];
    if (!text) throw new RangeError(`depth must be between 1 and ${MAX_NEIGHBORHOOD_DEPTH}`);
    const [row] = await this.executor.read(cypher(text, { key, limit: int(limit) }));
    return (row as unknown as GraphViewRow) ?? null;
  }
}

/**
 * Paths through events from paths through actors: every choice of one shared event per step,
 * at most `limit` in all. An actor path with a step that shares no event gives none.
 */
export function eventPaths(actorPaths: PathStepRow[][][], limit: number): PathRow[] {
  const out: PathRow[] = [];
  const extend = (options: PathStepRow[][], chosen: PathStepRow[]): void => {
    if (out.length >= limit) return;
    const next = options[chosen.length];
    if (!next) {
      out.push({ length: chosen.length, steps: chosen });
      return;
    }
    for (const step of next) extend(options, [...chosen, step]);
  };
  for (const options of actorPaths) extend(options, []);
  return out;
}
