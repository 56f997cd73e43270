import { cypher, type CypherQuery } from '../cypher.js';
import type { MediationWriteRow } from '../ingest/rows.js';
import { edgeEvidence, reportedIn } from '../shared/evidence.js';

export function mergeMediations(rows: MediationWriteRow[]): CypherQuery {
  return cypher(
    `UNWIND $rows AS row
    MATCH (a:Article {id: row.articleId})
    MERGE (m:Mediation {id: row.id})
      ON CREATE SET m.subject = row.subject, m.subjects = []
    SET m.subjects = CASE WHEN row.subject IS NULL OR row.subject IN m.subjects
      THEN m.subjects ELSE m.subjects + row.subject END
    ${reportedIn('m')}
    WITH m, row
    CALL (m, row) {
      UNWIND row.mediators AS key
      MATCH (x:Actor {key: key})
      MERGE (x)-[e:MEDIATES]->(m)${edgeEvidence('e')}
    }
    CALL (m, row) {
      UNWIND row.parties AS key
      MATCH (x:Actor {key: key})
      MERGE (m)-[e:BETWEEN]->(x)${edgeEvidence('e')}
    }`,
    { rows },
  );
}
