import { recomputeAliases } from '../actor/write.js';
import type { Executor } from '../executor.js';
import { cypher, type CypherQuery } from '../cypher.js';

/** Edge types whose evidence lists the articles that support them. */
const EVIDENCED = 'MADE|VIA|MEDIATES|BETWEEN|ATTENDS|AT';

/** Removes the article from the evidence of the edges `r` that `pattern` reaches; deletes edges left with none. */
function pruneEdges(pattern: string, id: string): CypherQuery {
  return cypher(
    `MATCH ${pattern}
    WHERE $id IN r.articleIds
    WITH DISTINCT r
    SET r.articleIds = [x IN r.articleIds WHERE x <> $id]
    WITH r WHERE size(r.articleIds) = 0
    DELETE r`,
    { id },
  );
}

/**
 * Statements run in one transaction, in order. An edge or event that other articles also report
 * loses only this article's evidence; what only this article supported is removed.
 */
export function deleteArticleStatements(id: string): CypherQuery[] {
  return [
    // Edges around the events and actors of this article: drop its id, delete the edge if none remain.
    pruneEdges(`(a:Article {id: $id})<-[:REPORTED_IN]-(e)-[r:${EVIDENCED}]-()`, id),
    pruneEdges('(a:Article {id: $id})-[:MENTIONS]->(:Actor)-[r:AFFILIATED_WITH]-()', id),
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
    // Names this article alone supplied (and no curator added) go; the aliases follow the names left.
    cypher(
      `MATCH (a:Article {id: $id})-[:MENTIONS]->(x:Actor)<-[:NAMES]-(n:ActorName)
      WHERE $id IN n.articleIds
      SET n.articleIds = [i IN n.articleIds WHERE i <> $id]
      WITH x, n
      CALL (n) { WITH n WHERE size(n.articleIds) = 0 AND NOT n.curated DETACH DELETE n }
      WITH DISTINCT x
      SET ${recomputeAliases('x')}`,
      { id },
    ),
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
    // Topics and places nothing refers to any more.
    cypher(
      `CALL () { MATCH (t:Topic) WHERE NOT EXISTS { (t)<-[:TAGGED]-() } DELETE t }
      CALL () { MATCH (p:Place) WHERE NOT EXISTS { (p)--() } DELETE p }`,
    ),
  ];
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
    for (const statement of deleteArticleStatements(id)) {
      const [row] = await run(statement);
      if (row?.removedEvents !== undefined) outcome.removedEvents = Number(row.removedEvents);
      if (row?.removedActors !== undefined) outcome.removedActors = Number(row.removedActors);
    }
    return outcome;
  });
}
