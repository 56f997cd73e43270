import { cypher, type CypherQuery } from '../cypher.js';
import type { MeetingWriteRow } from '../ingest/rows.js';

/**
 * A meeting with more reports than this is not re-clustered (its reports are not read back): it
 * stays a candidate that new reports join or not, so a batch's reads stay bounded whatever the
 * coverage of one event.
 */
export const RECLUSTER_MAX_REPORTS = 24;

/**
 * The reports stored on meetings `ids` (one row per REPORTED_IN edge, with its participants'
 * kinds), for re-clustering them with a batch's reports. A meeting a curator corrected or merged,
 * or one with more than RECLUSTER_MAX_REPORTS reports, returns nothing: it stays as it is.
 */
export function storedMeetingReports(ids: string[]): CypherQuery {
  return cypher(
    `UNWIND $ids AS id
    MATCH (m:Meeting {id: id})
    WHERE m.curatedStatus IS NULL AND m.curatedDate IS NULL AND m.curatedMerge IS NULL
      AND COUNT { (m)-[:REPORTED_IN]->() } <= $max
    MATCH (m)-[r:REPORTED_IN]->(a:Article)
    RETURN m.id AS node, a.id AS articleId, toString(a.publishedAt) AS publishedAt, r.reportId AS reportId,
      r.sentenceIndex AS sentenceIndex, r.start AS start, r.end AS end, r.confidence AS confidence,
      r.kind AS kind, r.status AS status, toString(r.date) AS date, r.datePrecision AS datePrecision,
      r.placeKey AS placeKey, r.placeName AS placeName, r.placeRank AS placeRank, r.placeCountry AS placeCountry,
      COLLECT { UNWIND coalesce(r.actors, []) AS key MATCH (x:Actor {key: key}) RETURN [x.key, x.kind] } AS participants
    ORDER BY node, articleId`,
    { ids, max: RECLUSTER_MAX_REPORTS },
  );
}

/** A stored report as the write row that re-creates it (its `id`: the report's own, until re-clustered). */
export interface StoredMeetingReport {
  node: string;
  row: MeetingWriteRow;
  kinds: [string, string][];
}

const str = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

/**
 * `reportId`: reports stored before report ids were recorded have none; the node's first report
 * (by article id) then takes the node's id and the others the node's id and their article's.
 */
export function storedMeetingReport(record: Record<string, unknown>, reportId: string): StoredMeetingReport {
  const kinds = (record.participants as [string, string][]).map(([key, kind]): [string, string] => [key, kind]);
  return {
    node: String(record.node),
    kinds,
    row: {
      id: reportId,
      reportId,
      articleId: String(record.articleId),
      publishedAt: str(record.publishedAt),
      sentenceIndex: Number(record.sentenceIndex),
      start: Number(record.start),
      end: Number(record.end),
      confidence: Number(record.confidence),
      kind: String(record.kind),
      status: String(record.status),
      date: str(record.date),
      datePrecision: str(record.datePrecision) as MeetingWriteRow['datePrecision'],
      participants: kinds.map(([key]) => key),
      placeKey: str(record.placeKey),
      placeName: str(record.placeName),
      placeRank: Number(record.placeRank ?? 1),
      placeCountry: str(record.placeCountry),
    },
  };
}

/** Meetings whose reports re-clustering spread over other nodes: their reports are written again. */
export function dissolveMeetings(ids: string[]): CypherQuery {
  return cypher('UNWIND $ids AS id MATCH (m:Meeting {id: id}) DETACH DELETE m', { ids });
}
