import { cypher, type CypherQuery } from '../cypher.js';
import type { Executor } from '../executor.js';
import { untilNoneLeft } from '../shared/chunked.js';
import { int } from '../shared/list-query.js';
import type { MeetingWriteRow } from '../ingest/rows.js';
import { edgeEvidence, cypherDateOrNull, reportedIn } from '../shared/evidence.js';

/**
 * Each row is one article's report of a meeting, already matched to the node it joins (its id).
 * The REPORTED_IN edge keeps what that article said (kind, status, date, place, participants):
 * the status history, and what deleting the article takes back. The node's own fields are then
 * derived from its reports by refreshMeetings.
 */
export function mergeMeetings(rows: MeetingWriteRow[]): CypherQuery {
  return cypher(
    `UNWIND $rows AS row
    MATCH (a:Article {id: row.articleId})
    MERGE (m:Meeting {id: row.id})
      ON CREATE SET m.kind = row.kind, m.status = row.status, m.date = ${cypherDateOrNull('row.date')},
        m.datePrecision = row.datePrecision, m.location = row.placeName, m.placeKey = row.placeKey,
        m.placeCountry = row.placeCountry, m.placeRank = row.placeRank, m.placeKnown = row.placeCountry IS NOT NULL,
        m.dated = row.date IS NOT NULL
    ${reportedIn('m', REPORT_FIELDS)}
    WITH m, row
    CALL (m, row) {
      UNWIND row.participants AS key
      MATCH (x:Actor {key: key})
      MERGE (x)-[e:ATTENDS]->(m)${edgeEvidence('e')}
    }
    CALL (m, row) {
      WITH m, row WHERE row.placeKey IS NOT NULL
      MERGE (p:Place {key: row.placeKey}) ON CREATE SET p.name = row.placeName
      MERGE (m)-[e:AT]->(p)${edgeEvidence('e')}
    }`,
    { rows },
  );
}

const REPORT_FIELDS = `rep.kind = row.kind, rep.status = row.status, rep.date = ${cypherDateOrNull('row.date')},
      rep.datePrecision = row.datePrecision, rep.placeKey = row.placeKey, rep.placeName = row.placeName,
      rep.placeRank = row.placeRank, rep.placeCountry = row.placeCountry, rep.actors = row.participants,
      rep.reportId = row.reportId`;

/**
 * A meeting's fields from its reports (leaving out article $excluded, which is being deleted):
 * the status of the latest report that gives one (ties: held, cancelled, then the last article
 * id; a curated status wins), the date and the kind
 * most reports give (a day before a month), the most precise place (a city or venue before a
 * country, then the most reported); the AT edge follows the place.
 */
const REFRESH = `
  CALL (m) {
    OPTIONAL MATCH (m)-[r:REPORTED_IN]->(a:Article)
    WHERE ($excluded IS NULL OR a.id <> $excluded) AND r.status IS NOT NULL AND r.status <> 'UNKNOWN'
    RETURN r.status AS status
    ORDER BY a.publishedAt DESC, CASE r.status WHEN 'HELD' THEN 0 WHEN 'CANCELLED' THEN 1 ELSE 2 END, a.id DESC
    LIMIT 1
  }
  CALL (m) {
    OPTIONAL MATCH (m)-[r:REPORTED_IN]->(a:Article) WHERE ($excluded IS NULL OR a.id <> $excluded) AND r.date IS NOT NULL
    WITH r.date AS date, r.datePrecision AS precision, count(r) AS n
    RETURN date, precision ORDER BY n DESC, CASE precision WHEN 'DAY' THEN 0 ELSE 1 END, date LIMIT 1
  }
  CALL (m) {
    OPTIONAL MATCH (m)-[r:REPORTED_IN]->(a:Article) WHERE ($excluded IS NULL OR a.id <> $excluded) AND r.kind IS NOT NULL
    WITH r.kind AS kind, count(r) AS n
    RETURN kind ORDER BY n DESC, kind LIMIT 1
  }
  CALL (m) {
    OPTIONAL MATCH (m)-[r:REPORTED_IN]->(a:Article) WHERE ($excluded IS NULL OR a.id <> $excluded) AND r.placeKey IS NOT NULL
    WITH r.placeKey AS placeKey, r.placeName AS placeName, r.placeRank AS rank, r.placeCountry AS placeCountry,
      count(r) AS n
    // a city the gazetteer knows before a venue or region it does not ("Anchorage", not "Alaska")
    RETURN placeKey, placeName, rank AS placeRank, placeCountry
    ORDER BY rank, CASE WHEN placeCountry IS NULL THEN 1 ELSE 0 END, n DESC, placeKey, placeName LIMIT 1
  }
  SET m.status = coalesce(m.curatedStatus, status, m.status),
    m.date = CASE WHEN m.curatedDate IS NOT NULL THEN m.curatedDate ELSE date END,
    m.dated = coalesce(m.curatedDate, date) IS NOT NULL,
    m.datePrecision = CASE WHEN m.curatedDate IS NOT NULL THEN m.curatedDatePrecision ELSE precision END,
    m.kind = coalesce(kind, m.kind), m.placeKey = placeKey, m.location = placeName,
    m.placeCountry = placeCountry, m.placeRank = placeRank, m.placeKnown = placeCountry IS NOT NULL
  WITH m
  CALL (m) { MATCH (m)-[r:AT]->(p:Place) WHERE p.key <> coalesce(m.placeKey, '') DELETE r }`;

/** Derives the fields of the meetings a batch reported from all of their reports. */
export function refreshMeetings(ids: string[]): CypherQuery {
  return cypher(`UNWIND $ids AS id MATCH (m:Meeting {id: id}) ${REFRESH}`, { ids, excluded: null });
}

/** The same, for the meetings article $id reports, as if it were gone (run before deleting it). */
export function refreshMeetingsWithout(id: string): CypherQuery {
  return cypher(
    `MATCH (:Article {id: $excluded})<-[:REPORTED_IN]-(m:Meeting)
    WHERE COUNT { (m)-[:REPORTED_IN]->() } > 1 ${REFRESH}`,
    { excluded: id },
  );
}

/** Participants of meetings that stay which only article $id named: their ATTENDS edge goes. */
export function releaseMeetingParticipants(id: string): CypherQuery {
  return cypher(
    `MATCH (a:Article {id: $id})<-[rep:REPORTED_IN]-(m:Meeting)-[:REPORTED_IN]->(b:Article) WHERE b <> a
    WITH DISTINCT a, rep, m
    MATCH (x:Actor)-[e:ATTENDS]->(m) WHERE x.key IN rep.actors
      AND NOT EXISTS { MATCH (m)-[o:REPORTED_IN]->(b:Article) WHERE b <> a AND x.key IN o.actors }
    DELETE e`,
    { id },
  );
}

/** What a meeting report is looked up by: its participants, place (and its country) and date range. */
export interface MeetingLookup {
  index: number;
  participants: string[];
  placeKey: string | null;
  placeCountry: string | null;
  placeRank: number;
  date: string | null;
  datePrecision: 'DAY' | 'MONTH' | null;
  publishedAt: string | null;
  /** Days its date agrees with: the day give or take one, or the whole month. */
  from: string | null;
  to: string | null;
  monthStart: string | null;
}

/**
 * Meetings that may be the one a batch report describes (meetingMatchScore decides): those at
 * the same place or in the same country where one side names the country, or on the same day or
 * month, that one of its participants attends, and whose dates (or, when a date is missing, whose
 * reports) agree with the report's. Found through the place-and-date and date indexes, so the
 * cost grows neither with how many meetings a participant attends nor with how many a place has
 * seen; a report dated to the day reads the meetings of its week and the ones dated by a month around it, not every
 * meeting of two months there. A meeting without a date whose reports span more than two months is found by its place
 * only from articles near its last report. The index hints keep those seeks when the plan is
 * made on a nearly empty graph (a cached plan outlives it). Dates come back as ISO strings, as coreference
 * compares them: decoding date values in the driver costs more than the read on many rows.
 */
export function meetingCandidates(rows: MeetingLookup[]): CypherQuery {
  return cypher(
    `UNWIND $rows AS row
    // Last reported within the report window (and the span one meeting's reports may have); an
    // article without a date: every meeting. By report dates, only what is undated on one side:
    // two dated ones agree within the month window, which the date branches read.
    // Dated: the days that agree with the row's (a day's week, a month's month either side), and the months that
    // agree with a day (a meeting dated by its month is stored on the month's first day)
    WITH row, CASE WHEN row.datePrecision = 'MONTH' THEN $monthWindow ELSE $dayWindow END AS reach,
      coalesce(date(row.publishedAt) - duration({days: $reportWindow}), date('0001-01-01')) AS reportedSince,
      coalesce(date(row.publishedAt) + duration({days: $reportWindow + $reportSpan}), date('9999-12-31')) AS reportedUntil
    WITH row, reportedSince, reportedUntil, date(row.date) - duration({days: reach}) AS near,
      date(row.date) + duration({days: reach}) AS far,
      CASE WHEN row.date IS NULL OR row.datePrecision = 'MONTH' THEN [] ELSE
        [n IN range(0, 3) | date.truncate('month', date(row.date) - duration({days: $monthWindow})) + duration({months: n})]
      END AS months
    CALL (row, near, far, months, reportedSince, reportedUntil) {
      MATCH (m:Meeting) USING INDEX m:Meeting(placeKey, date)
      WHERE m.placeKey = row.placeKey AND m.date >= near AND m.date <= far
      RETURN m
      UNION
      MATCH (m:Meeting) USING INDEX m:Meeting(placeKey, date)
      WHERE m.placeKey = row.placeKey AND m.date IN months AND m.datePrecision = 'MONTH'
      RETURN m
      UNION
      // by report dates, what is undated on one side: an undated row reads every meeting there, a dated one only
      // the undated
      MATCH (m:Meeting) USING INDEX m:Meeting(placeKey, dated, lastReportedAt)
      WHERE m.placeKey = row.placeKey AND m.dated IN CASE WHEN row.date IS NULL THEN [true, false] ELSE [false] END
        AND m.lastReportedAt >= reportedSince AND m.lastReportedAt <= reportedUntil
      RETURN m
      UNION
      // a place named by its country (rank 1) matches any meeting in it, a city only the meetings placed by the country
      MATCH (m:Meeting) USING INDEX m:Meeting(placeCountry, placeRank, date)
      WHERE m.placeCountry = row.placeCountry AND m.placeRank IN CASE WHEN row.placeRank = 1 THEN [0, 1] ELSE [1] END
        AND m.date >= near AND m.date <= far
      RETURN m
      UNION
      MATCH (m:Meeting) USING INDEX m:Meeting(placeCountry, placeRank, date)
      WHERE m.placeCountry = row.placeCountry AND m.placeRank IN CASE WHEN row.placeRank = 1 THEN [0, 1] ELSE [1] END
        AND m.date IN months AND m.datePrecision = 'MONTH'
      RETURN m
      UNION
      MATCH (m:Meeting) USING INDEX m:Meeting(placeCountry, placeRank, lastReportedAt)
      WHERE m.placeCountry = row.placeCountry AND m.placeRank IN CASE WHEN row.placeRank = 1 THEN [0, 1] ELSE [1] END
        AND m.lastReportedAt >= reportedSince AND m.lastReportedAt <= reportedUntil
        AND (row.date IS NULL OR m.date IS NULL)
      RETURN m
      UNION
      // the same days anywhere, where the places cannot conflict: a row placed nowhere the gazetteer knows reads
      // every meeting of those days, a row placed in a known city or country only those placed nowhere known (two
      // known places agree through the country branches or conflict); so too a meeting dated by its month only
      MATCH (m:Meeting) USING INDEX m:Meeting(placeKnown, date)
      WHERE m.placeKnown IN CASE WHEN row.placeCountry IS NULL THEN [true, false] ELSE [false] END
        AND m.date >= date(row.from) AND m.date <= date(row.to)
      RETURN m
      UNION
      MATCH (m:Meeting) USING INDEX m:Meeting(placeKnown, date)
      WHERE m.placeKnown IN CASE WHEN row.placeCountry IS NULL THEN [true, false] ELSE [false] END
        AND m.date = date(row.monthStart) AND m.datePrecision = 'MONTH'
      RETURN m
    }
    WITH row, m WHERE CASE WHEN m.date IS NOT NULL AND row.date IS NOT NULL
        THEN abs(duration.inDays(m.date, date(row.date)).days) <=
          CASE WHEN m.datePrecision = 'MONTH' OR row.datePrecision = 'MONTH' THEN $monthWindow ELSE $dayWindow END
        ELSE row.publishedAt IS NULL OR m.lastReportedAt IS NULL
          OR (m.lastReportedAt >= date(row.publishedAt) - duration({days: $reportWindow})
            AND m.firstReportedAt <= date(row.publishedAt) + duration({days: $reportWindow})) END
      AND EXISTS { (m)<-[:ATTENDS]-(x:Actor) WHERE x.key IN row.participants }
    RETURN row.index AS index, m.id AS id, m.kind AS kind, m.placeKey AS placeKey, toString(m.date) AS date,
      m.datePrecision AS datePrecision, toString(m.firstReportedAt) AS firstReportedAt,
      toString(m.lastReportedAt) AS lastReportedAt,
      [(y:Actor)-[:ATTENDS]->(m) | [y.key, y.kind]] AS participants`,
    { rows, dayWindow: 7, monthWindow: 31, reportWindow: 50, reportSpan: 60 },
  );
}

/** Meetings written before `placeKnown` and `dated` were kept get them (the coreference reads seek on them). */
export async function backfillMeetingSeekKeys(executor: Executor): Promise<void> {
  const query = cypher(
    `MATCH (m:Meeting) WHERE m.placeKnown IS NULL OR m.dated IS NULL
    WITH m LIMIT $chunk
    SET m.placeKnown = m.placeCountry IS NOT NULL, m.dated = m.date IS NOT NULL
    RETURN count(*) AS n`,
    { chunk: int(BACKFILL_CHUNK) },
  );
  await untilNoneLeft(executor, query);
}

const BACKFILL_CHUNK = 10_000;
