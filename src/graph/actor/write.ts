import { cypher, type CypherQuery } from '../cypher.js';
import type { ActorWriteRow, AffiliationWriteRow } from '../ingest/rows.js';
import { edgeEvidence, optionalDate } from '../shared/evidence.js';

/**
 * `aliases` is derived from the actor's ActorName nodes (every surface form but the name), so
 * that it follows what articles and curators support. Static text over the variable `x`.
 */
export function recomputeAliases(x: string): string {
  return `${x}.aliases = reduce(acc = [], texts IN [(nm:ActorName)-[:NAMES]->(${x}) | nm.texts] |
    acc + [t IN texts WHERE t <> ${x}.name AND NOT t IN acc])`;
}

/** Which of these name keys the graph already knows, and the actor each belongs to. */
export function findActorNames(keys: string[]): CypherQuery {
  return cypher(
    'UNWIND $keys AS key MATCH (:ActorName {key: key})-[:NAMES]->(a:Actor) RETURN key, a.key AS actor',
    { keys },
  );
}

/**
 * Merges actors into their target node, records each name on its ActorName node with the article
 * that used it (a name another actor already owns stays with that actor), derives the aliases, and
 * links the article with the mention spans. `mentionCount` counts the articles that mention it.
 */
export function mergeActors(rows: ActorWriteRow[]): CypherQuery {
  return cypher(
    `UNWIND $rows AS row
    MERGE (x:Actor {key: row.target})
      ON CREATE SET x.name = row.name, x.kind = row.kind, x.aliases = [], x.mentionCount = 0,
        x.createdAt = datetime()
    WITH x, row, ${optionalDate('row.publishedAt')} AS seen
    SET x.firstSeen = CASE WHEN x.firstSeen IS NULL OR seen < x.firstSeen THEN seen ELSE x.firstSeen END,
      x.lastSeen = CASE WHEN x.lastSeen IS NULL OR seen > x.lastSeen THEN seen ELSE x.lastSeen END
    WITH x, row
    CALL (x, row) {
      UNWIND row.names AS name
      MERGE (n:ActorName {key: name.key})
        ON CREATE SET n.texts = [], n.articleIds = [], n.curated = false
      WITH n, x, name WHERE NOT EXISTS { (n)-[:NAMES]->(:Actor) } OR EXISTS { (n)-[:NAMES]->(x) }
      MERGE (n)-[:NAMES]->(x)
      SET n.texts = CASE WHEN name.text IN n.texts THEN n.texts ELSE n.texts + name.text END,
        n.articleIds = CASE WHEN row.articleId IN n.articleIds THEN n.articleIds ELSE n.articleIds + row.articleId END
    }
    SET ${recomputeAliases('x')}
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
