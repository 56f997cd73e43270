import { cypher } from '../cypher.js';
import type { Executor } from '../executor.js';
import { int } from '../shared/list-query.js';
import { ACTOR_PROJECTION, PLACE_PROJECTION } from '../shared/projections.js';
import type { BucketUnit } from './buckets.js';
import type { ActivityRow, ActorCountRow, PlaceCountRow, StatsRow } from './row.js';

export type ActivityKind = 'ARTICLES' | 'STATEMENTS' | 'MEETINGS' | 'MEDIATIONS';
export type ActorRanking = 'MENTIONS' | 'STATEMENTS' | 'MEETINGS' | 'MEDIATIONS';

export interface DateRange {
  from?: string | null;
  to?: string | null;
}

/**
 * For each kind: the items for all actors, the date each counts on, and the field of the
 * maintained daily counts (src/graph/analytics/daily.ts) that counts them per actor on that date.
 */
const ACTIVITY: Record<ActivityKind, { all: string; date: string; field: string }> = {
  ARTICLES: { all: 'MATCH (n:Article)', date: 'n.publishedAt', field: 'articles' },
  STATEMENTS: { all: 'MATCH (n:Statement)', date: 'coalesce(n.date, n.firstReportedAt)', field: 'statements' },
  MEETINGS: { all: 'MATCH (n:Meeting)', date: 'coalesce(n.date, n.firstReportedAt)', field: 'meetings' },
  MEDIATIONS: { all: 'MATCH (n:Mediation)', date: 'n.firstReportedAt', field: 'mediations' },
};

/** For each ranking: the actor-to-item pattern (over all time), and the daily count field (over a range). */
const RANKING: Record<ActorRanking, { pattern: string; field: string }> = {
  MENTIONS: { pattern: '(x:Actor)<-[:MENTIONS]-(n:Article)', field: 'articles' },
  STATEMENTS: { pattern: '(x:Actor)-[:MADE]->(n:Statement)', field: 'statements' },
  MEETINGS: { pattern: '(x:Actor)-[:ATTENDS]->(n:Meeting)', field: 'meetings' },
  MEDIATIONS: { pattern: '(x:Actor)-[:MEDIATES|BETWEEN]-(n:Mediation)', field: 'mediations' },
};

const IN_RANGE = (date: string) =>
  `($from IS NULL OR ${date} >= date($from)) AND ($to IS NULL OR ${date} <= date($to))`;

/** Dashboard aggregates, computed in Neo4j: only counts leave the database. */
export class AnalyticsRepository {
  constructor(private readonly executor: Executor) {}

  async stats(): Promise<StatsRow> {
    const [row] = await this.executor.read(
      cypher(`RETURN
        COUNT { MATCH (n:Article) } AS articles, COUNT { MATCH (n:Actor) } AS actors,
        COUNT { MATCH (n:Actor {kind: 'PERSON'}) } AS persons,
        COUNT { MATCH (n:Actor {kind: 'ORGANIZATION'}) } AS organizations,
        COUNT { MATCH (n:Actor {kind: 'COUNTRY'}) } AS countries,
        COUNT { MATCH (n:Actor {kind: 'MEDIA'}) } AS media,
        COUNT { MATCH (n:Statement) } AS statements, COUNT { MATCH (n:Mediation) } AS mediations,
        COUNT { MATCH (n:Meeting) } AS meetings, COUNT { MATCH (n:Place) } AS places,
        COUNT { MATCH (n:Topic) } AS topics`),
    );
    return row as unknown as StatsRow;
  }

  async activity(
    kind: ActivityKind,
    unit: BucketUnit,
    range: Required<DateRange>,
    actorKey: string | null,
  ): Promise<ActivityRow[]> {
    const spec = ACTIVITY[kind];
    const rows = await this.executor.read(
      cypher(
        actorKey
          ? `MATCH (c:ActorDay {actor: $actor}) WHERE c.day >= date($from) AND c.day <= date($to) AND c.${spec.field} > 0
        RETURN toString(date.truncate($unit, c.day)) AS start, sum(c.${spec.field}) AS count ORDER BY start`
          : `${spec.all}
        WITH ${spec.date} AS d WHERE d >= date($from) AND d <= date($to)
        RETURN toString(date.truncate($unit, d)) AS start, count(*) AS count ORDER BY start`,
        { ...range, unit: unit.toLowerCase(), actor: actorKey },
      ),
    );
    return rows as unknown as ActivityRow[];
  }

  async topActors(by: ActorRanking, range: DateRange, limit: number): Promise<ActorCountRow[]> {
    const dated = Boolean(range.from || range.to);
    if (by === 'MENTIONS' && !dated) return this.mostMentioned(limit);
    const { pattern, field } = RANKING[by];
    // Undated items count over all time only, so that ranking reads the events; a range reads the daily counts.
    const rows = await this.executor.read(
      cypher(
        dated
          ? `MATCH (c:ActorDay) WHERE ${IN_RANGE('c.day')} AND c.${field} > 0
        WITH c.actor AS key, sum(c.${field}) AS count
        MATCH (x:Actor {key: key})
        WITH x, count ORDER BY count DESC, x.name LIMIT $limit
        RETURN ${ACTOR_PROJECTION('x')} AS actor, count`
          : `MATCH ${pattern}
        WITH x, count(DISTINCT n) AS count ORDER BY count DESC, x.name LIMIT $limit
        RETURN ${ACTOR_PROJECTION('x')} AS actor, count`,
        { from: range.from ?? null, to: range.to ?? null, limit: int(limit) },
      ),
    );
    return rows as unknown as ActorCountRow[];
  }

  /** Over all time, mentions are the stored `mentionCount` (articles that mention the actor), read through its index. */
  private async mostMentioned(limit: number): Promise<ActorCountRow[]> {
    const rows = await this.executor.read(
      cypher(
        `MATCH (x:Actor) WHERE x.mentionCount IS NOT NULL
        WITH x ORDER BY x.mentionCount DESC, x.name LIMIT $limit
        RETURN ${ACTOR_PROJECTION('x')} AS actor, x.mentionCount AS count`,
        { limit: int(limit) },
      ),
    );
    return rows as unknown as ActorCountRow[];
  }

  async topMediators(range: DateRange, limit: number): Promise<ActorCountRow[]> {
    const rows = await this.executor.read(
      cypher(
        `MATCH (x:Actor)-[:MEDIATES]->(n:Mediation) WHERE ${IN_RANGE('n.firstReportedAt')}
        WITH x, count(n) AS count ORDER BY count DESC, x.name LIMIT $limit
        RETURN ${ACTOR_PROJECTION('x')} AS actor, count`,
        { from: range.from ?? null, to: range.to ?? null, limit: int(limit) },
      ),
    );
    return rows as unknown as ActorCountRow[];
  }

  async meetingPlaces(range: DateRange, limit: number): Promise<PlaceCountRow[]> {
    const rows = await this.executor.read(
      cypher(
        `MATCH (n:Meeting)-[:AT]->(p:Place) WHERE ${IN_RANGE('coalesce(n.date, n.firstReportedAt)')}
        WITH p, count(n) AS count, count(CASE WHEN n.status = 'HELD' THEN 1 END) AS held,
          count(CASE WHEN n.status = 'PLANNED' THEN 1 END) AS planned
        ORDER BY count DESC, p.name LIMIT $limit
        RETURN ${PLACE_PROJECTION('p')} AS place, count, held, planned`,
        { from: range.from ?? null, to: range.to ?? null, limit: int(limit) },
      ),
    );
    return rows as unknown as PlaceCountRow[];
  }
}
