import { cypher } from './cypher.js';
import { COUNTERPART_SCHEMA } from './actor/counterparts.js';
import { RECENCY_SCHEMA } from './actor/recency.js';
import type { Executor } from './executor.js';
import { rebuildMaintained } from './maintained/verify.js';
import { runMigrations } from './migrations.js';

/**
 * Constraints and indexes, each `IF NOT EXISTS`, so applying them at every start-up is safe.
 * Unique keys: every node label that is merged has one. Full-text: actor names and aliases,
 * statement text, article title and body (actor names folded: accents and case do not count). Range: the dates that lists filter and sort on.
 */
export const SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT actor_key IF NOT EXISTS FOR (n:Actor) REQUIRE n.key IS UNIQUE',
  'CREATE CONSTRAINT actor_name_key IF NOT EXISTS FOR (n:ActorName) REQUIRE n.key IS UNIQUE',
  'CREATE CONSTRAINT name_block_key IF NOT EXISTS FOR (n:NameBlock) REQUIRE n.key IS UNIQUE',
  'CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT mediation_id IF NOT EXISTS FOR (n:Mediation) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT place_key IF NOT EXISTS FOR (n:Place) REQUIRE n.key IS UNIQUE',
  'CREATE CONSTRAINT topic_key IF NOT EXISTS FOR (n:Topic) REQUIRE n.key IS UNIQUE',
  'CREATE CONSTRAINT feed_item_key IF NOT EXISTS FOR (n:FeedItem) REQUIRE n.key IS UNIQUE',
  // Accents and case are folded on both sides: "Niinistö" and "niinisto" find the same actor.
  "CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliases] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }",
  'CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.text]',
  'CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (n:Article) ON EACH [n.title, n.body]',
  'CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt)',
  'CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date)',
  'CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date)',
  // Statement coreference finds a speaker's recent statements.
  'CREATE INDEX statement_speaker_reported IF NOT EXISTS FOR (n:Statement) ON (n.speaker, n.lastReportedAt)',
  // Event coreference finds candidate meetings by place and by the country of their place.
  'CREATE INDEX meeting_place IF NOT EXISTS FOR (n:Meeting) ON (n.placeKey)',
  'CREATE INDEX meeting_place_country IF NOT EXISTS FOR (n:Meeting) ON (n.placeCountry)',
  // …within a date window or a report window, so that a busy place costs no more than a quiet one.
  'CREATE INDEX meeting_place_date IF NOT EXISTS FOR (n:Meeting) ON (n.placeKey, n.date)',
  'CREATE INDEX meeting_country_rank_date IF NOT EXISTS FOR (n:Meeting) ON (n.placeCountry, n.placeRank, n.date)',
  'CREATE INDEX meeting_country_rank_reported IF NOT EXISTS FOR (n:Meeting) ON (n.placeCountry, n.placeRank, n.lastReportedAt)',
  'CREATE INDEX meeting_known_date IF NOT EXISTS FOR (n:Meeting) ON (n.placeKnown, n.date)',
  'CREATE INDEX meeting_place_undated IF NOT EXISTS FOR (n:Meeting) ON (n.placeKey, n.dated, n.lastReportedAt)',
  'CREATE INDEX article_source IF NOT EXISTS FOR (n:Article) ON (n.sourceKey)',
  'CREATE INDEX article_title IF NOT EXISTS FOR (n:Article) ON (n.titleKey)',
  'CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url)',
  'CREATE INDEX actor_last_seen IF NOT EXISTS FOR (n:Actor) ON (n.lastSeen)',
  'CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind)',
  'CREATE INDEX actor_mentions IF NOT EXISTS FOR (n:Actor) ON (n.mentionCount)',
  ...RECENCY_SCHEMA,
  ...COUNTERPART_SCHEMA,
  // Daily counts per actor (src/graph/analytics/daily.ts): one node per actor and day; rankings over a range read by day.
  'CREATE CONSTRAINT actor_day IF NOT EXISTS FOR (n:ActorDay) REQUIRE (n.actor, n.day) IS UNIQUE',
  'CREATE INDEX actor_day_day IF NOT EXISTS FOR (n:ActorDay) ON (n.day)',
  // The composite constraint above serves (actor, day) only: an actor's days alone need their own index.
  'CREATE INDEX actor_day_actor IF NOT EXISTS FOR (n:ActorDay) ON (n.actor)',
];

/**
 * Graphs created before actor names were accent-folded have the index under the same name with the
 * default analyzer, which `IF NOT EXISTS` would keep: it is dropped so that the definition above applies.
 */
const UNFOLDED_ACTOR_NAMES = `SHOW FULLTEXT INDEXES YIELD name, options
  WHERE name = 'actor_names' AND options.indexConfig['fulltext.analyzer'] <> 'standard-folding' RETURN name`;

export async function applySchema(executor: Executor): Promise<void> {
  if ((await executor.read(cypher(UNFOLDED_ACTOR_NAMES))).length)
    await executor.write(cypher('DROP INDEX actor_names'));
  for (const statement of SCHEMA_STATEMENTS) await executor.write(cypher(statement));
  await executor.write(cypher('CALL db.awaitIndexes(300)'));
  await runMigrations(executor);
  await migrateMaintained(executor);
}

/**
 * A graph written before counterpart edges and daily counts were maintained has articles that
 * mention actors but no day nodes, or events linking actors but no counterpart edges: it gets
 * them computed once. A graph written since has them, however it was emptied or filled.
 */
const NOT_MAINTAINED = `RETURN
  (EXISTS { MATCH (a:Article)-[:MENTIONS]->(:Actor) WHERE a.publishedAt IS NOT NULL } AND NOT EXISTS { MATCH (:ActorDay) })
  OR (EXISTS { MATCH (x:Actor)-[:ATTENDS|MEDIATES|BETWEEN|MADE|VIA]-(e)-[:ATTENDS|MEDIATES|BETWEEN|MADE|VIA]-(y:Actor) WHERE x <> y }
    AND NOT EXISTS { MATCH ()-[:COUNTERPART]->() }) AS stale`;

async function migrateMaintained(executor: Executor): Promise<void> {
  const [row] = await executor.read(cypher(NOT_MAINTAINED));
  if (row?.stale) await rebuildMaintained(executor);
}
