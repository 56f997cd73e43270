import { refreshRecencyOfArticle } from '../actor/recency.js';
import { recomputeNames } from '../actor/write.js';
import type { Executor } from '../executor.js';
import { cypher, type CypherQuery } from '../cypher.js';
import { maintaining } from '../maintained/maintain.js';
import { releaseMediationActors } from '../mediation/write.js';
import { refreshMeetingsWithout, releaseMeetingParticipants } from '../meeting/write.js';

/** VIA edges of statements that stay (other articles report them) which only this article named. */
const PRUNE_VIA = `MATCH (a:Article {id: $id})<-[rep:REPORTED_IN]-(s:Statement)-[r:VIA]->(v:Actor)
  WHERE rep.via = v.key
    AND NOT EXISTS { MATCH (s)-[other:REPORTED_IN]->(b:Article) WHERE b <> a AND other.via = v.key }
  DELETE r`;

/** Index `i` over the affiliations a MENTIONS edge `m` records (parallel lists; absent on old graphs). */
const AFFILIATION_ENTRIES = 'UNWIND range(0, size(coalesce(m.affiliatedTo, [])) - 1) AS i';

/** Takes back this article's support of affiliations, recorded on its MENTIONS edges, and the evidence it gave. */
const RELEASE_AFFILIATIONS = `MATCH (a:Article {id: $id})-[m:MENTIONS]->(p:Actor)
  ${AFFILIATION_ENTRIES}
  MATCH (p)-[r:AFFILIATED_WITH {role: m.affiliationRoles[i]}]->(:Actor {key: m.affiliatedTo[i]})
  WITH r, count(*) AS times
  SET r.support = r.support - times,
    r += CASE WHEN r.articleId = $id
      THEN {articleId: null, sentenceIndex: null, start: null, end: null, confidence: null} ELSE {} END`;

/** Affiliations other articles still support whose evidence was this article's: the earliest other report's. */
const REPOINT_AFFILIATION_EVIDENCE = `MATCH (a:Article {id: $id})-[:MENTIONS]->(p:Actor)-[r:AFFILIATED_WITH]->(o:Actor)
  WHERE r.articleId IS NULL AND r.support > 0
  CALL (a, p, r, o) {
    MATCH (p)<-[m:MENTIONS]-(b:Article) WHERE b <> a
    ${AFFILIATION_ENTRIES}
    WITH b, m, i WHERE m.affiliatedTo[i] = o.key AND m.affiliationRoles[i] = r.role
    RETURN {articleId: b.id, sentenceIndex: m.affiliationSentences[i], start: m.affiliationStarts[i],
      end: m.affiliationEnds[i], confidence: m.confidence} AS evidence
    ORDER BY b.publishedAt, b.id LIMIT 1
  }
  SET r += evidence`;

const DELETE_UNSUPPORTED_AFFILIATIONS = `MATCH (a:Article {id: $id})-[:MENTIONS]->(:Actor)-[r:AFFILIATED_WITH]->()
  WHERE r.support <= 0
  DELETE r`;

/** Names this article supported lose its support; those left with none (and no curator) go. */
const RELEASE_NAMES = `MATCH (a:Article {id: $id})-[m:MENTIONS]->(x:Actor)
  UNWIND range(0, size(m.nameKeys) - 1) AS i
  MATCH (n:ActorName {key: m.nameKeys[i]})-[:NAMES]->(x)
  WITH x, n, count(*) AS times, sum(CASE i WHEN 0 THEN 1 ELSE 0 END) AS primaries
  SET n.support = n.support - times, n.primary = coalesce(n.primary, 0) - primaries
  WITH x, n
  CALL (n) { WITH n WHERE n.support <= 0 AND NOT n.curated DETACH DELETE n }
  WITH DISTINCT x
  ${recomputeNames('x')}`;

/**
 * Statements run in one transaction, in order. An edge or event that other articles also report
 * loses only this article's evidence; what only this article supported is removed.
 */
export function deleteArticleStatements(id: string): CypherQuery[] {
  return [
    // VIA edges that only this article's report named.
    cypher(PRUNE_VIA, { id }),
    cypher(RELEASE_AFFILIATIONS, { id }),
    // Events that other articles also report: what only this article said of them goes.
    releaseMeetingParticipants(id),
    ...releaseMediationActors(id),
    refreshMeetingsWithout(id),
    cypher(REPOINT_AFFILIATION_EVIDENCE, { id }),
    cypher(DELETE_UNSUPPORTED_AFFILIATIONS, { id }),
    // Events only this article reports.
    cypher(
      `MATCH (a:Article {id: $id})<-[:REPORTED_IN]-(e)
      WHERE COUNT { (e)-[:REPORTED_IN]->() } = 1
      WITH collect(e) AS events
      FOREACH (e IN events | DETACH DELETE e)
      RETURN size(events) AS removedEvents`,
      { id },
    ),
    // Events that remain: report dates from the articles that still report them.
    cypher(
      `MATCH (a:Article {id: $id})<-[:REPORTED_IN]-(e)
      CALL (e, a) {
        MATCH (e)-[:REPORTED_IN]->(other:Article) WHERE other <> a
        RETURN min(other.publishedAt) AS first, max(other.publishedAt) AS last
      }
      SET e.firstReportedAt = first, e.lastReportedAt = last`,
      { id },
    ),
    refreshRecencyOfArticle(id),
    cypher(RELEASE_NAMES, { id }),
    // Actors: recounted from the other articles; those no other article mentions go, with their names.
    cypher(
      `MATCH (a:Article {id: $id})-[:MENTIONS]->(x:Actor)
      CALL (x, a) {
        OPTIONAL MATCH (x)<-[:MENTIONS]-(other:Article) WHERE other <> a
        WITH count(other) AS mentions, min(other.publishedAt) AS first, max(other.publishedAt) AS last
        SET x.mentionCount = mentions, x.firstSeen = first, x.lastSeen = last
      }
      WITH collect(x) AS actors
      WITH [x IN actors WHERE x.mentionCount = 0] AS orphans
      CALL (orphans) {
        UNWIND orphans AS x
        CALL (x) { MATCH (n:ActorName)-[:NAMES]->(x) DETACH DELETE n }
        DETACH DELETE x
      }
      RETURN size(orphans) AS removedActors`,
      { id },
    ),
    cypher('MATCH (a:Article {id: $id}) DETACH DELETE a', { id }),
    // Topics, places and name blocks nothing refers to any more.
    cypher(
      `CALL () { MATCH (t:Topic) WHERE NOT EXISTS { (t)<-[:TAGGED]-() } DELETE t }
      CALL () { MATCH (p:Place) WHERE NOT EXISTS { (p)--() } DELETE p }
      CALL () { MATCH (b:NameBlock) WHERE NOT EXISTS { (b)--() } DELETE b }`,
    ),
  ];
}

/** The events article $id reports: deleting it changes what they count for (maintained edges and counts). */
function reportedEvents(id: string): CypherQuery {
  return cypher('MATCH (:Article {id: $id})<-[:REPORTED_IN]-(e) RETURN collect(e.id) AS ids', { id });
}

export interface DeleteOutcome {
  removedEvents: number;
  removedActors: number;
}

/** Deletes an article in one transaction; null when there is no such article. */
export async function deleteArticle(executor: Executor, id: string): Promise<DeleteOutcome | null> {
  return executor.writeTransaction(async (run) => {
    const [exists] = await run(cypher('MATCH (a:Article {id: $id}) RETURN a.id AS id', { id }));
    if (!exists) return null;
    const outcome: DeleteOutcome = { removedEvents: 0, removedActors: 0 };
    const [reported] = await run(reportedEvents(id));
    await maintaining(run, { events: (reported?.ids as string[]) ?? [], articles: [id] }, async () => {
      for (const statement of deleteArticleStatements(id)) {
        const [row] = await run(statement);
        if (row?.removedEvents !== undefined) outcome.removedEvents = Number(row.removedEvents);
        if (row?.removedActors !== undefined) outcome.removedActors = Number(row.removedActors);
      }
    });
    return outcome;
  });
}
