import { cypher, type CypherQuery } from '../cypher.js';
import type { MeetingWriteRow } from '../ingest/rows.js';
import { edgeEvidence, cypherDateOrNull, reportedIn } from '../shared/evidence.js';

/**
 * A later report that a meeting was held or called off overrides "planned" or "unknown";
 * nothing overrides a cancellation except a report that it was held.
 */
export function mergeMeetings(rows: MeetingWriteRow[]): CypherQuery {
  return cypher(
    `UNWIND $rows AS row
    MATCH (a:Article {id: row.articleId})
    MERGE (m:Meeting {id: row.id})
      ON CREATE SET m.kind = row.kind, m.status = row.status, m.date = ${cypherDateOrNull('row.date')},
        m.datePrecision = row.datePrecision, m.location = row.placeName
    SET m.status = CASE
      WHEN row.status = 'HELD' THEN 'HELD'
      WHEN row.status = 'CANCELLED' AND m.status <> 'HELD' THEN 'CANCELLED'
      WHEN m.status = 'UNKNOWN' THEN row.status
      ELSE m.status END
    ${reportedIn('m')}
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
