import { cypher, type CypherQuery } from '../cypher.js';
import type { Executor, Row } from '../executor.js';
import { untilNoneLeft } from '../shared/chunked.js';
import type { Snapshot } from '../maintained/contributions.js';

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

/** What the items of one snapshot add to one pair's edge: counts by kind, and their weight per day. */
interface PairTotal {
  meetings: number;
  mediations: number;
  statements: number;
  days: Map<string, number>;
}

const PAIR_FIELD = { MEETING: 'meetings', MEDIATION: 'mediations', STATEMENT: 'statements' } as const;

/**
 * Every pair the snapshot's events link, with what they add to the pair's edge. An event counts
 * once per (link, link) pair of relationships; a statement's pairs have no day.
 */
function pairTotals(snapshot: Snapshot): Map<string, PairTotal> {
  const totals = new Map<string, PairTotal>();
  for (const item of snapshot.values()) {
    if (item.kind === 'ARTICLE') continue;
    const field = PAIR_FIELD[item.kind];
    const day = item.kind === 'STATEMENT' ? null : item.day;
    const links = new Map<string, number>();
    for (const key of item.links) links.set(key, (links.get(key) ?? 0) + 1);
    const keys = [...links.keys()].sort();
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++) {
        const pair = `${keys[i]}\u0000${keys[j]}`;
        const weight = links.get(keys[i]!)! * links.get(keys[j]!)!;
        let total = totals.get(pair);
        if (!total) {
          total = { meetings: 0, mediations: 0, statements: 0, days: new Map() };
          totals.set(pair, total);
        }
        total[field] += weight;
        if (day !== null) total.days.set(day, (total.days.get(day) ?? 0) + weight);
      }
  }
  return totals;
}

const NONE: PairTotal = { meetings: 0, mediations: 0, statements: 0, days: new Map() };

/**
 * What changes on each pair's edge between two snapshots of the same items, compared pair by
 * pair (not item by item): an event renamed or re-read with the same links changes nothing, so
 * it costs no write. A day is removed when the items no longer hold it, added when they newly do.
 */
export function counterpartDeltas(before: Snapshot, after: Snapshot): PairDelta[] {
  const was = pairTotals(before);
  const is = pairTotals(after);
  const deltas: PairDelta[] = [];
  for (const pair of new Set([...was.keys(), ...is.keys()])) {
    const old = was.get(pair) ?? NONE;
    const now = is.get(pair) ?? NONE;
    const [a, b] = pair.split('\u0000') as [string, string];
    const delta: PairDelta = {
      a,
      b,
      meetings: now.meetings - old.meetings,
      mediations: now.mediations - old.mediations,
      statements: now.statements - old.statements,
      addFirst: null,
      addLast: null,
      removed: [...old.days.keys()].filter((day) => !now.days.has(day)).sort(),
    };
    for (const day of now.days.keys()) {
      if (old.days.has(day)) continue;
      if (delta.addFirst === null || day < delta.addFirst) delta.addFirst = day;
      if (delta.addLast === null || day > delta.addLast) delta.addLast = day;
    }
    const changed = delta.meetings || delta.mediations || delta.statements || delta.addFirst || delta.removed.length;
    if (changed) deltas.push(delta);
  }
  return deltas.sort((x, y) => (x.a === y.a ? (x.b < y.b ? -1 : 1) : x.a < y.a ? -1 : 1));
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
