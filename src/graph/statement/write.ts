import { cypher, type CypherQuery } from '../cypher.js';
import type { Executor } from '../executor.js';
import { untilNoneLeft } from '../shared/chunked.js';
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
      ON CREATE SET s.text = row.text, s.textKeyLength = toInteger(row.textKeyLength), s.direct = row.direct,
        s.date = ${cypherDateOrNull('row.date')}, s.datePrecision = row.datePrecision, s.speaker = row.speaker
    SET s += CASE WHEN size(row.text) > size(s.text) OR (size(row.text) = size(s.text) AND row.text < s.text)
      THEN {text: row.text, textKeyLength: toInteger(row.textKeyLength), direct: row.direct, date: ${cypherDateOrNull('row.date')},
        datePrecision: row.datePrecision}
      ELSE {} END
    ${reportedIn('s', 'rep.via = row.via')}
    MERGE (sp)-[made:MADE]->(s)${edgeEvidence('made')}
    WITH s, row WHERE row.via IS NOT NULL
    MATCH (v:Actor {key: row.via})
    MERGE (s)-[via:VIA]->(v)${edgeEvidence('via')}`,
    { rows },
  );
}

/** What a statement report is looked up by (nearIdenticalLengths gives the length range). */
export interface StatementLookup {
  index: number;
  speaker: string;
  publishedAt: string | null;
  minLength: number;
  maxLength: number;
}

/**
 * Statements of a report's speaker reported within days of the article: the same one carried by
 * another outlet? Found through the (speaker, last report) index, so a speaker's older statements
 * are not read (`s.speaker` is the key of the actor that MADE it), and only those whose text key
 * is of a length that can be near-identical (statements stored without one are read). A statement
 * whose reports span more than two months is found only from articles near its last report; one
 * only undated articles report, only from undated articles.
 */
export function statementCandidates(rows: StatementLookup[]): CypherQuery {
  return cypher(
    `UNWIND $rows AS row
    WITH row, coalesce(date(row.publishedAt) - duration({days: $window}), date('0001-01-01')) AS since,
      coalesce(date(row.publishedAt) + duration({days: $window + $span}), date('9999-12-31')) AS until
    MATCH (s:Statement) USING INDEX s:Statement(speaker, lastReportedAt)
    WHERE s.speaker = row.speaker AND s.lastReportedAt >= since AND s.lastReportedAt <= until
      AND (row.publishedAt IS NULL OR s.firstReportedAt <= date(row.publishedAt) + duration({days: $window}))
      AND coalesce(row.minLength <= s.textKeyLength <= row.maxLength, true)
    RETURN row.index AS index, s.id AS id, row.speaker AS speaker, s.text AS text, toString(s.firstReportedAt) AS firstReportedAt,
      toString(s.lastReportedAt) AS lastReportedAt`,
    { rows, window: 20, span: 60 },
  );
}

/** Statements stored before `s.speaker` existed get it, in bounded transactions. */
export async function backfillStatementSpeakers(executor: Executor): Promise<void> {
  await untilNoneLeft(
    executor,
    cypher(
      `MATCH (s:Statement) WHERE s.speaker IS NULL
      WITH s LIMIT 20000
      SET s.speaker = coalesce(head([(x:Actor)-[:MADE]->(s) | x.key]), '')
      RETURN count(s) AS n`,
    ),
  );
}
