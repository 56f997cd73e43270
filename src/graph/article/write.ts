import { cypher, type CypherQuery } from '../cypher.js';
import type { ArticleWriteRow } from '../ingest/rows.js';
import { cypherDateOrNull } from '../shared/evidence.js';

export function findExistingArticles(ids: string[]): CypherQuery {
  return cypher('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id', { ids });
}

export function createArticles(rows: ArticleWriteRow[]): CypherQuery {
  return cypher(
    `UNWIND $rows AS row
    CREATE (a:Article {id: row.id})
    SET a.title = row.title, a.titleKey = row.titleKey, a.body = row.body, a.url = row.url, a.siteName = row.siteName, a.source = row.source, a.sourceKey = row.sourceKey,
      a.dateline = row.dateline, a.publishedAt = ${cypherDateOrNull('row.publishedAt')},
      a.keywords = row.keywords, a.sentences = row.sentences, a.sentenceStarts = [i IN row.sentenceStarts | toInteger(i)],
      a.extractor = row.extractor, a.warnings = row.warnings, a.ingestedAt = datetime()
    WITH a, row
    CALL (a, row) {
      UNWIND row.topics AS topic
      MERGE (t:Topic {key: topic.key}) ON CREATE SET t.name = topic.name
      MERGE (a)-[:TAGGED]->(t)
    }
    CALL (a, row) {
      WITH a, row WHERE row.datelineKey IS NOT NULL
      MERGE (p:Place {key: row.datelineKey}) ON CREATE SET p.name = row.dateline
      MERGE (a)-[:DATELINED]->(p)
    }`,
    { rows },
  );
}
