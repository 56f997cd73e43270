import { cypher, type CypherQuery } from '../cypher.js';
import type { Row } from '../executor.js';

type Run = (query: CypherQuery) => Promise<Row[]>;

/** What an item adds to the maintained counts, by kind: an article, or one of the three events. */
export type ItemKind = 'ARTICLE' | 'STATEMENT' | 'MEETING' | 'MEDIATION';

/**
 * One item's part in the maintained counterpart edges and daily counts: the day it counts on
 * (the same date the analytics and traversal queries read), the actors it counts for, and the
 * actors it links to each other, one entry per relationship (an actor both mediator and party of
 * a mediation is listed twice).
 */
export interface Contribution {
  kind: ItemKind;
  id: string;
  /** ISO day, or null when the item has no date (it then counts in no day and no first/last date). */
  day: string | null;
  /** Who it counts for per day: the mentioned actors, the speaker, the participants, mediators and parties. */
  actors: string[];
  /** Who it links (connection): as `actors`, and for a statement its speaker and the outlet (VIA). */
  links: string[];
}

/** Items whose contribution a write may change: event ids (any label) and article ids. */
export interface Touched {
  events: readonly string[];
  articles: readonly string[];
}

/** Contributions keyed by `kind:id`. */
export type Snapshot = Map<string, Contribution>;

/**
 * The items' current contributions. Dates: an article's publishedAt; a statement's or meeting's
 * own date, else its first report's; a mediation's first report. Actors: MENTIONS of an article,
 * the speaker (MADE) of a statement, ATTENDS of a meeting, MEDIATES and BETWEEN of a mediation.
 */
export function contributionsOf(touched: Touched): CypherQuery {
  return cypher(
    `CALL () {
      UNWIND $events AS id MATCH (e:Meeting {id: id})
      RETURN 'MEETING' AS kind, e.id AS id, coalesce(e.date, e.firstReportedAt) AS d,
        [(x:Actor)-[:ATTENDS]->(e) | x.key] AS actors, null AS links
      UNION ALL
      UNWIND $events AS id MATCH (e:Mediation {id: id})
      RETURN 'MEDIATION' AS kind, e.id AS id, e.firstReportedAt AS d, [(x:Actor)-[:MEDIATES|BETWEEN]-(e) | x.key] AS actors,
        null AS links
      UNION ALL
      UNWIND $events AS id MATCH (e:Statement {id: id})
      RETURN 'STATEMENT' AS kind, e.id AS id, coalesce(e.date, e.firstReportedAt) AS d,
        [(x:Actor)-[:MADE]->(e) | x.key] AS actors, [(x:Actor)-[:MADE|VIA]-(e) | x.key] AS links
      UNION ALL
      UNWIND $articles AS id MATCH (a:Article {id: id})
      RETURN 'ARTICLE' AS kind, a.id AS id, a.publishedAt AS d, [(a)-[:MENTIONS]->(x:Actor) | x.key] AS actors,
        [] AS links
    }
    RETURN kind, id, toString(d) AS day, actors, coalesce(links, actors) AS links`,
    { events: [...new Set(touched.events)], articles: [...new Set(touched.articles)] },
  );
}

export async function snapshot(run: Run, touched: Touched): Promise<Snapshot> {
  const out: Snapshot = new Map();
  if (touched.events.length === 0 && touched.articles.length === 0) return out;
  for (const row of await run(contributionsOf(touched))) {
    const item: Contribution = {
      kind: row.kind as ItemKind,
      id: String(row.id),
      day: row.day === null || row.day === undefined ? null : String(row.day),
      actors: (row.actors as unknown[]).map(String),
      links: (row.links as unknown[]).map(String),
    };
    out.set(`${item.kind}:${item.id}`, item);
  }
  return out;
}

/** Events an actor takes part in and articles that mention it: what curating the actor touches. */
export function touchedByActors(keys: readonly string[]): CypherQuery {
  return cypher(
    `UNWIND $keys AS key MATCH (x:Actor {key: key})
    RETURN COLLECT { MATCH (x)-[:ATTENDS|MEDIATES|BETWEEN|MADE|VIA]-(e) RETURN DISTINCT e.id } AS events,
      COLLECT { MATCH (x)<-[:MENTIONS]-(a:Article) RETURN a.id } AS articles`,
    { keys },
  );
}

export async function touchedActors(run: Run, keys: readonly string[]): Promise<Touched> {
  const events = new Set<string>();
  const articles = new Set<string>();
  for (const row of await run(touchedByActors(keys))) {
    for (const id of row.events as string[]) events.add(id);
    for (const id of row.articles as string[]) articles.add(id);
  }
  return { events: [...events], articles: [...articles] };
}
