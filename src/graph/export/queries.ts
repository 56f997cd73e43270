import { cypher, type CypherQuery } from '../cypher.js';

/** The sections of an export, in the order they are written. */
export const SECTIONS = ['articles', 'actors', 'statements', 'mediations', 'meetings'] as const;
export type Section = (typeof SECTIONS)[number];

/**
 * Which part of the graph to export: articles published within [from, to] (ISO days, inclusive),
 * and, with `actor`, only that actor's neighbourhood (it, the events it takes part in, and the
 * other actors of those events). Events and actors follow from the articles kept.
 */
export interface ExportFilter {
  from: string | null;
  to: string | null;
  actor: string | null;
}

export const NO_FILTER: ExportFilter = { from: null, to: null, actor: null };

/** `a` is an exported article. Static text over the parameters $from and $to. */
const ARTICLE_IN_RANGE = `($from IS NULL OR a.publishedAt >= date($from)) AND ($to IS NULL OR a.publishedAt <= date($to))`;

/** Event `e` is in the exported neighbourhood of $actor (always true without one). */
const EVENT_NEAR_ACTOR = `($actor IS NULL OR EXISTS { (e)--(:Actor {key: $actor}) })`;

/** Actor `x` is $actor or takes part in one of its events. */
const ACTOR_NEAR_ACTOR = `($actor IS NULL OR x.key = $actor
  OR EXISTS { (x)--(e)--(:Actor {key: $actor}) WHERE e:Statement OR e:Mediation OR e:Meeting })`;

/** An ISO day, or a month for month-precise dates (as in the per-article shape). */
function isoDate(node: string): string {
  return `CASE WHEN ${node}.date IS NULL THEN null
    WHEN ${node}.datePrecision = 'MONTH' THEN substring(toString(${node}.date), 0, 7)
    ELSE toString(${node}.date) END`;
}

/** The ids of the exported articles that report event `e`, sorted. */
const REPORTS = `COLLECT { MATCH (e)-[:REPORTED_IN]->(a:Article) WHERE ${ARTICLE_IN_RANGE} RETURN a.id ORDER BY a.id }`;

/**
 * The id an actor `y` has in an export: the key of its name (the best-supported of its names,
 * src/graph/actor/write.ts), which the set of articles decides whatever their order; the stored
 * key, which the first article to name the actor chose, only for an actor left without names.
 */
export const actorExportId = (y: string) =>
  `coalesce(head([(own:ActorName)-[:NAMES]->(${y}) WHERE ${y}.name IN own.texts | own.key]), ${y}.key)`;

/** The sorted export ids of the actors at the far end of `pattern` (which binds `y`). */
const actorIds = (pattern: string) => `COLLECT { MATCH ${pattern} RETURN ${actorExportId('y')} AS id ORDER BY id }`;

/**
 * Rows come sorted by id and every list is sorted, so that one set of articles gives one export,
 * byte for byte, whatever the order, batch size or concurrency of its ingestion.
 */
const TEXTS: Record<Section, string> = {
  articles: `MATCH (a:Article) WHERE ${ARTICLE_IN_RANGE}
    AND ($actor IS NULL OR EXISTS { (a)-[:MENTIONS]->(:Actor {key: $actor}) })
    RETURN a.id AS id, a.title AS title, a.url AS url, toString(a.publishedAt) AS publishedAt, a.source AS source
    ORDER BY id`,
  actors: `MATCH (x:Actor) WHERE ${ACTOR_NEAR_ACTOR}
    WITH x, COLLECT { MATCH (a:Article)-[:MENTIONS]->(x) WHERE ${ARTICLE_IN_RANGE} RETURN a.id ORDER BY a.id } AS articles
    WHERE size(articles) > 0
    RETURN ${actorExportId('x')} AS id, x.name AS name, x.kind AS kind,
      COLLECT { UNWIND x.aliases AS alias RETURN alias ORDER BY alias } AS aliases, articles
    ORDER BY id`,
  statements: `MATCH (e:Statement) WHERE ${EVENT_NEAR_ACTOR}
    WITH e, ${REPORTS} AS articles WHERE size(articles) > 0
    RETURN e.id AS id, head(${actorIds('(y:Actor)-[:MADE]->(e)')}) AS speaker, e.text AS text, e.direct AS direct,
      ${isoDate('e')} AS date, head(${actorIds('(e)-[:VIA]->(y:Actor)')}) AS via, articles
    ORDER BY id`,
  mediations: `MATCH (e:Mediation) WHERE ${EVENT_NEAR_ACTOR}
    WITH e, ${REPORTS} AS articles WHERE size(articles) > 0
    RETURN e.id AS id, ${actorIds('(y:Actor)-[:MEDIATES]->(e)')} AS mediators,
      ${actorIds('(e)-[:BETWEEN]->(y:Actor)')} AS parties, e.subject AS subject, articles
    ORDER BY id`,
  meetings: `MATCH (e:Meeting) WHERE ${EVENT_NEAR_ACTOR}
    WITH e, ${REPORTS} AS articles WHERE size(articles) > 0
    RETURN e.id AS id, e.kind AS kind, ${actorIds('(y:Actor)-[:ATTENDS]->(e)')} AS participants,
      e.location AS location, ${isoDate('e')} AS date, e.status AS status, articles
    ORDER BY id`,
};

/** The query that streams one section's rows, one row per node, in the export shape. */
export function sectionQuery(section: Section, filter: ExportFilter): CypherQuery {
  return cypher(TEXTS[section], { from: filter.from, to: filter.to, actor: filter.actor });
}
