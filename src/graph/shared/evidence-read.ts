import { cypher, type CypherQuery } from '../cypher.js';
import { relatedByIds, type RelatedList } from './list-query.js';
import { EVIDENCE_PROJECTION } from './projections.js';

export type ReportedLabel = 'Statement' | 'Mediation' | 'Meeting';

/** The REPORTED_IN evidence `r` of an event, to article `a`, oldest report first. */
export const REPORTS: RelatedList = {
  pattern: (n) => `(${n})-[r:REPORTED_IN]->(a:Article)`,
  vars: 'r, a',
  orderBy: 'a.publishedAt, a.id',
};

/** The REPORTED_IN evidence of events of one label, oldest report first. */
export function evidenceOf(label: ReportedLabel, ids: readonly string[]): CypherQuery {
  return relatedByIds(label, REPORTS, EVIDENCE_PROJECTION('r', 'a'), ids);
}

/** Events of one label that an article reports. */
export function reportedBy(label: ReportedLabel, articleIds: readonly string[], projection: string): CypherQuery {
  return cypher(
    `UNWIND $ids AS id
    MATCH (n:${label})-[r:REPORTED_IN]->(:Article {id: id})
    WITH id, n ORDER BY r.sentenceIndex, r.start
    RETURN id AS key, collect(${projection}) AS rows`,
    { ids: articleIds },
  );
}
