import { cypher, type CypherQuery } from '../cypher.js';
import type { MediationWriteRow } from '../ingest/rows.js';
import { edgeEvidence, reportedIn } from '../shared/evidence.js';

/**
 * Each row is one article's report of a mediation, already matched to the node it joins. The
 * REPORTED_IN edge keeps the mediators and parties that article named, for deleting it later.
 */
export function mergeMediations(rows: MediationWriteRow[]): CypherQuery {
  return cypher(
    `UNWIND $rows AS row
    MATCH (a:Article {id: row.articleId})
    MERGE (m:Mediation {id: row.id})
      ON CREATE SET m.subject = row.subject, m.subjects = []
    SET m.subjects = CASE WHEN row.subject IS NULL OR row.subject IN m.subjects
      THEN m.subjects ELSE m.subjects + row.subject END,
      m.subject = coalesce(m.subject, row.subject)
    ${reportedIn('m', 'rep.mediators = row.mediators, rep.parties = row.parties, rep.subject = row.subject')}
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

/**
 * A mediation's subject from its reports: the one most of them give, then the longest, then the
 * lexicographically first, whatever order the reports came in; `subjects` lists them all, sorted.
 */
export function refreshMediations(ids: string[]): CypherQuery {
  return cypher(
    `UNWIND $ids AS id
    MATCH (m:Mediation {id: id})
    SET m.subject = COLLECT {
        MATCH (m)-[r:REPORTED_IN]->() WHERE r.subject IS NOT NULL
        WITH r.subject AS subject, count(*) AS n RETURN subject ORDER BY n DESC, size(subject) DESC, subject LIMIT 1
      }[0],
      m.subjects = COLLECT {
        MATCH (m)-[r:REPORTED_IN]->() WHERE r.subject IS NOT NULL RETURN DISTINCT r.subject AS subject ORDER BY subject
      }`,
    { ids },
  );
}

/** Mediators and parties of mediations that stay which only article $id named: their edges go. */
export function releaseMediationActors(id: string): CypherQuery[] {
  const others = (list: string) =>
    `NOT EXISTS { MATCH (m)-[o:REPORTED_IN]->(b:Article) WHERE b <> a AND x.key IN o.${list} }`;
  const start = `MATCH (a:Article {id: $id})<-[rep:REPORTED_IN]-(m:Mediation)-[:REPORTED_IN]->(b:Article) WHERE b <> a
    WITH DISTINCT a, rep, m`;
  return [
    cypher(
      `${start} MATCH (x:Actor)-[e:MEDIATES]->(m) WHERE x.key IN rep.mediators AND ${others('mediators')} DELETE e`,
      { id },
    ),
    cypher(`${start} MATCH (m)-[e:BETWEEN]->(x:Actor) WHERE x.key IN rep.parties AND ${others('parties')} DELETE e`, {
      id,
    }),
  ];
}

/**
 * Mediations one of a report's mediators mediates, last reported within the negotiation window, whose sides
 * agree with its parties. Read through the (actorKey, recency) indexes of MEDIATES and BETWEEN
 * (src/graph/actor/recency.ts; a mediation's recency is its last report): a report naming parties joins
 * the mediator's edges in the window with its parties' on the mediation, so that neither a hub mediator's
 * nor a hub party's whole history is expanded; mediations without parties, and reports without any, take
 * the mediator's edges in the window. `USING JOIN` keeps the hash join when the plan is made on a small graph.
 */
export function mediationCandidates(
  rows: { index: number; mediators: string[]; parties: string[]; publishedAt: string | null }[],
): CypherQuery {
  return cypher(
    `UNWIND $rows AS row
    WITH row, coalesce(toString(date(row.publishedAt) - duration({days: $window})), '') AS since
    CALL (row, since) {
      UNWIND row.mediators AS key
      MATCH ()-[e:MEDIATES]->(m)-[b:BETWEEN]->() USING JOIN ON m
      WHERE e.actorKey = key AND e.recency >= since AND b.actorKey IN row.parties AND b.recency >= since
      RETURN m
      UNION
      UNWIND row.mediators AS key
      MATCH ()-[e:MEDIATES]->(m)
      WHERE e.actorKey = key AND e.recency >= since AND (size(row.parties) = 0 OR NOT EXISTS { (m)-[:BETWEEN]->() })
      RETURN m
    }
    WITH row, m WHERE row.publishedAt IS NULL OR m.firstReportedAt IS NULL
      OR m.firstReportedAt <= date(row.publishedAt) + duration({days: $window})
    // the sides agree as mediationMatchScore's sameSides asks: read only the nodes it could take
    WITH row, m, size(row.parties) AS asked, COUNT { (m)-[:BETWEEN]->() } AS sides,
      COUNT { (m)-[:BETWEEN]->(p:Actor) WHERE p.key IN row.parties } AS shared
    WHERE asked = 0 OR sides = 0
      OR shared >= CASE WHEN asked < sides THEN CASE WHEN asked < 2 THEN asked ELSE 2 END
        ELSE CASE WHEN sides < 2 THEN sides ELSE 2 END END
      OR (shared = 1 AND asked <= 2 AND sides <= 2)
    RETURN row.index AS index, m.id AS id, [(x:Actor)-[:MEDIATES]->(m) | [x.key, x.kind]] AS mediators,
      [(m)-[:BETWEEN]->(x:Actor) | [x.key, x.kind]] AS parties, toString(m.firstReportedAt) AS firstReportedAt,
      toString(m.lastReportedAt) AS lastReportedAt`,
    { rows, window: 210 },
  );
}
