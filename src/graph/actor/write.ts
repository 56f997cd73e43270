import { cypher, type CypherQuery } from '../cypher.js';
import type { ActorWriteRow, AffiliationWriteRow } from '../ingest/rows.js';
import { edgeEvidence, optionalDate } from '../shared/evidence.js';

/** Which of these name keys the graph already knows, and the actor each belongs to. */
export function findActorNames(keys: string[]): CypherQuery {
  return cypher(
    'UNWIND $keys AS key MATCH (:ActorName {key: key})-[:NAMES]->(a:Actor) RETURN key, a.key AS actor',
    { keys },
  );
}

/**
 * Merges actors into their target node, adds new names as aliases and ActorName nodes, and links
 * the article with the mention spans. `mentionCount` counts the articles that mention the actor.
 */
export function mergeActors(rows: ActorWriteRow[]): CypherQuery {
  return cypher(
    `UNWIND $rows AS row
    MERGE (x:Actor {key: row.target})
      ON CREATE SET x.name = row.name, x.kind = row.kind, x.aliases = [], x.mentionCount = 0,
        x.createdAt = datetime()
    WITH x, row, ${optionalDate('row.publishedAt')} AS seen
    SET x.aliases = reduce(acc = x.aliases, n IN row.names |
        CASE WHEN n = x.name OR n IN acc THEN acc ELSE acc + n END),
      x.firstSeen = CASE WHEN x.firstSeen IS NULL OR seen < x.firstSeen THEN seen ELSE x.firstSeen END,
      x.lastSeen = CASE WHEN x.lastSeen IS NULL OR seen > x.lastSeen THEN seen ELSE x.lastSeen END
    WITH x, row
    CALL (x, row) {
      UNWIND row.keys AS key
      MERGE (n:ActorName {key: key})
      WITH n, x WHERE NOT EXISTS { (n)-[:NAMES]->() }
      CREATE (n)-[:NAMES]->(x)
    }
    WITH x, row
    MATCH (a:Article {id: row.articleId})
    MERGE (a)-[m:MENTIONS]->(x)
      ON CREATE SET m.count = 0, m.sentenceIndexes = [], m.starts = [], m.ends = [],
        m.confidence = row.confidence, x.mentionCount = x.mentionCount + 1
    SET m.count = m.count + size(row.mentionStarts),
      m.sentenceIndexes = m.sentenceIndexes + [i IN row.mentionSentences | toInteger(i)],
      m.starts = m.starts + [i IN row.mentionStarts | toInteger(i)],
      m.ends = m.ends + [i IN row.mentionEnds | toInteger(i)]`,
    { rows },
  );
}

export function mergeAffiliations(rows: AffiliationWriteRow[]): CypherQuery {
  return cypher(
    `UNWIND $rows AS row
    MATCH (p:Actor {key: row.from}), (o:Actor {key: row.to})
    WHERE p <> o
    MERGE (p)-[r:AFFILIATED_WITH {role: row.role}]->(o)${edgeEvidence('r')}`,
    { rows },
  );
}
