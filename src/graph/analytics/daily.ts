import { cypher, type CypherQuery } from '../cypher.js';
import type { Row } from '../executor.js';
import type { ItemKind, Snapshot } from '../maintained/contributions.js';

type Run = (query: CypherQuery) => Promise<Row[]>;

/**
 * The maintained `(:ActorDay {actor, day, articles, statements, meetings, mediations})` nodes:
 * per actor and day, the articles that mention it (by publishedAt), the statements it made and
 * the meetings it attends (by their date, else their first report), the mediations it mediates
 * or is a party to (by their first report). Undated items count on no day. A node whose counts
 * are all zero is deleted.
 */
export interface DayDelta {
  actor: string;
  day: string;
  articles: number;
  statements: number;
  meetings: number;
  mediations: number;
}

export const DAY_FIELD: Record<ItemKind, 'articles' | 'statements' | 'meetings' | 'mediations'> = {
  ARTICLE: 'articles',
  STATEMENT: 'statements',
  MEETING: 'meetings',
  MEDIATION: 'mediations',
};

/** What changes in each (actor, day) between two snapshots of the same items. */
export function dailyDeltas(before: Snapshot, after: Snapshot): DayDelta[] {
  const deltas = new Map<string, DayDelta>();
  const add = (actor: string, day: string, kind: ItemKind, by: number) => {
    const key = `${actor}\u0000${day}`;
    let d = deltas.get(key);
    if (!d) {
      d = { actor, day, articles: 0, statements: 0, meetings: 0, mediations: 0 };
      deltas.set(key, d);
    }
    d[DAY_FIELD[kind]] += by;
  };
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(id);
    const now = after.get(id);
    const was = new Set(old?.day ? old.actors : []);
    const is = new Set(now?.day ? now.actors : []);
    if (old?.day && now?.day && old.day === now.day) {
      for (const actor of was) if (!is.has(actor)) add(actor, old.day, old.kind, -1);
      for (const actor of is) if (!was.has(actor)) add(actor, now.day, now.kind, 1);
      continue;
    }
    if (old?.day) for (const actor of was) add(actor, old.day, old.kind, -1);
    if (now?.day) for (const actor of is) add(actor, now.day, now.kind, 1);
  }
  return [...deltas.values()]
    .filter((d) => d.articles || d.statements || d.meetings || d.mediations)
    .sort((x, y) => (x.actor === y.actor ? (x.day < y.day ? -1 : 1) : x.actor < y.actor ? -1 : 1));
}

/** Adds the deltas to the day nodes, creating them, and deleting those left with nothing. */
export function applyDailyDeltas(rows: DayDelta[]): CypherQuery {
  return cypher(
    `UNWIND $rows AS row
    MERGE (c:ActorDay {actor: row.actor, day: date(row.day)})
      ON CREATE SET c.articles = 0, c.statements = 0, c.meetings = 0, c.mediations = 0
    SET c.articles = c.articles + toInteger(row.articles), c.statements = c.statements + toInteger(row.statements),
      c.meetings = c.meetings + toInteger(row.meetings), c.mediations = c.mediations + toInteger(row.mediations)
    WITH c WHERE c.articles <= 0 AND c.statements <= 0 AND c.meetings <= 0 AND c.mediations <= 0
    DELETE c`,
    { rows },
  );
}

/** Day nodes of actors that no longer exist (deleted, merged into another): they go. */
export function dropDaysOfMissingActors(keys: string[]): CypherQuery {
  return cypher(
    `UNWIND $keys AS key
    WITH key WHERE NOT EXISTS { MATCH (:Actor {key: key}) }
    MATCH (c:ActorDay {actor: key}) DELETE c`,
    { keys },
  );
}

/** Brings the daily counts of the snapshots' actors up to date. */
export async function maintainDailyCounts(run: Run, before: Snapshot, after: Snapshot): Promise<void> {
  const deltas = dailyDeltas(before, after);
  if (deltas.length) await run(applyDailyDeltas(deltas));
  // only an actor the items no longer link may be gone (deleted, or merged into another)
  const linked = new Set<string>();
  for (const item of after.values()) for (const actor of item.actors) linked.add(actor);
  const unlinked = new Set<string>();
  for (const item of before.values()) for (const actor of item.actors) if (!linked.has(actor)) unlinked.add(actor);
  if (unlinked.size) await run(dropDaysOfMissingActors([...unlinked].sort()));
}

/**
 * Every (actor, day) as recomputed from articles and events, for the actors $keys (all when
 * null): what the ActorDay nodes must equal. One row per actor and day, counts as [field, n] pairs.
 */
export const EXPECTED_DAYS = `
  MATCH (x:Actor) WHERE $keys IS NULL OR x.key IN $keys
  CALL (x) {
    MATCH (x)<-[:MENTIONS]-(n:Article) WHERE n.publishedAt IS NOT NULL
    RETURN n.publishedAt AS day, 'articles' AS field, count(*) AS n
    UNION ALL
    MATCH (x)-[:MADE]->(n:Statement) WITH coalesce(n.date, n.firstReportedAt) AS day WHERE day IS NOT NULL
    RETURN day, 'statements' AS field, count(*) AS n
    UNION ALL
    MATCH (x)-[:ATTENDS]->(n:Meeting) WITH coalesce(n.date, n.firstReportedAt) AS day WHERE day IS NOT NULL
    RETURN day, 'meetings' AS field, count(*) AS n
    UNION ALL
    MATCH (x)-[:MEDIATES|BETWEEN]-(n:Mediation) WITH DISTINCT n WHERE n.firstReportedAt IS NOT NULL
    RETURN n.firstReportedAt AS day, 'mediations' AS field, count(*) AS n
  }
  WITH x, day, collect([field, n]) AS counts
  RETURN x.key AS actor, toString(day) AS day, counts`;

/** The stored day nodes, in the same shape. */
export const STORED_DAYS = `
  MATCH (c:ActorDay)
  RETURN c.actor AS actor, toString(c.day) AS day,
    [['articles', c.articles], ['statements', c.statements], ['meetings', c.meetings], ['mediations', c.mediations]] AS counts`;

/** Writes recomputed day rows (from EXPECTED_DAYS) for a rebuild. */
export function createDays(rows: DayDelta[]): CypherQuery {
  return cypher(
    `UNWIND $rows AS row
    CREATE (:ActorDay {actor: row.actor, day: date(row.day), articles: toInteger(row.articles),
      statements: toInteger(row.statements), meetings: toInteger(row.meetings), mediations: toInteger(row.mediations)})`,
    { rows },
  );
}
