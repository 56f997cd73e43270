import { cypher, type CypherQuery } from '../cypher.js';
import type { StatementWriteRow } from '../ingest/rows.js';
import { edgeEvidence, cypherDateOrNull, reportedIn } from '../shared/evidence.js';

/**
 * `rep.via` records the outlet this article names, so that deleting the article can prune VIA.
 * A statement several outlets carry keeps the wording of one report, chosen by a rule on the
 * reports and not on their order: the longest text, then the lexicographically first.
 */
export function mergeStatements(rows: StatementWriteRow[]): CypherQuery {
  return cypher(
    `UNWIND $rows AS row
    MATCH (a:Article {id: row.articleId}), (sp:Actor {key: row.speaker})
    MERGE (s:Statement {id: row.id})
      ON CREATE SET s.text = row.text, s.direct = row.direct, s.date = ${cypherDateOrNull('row.date')},
        s.datePrecision = row.datePrecision
    SET s += CASE WHEN size(row.text) > size(s.text) OR (size(row.text) = size(s.text) AND row.text < s.text)
      THEN {text: row.text, direct: row.direct, date: ${cypherDateOrNull('row.date')}, datePrecision: row.datePrecision}
      ELSE {} END
    ${reportedIn('s', 'rep.via = row.via')}
    MERGE (sp)-[made:MADE]->(s)${edgeEvidence('made')}
    WITH s, row WHERE row.via IS NOT NULL
    MATCH (v:Actor {key: row.via})
    MERGE (s)-[via:VIA]->(v)${edgeEvidence('via')}`,
    { rows },
  );
}

/** Statements of a report's speaker reported within days of the article: the same one carried by another outlet? */
export function statementCandidates(
  rows: { index: number; speaker: string; publishedAt: string | null }[],
): CypherQuery {
  return cypher(
    `UNWIND $rows AS row
    MATCH (:Actor {key: row.speaker})-[:MADE]->(s:Statement)
    WHERE row.publishedAt IS NULL OR s.lastReportedAt IS NULL
      OR (s.lastReportedAt >= date(row.publishedAt) - duration({days: $window})
        AND s.firstReportedAt <= date(row.publishedAt) + duration({days: $window}))
    RETURN row.index AS index, s.id AS id, row.speaker AS speaker, s.text AS text, s.firstReportedAt AS firstReportedAt,
      s.lastReportedAt AS lastReportedAt`,
    { rows, window: 20 },
  );
}
