import { cypher, type CypherQuery } from '../cypher.js';
import type { ActorWriteRow, AffiliationWriteRow, MentionWriteRow } from '../ingest/rows.js';
import { evidenceIfMissing, cypherDateOrNull } from '../shared/evidence.js';

/**
 * The actor's name and aliases, derived from its ActorName nodes so that they follow what
 * articles and curators support and not the order articles came in: the name is the surface form
 * of the name most articles call the actor by first, then the one most articles use, then the
 * longest, then the lexicographically last (mixed case before capitals); a curator's rename wins.
 * The aliases are every other surface form, sorted. Two SET clauses (static text over the
 * variable `x`): the items of one SET are evaluated before any is applied.
 */
export function recomputeNames(x: string): string {
  return `SET ${x}.name = coalesce(${x}.curatedName, COLLECT {
      MATCH (nm:ActorName)-[:NAMES]->(${x}) UNWIND nm.texts AS t
      RETURN t ORDER BY coalesce(nm.primary, 0) DESC, nm.support DESC, size(t) DESC, t DESC LIMIT 1
    }[0], ${x}.name)
  SET ${x}.aliases = COLLECT {
      MATCH (nm:ActorName)-[:NAMES]->(${x}) UNWIND nm.texts AS t
      WITH DISTINCT t WHERE t <> ${x}.name RETURN t ORDER BY t
    }`;
}

/**
 * Creates the ActorName nodes a batch uses that the graph does not have yet, and returns the
 * actor each name already belongs to (for a person, with the countries it is affiliated with). Creating a node under a unique constraint locks its key
 * until commit, so a concurrent batch that introduces the same name waits and then sees this
 * batch's actor instead of creating a second one. Keys are sorted so that locks are taken in
 * one order.
 */
export function claimActorNames(keys: string[]): CypherQuery {
  return cypher(
    `UNWIND $keys AS key
    MERGE (n:ActorName {key: key})
      ON CREATE SET n.texts = [], n.support = 0, n.primary = 0, n.curated = false
    WITH n, key
    OPTIONAL MATCH (n)-[:NAMES]->(a:Actor)
    RETURN key, a.key AS actor, a.kind AS kind,
      CASE WHEN a.kind = 'PERSON' THEN [(a)-[:AFFILIATED_WITH]->(c:Actor {kind: 'COUNTRY'}) | c.key] END AS countries`,
    { keys: [...keys].sort() },
  );
}

/**
 * Write-locks the stored actors a batch resolved names to, and returns those that are gone: a
 * concurrent transaction folded or deleted them after the batch read their names (rejoinPeople,
 * a curator's merge). Locked, they stay until this batch commits.
 */
export function lockKnownActors(keys: string[]): CypherQuery {
  return cypher(
    `UNWIND $keys AS key
    OPTIONAL MATCH (x:Actor {key: key})
    FOREACH (_ IN CASE WHEN x IS NULL THEN [] ELSE [1] END | SET x.locked = true REMOVE x.locked)
    WITH key, x WHERE x IS NULL
    RETURN key`,
    { keys: [...keys].sort() },
  );
}

/**
 * One row per Actor node of the batch: merges it, adds the batch's articles to its mention count
 * and seen dates, attaches its names (claimed first by claimActorNames; a name another actor
 * already owns stays with that actor) with how many articles support each (and, for a name
 * actor resolution merged, why), files people under their NameBlock keys, and derives the
 * aliases once.
 */
export function mergeActors(rows: ActorWriteRow[]): CypherQuery {
  return cypher(
    `UNWIND $rows AS row
    MERGE (x:Actor {key: row.key})
      ON CREATE SET x.name = row.name, x.kind = row.kind, x.aliases = [], x.mentionCount = 0,
        x.createdAt = datetime()
    WITH x, row, ${cypherDateOrNull('row.first')} AS first, ${cypherDateOrNull('row.last')} AS last
    SET x.mentionCount = x.mentionCount + toInteger(row.articles),
      x.firstSeen = CASE WHEN first IS NULL OR (x.firstSeen IS NOT NULL AND x.firstSeen <= first) THEN x.firstSeen ELSE first END,
      x.lastSeen = CASE WHEN last IS NULL OR (x.lastSeen IS NOT NULL AND x.lastSeen >= last) THEN x.lastSeen ELSE last END
    WITH x, row
    CALL (x, row) {
      UNWIND row.names AS name
      MATCH (n:ActorName {key: name.key})
      WITH n, x, name
      WHERE (NOT EXISTS { (n)-[:NAMES]->(:Actor) } OR EXISTS { (n)-[:NAMES]->(x) })
        AND NOT x.key IN coalesce(n.detachedFrom, [])
      MERGE (n)-[:NAMES]->(x)
      SET n.texts = n.texts + [t IN name.texts WHERE NOT t IN n.texts],
        n.support = n.support + toInteger(name.articles),
        n.primary = coalesce(n.primary, 0) + toInteger(name.primary),
        n.mergedBecause = coalesce(n.mergedBecause, name.reason)
    }
    CALL (x, row) {
      UNWIND row.blocks AS block
      MERGE (b:NameBlock {key: block})
      MERGE (b)-[:BLOCKS]->(x)
    }
    ${recomputeNames('x')}`,
    { rows },
  );
}

/** The articles of a batch are new, so each (article, actor) edge is created, never merged. */
export function createMentions(rows: MentionWriteRow[]): CypherQuery {
  return cypher(
    `UNWIND $rows AS row
    MATCH (a:Article {id: row.articleId}), (x:Actor {key: row.actor})
    CREATE (a)-[:MENTIONS {count: size(row.starts), confidence: row.confidence,
      sentenceIndexes: [i IN row.sentences | toInteger(i)], starts: [i IN row.starts | toInteger(i)],
      ends: [i IN row.ends | toInteger(i)], nameKeys: row.nameKeys,
      affiliatedTo: row.affiliatedTo, affiliationRoles: row.affiliationRoles,
      affiliationSentences: [i IN row.affiliationSentences | toInteger(i)],
      affiliationStarts: [i IN row.affiliationStarts | toInteger(i)],
      affiliationEnds: [i IN row.affiliationEnds | toInteger(i)]}]->(x)`,
    { rows },
  );
}

/** `support` counts the articles that state the affiliation; the evidence is the first one's. */
export function mergeAffiliations(rows: AffiliationWriteRow[]): CypherQuery {
  return cypher(
    `UNWIND $rows AS row
    MATCH (p:Actor {key: row.from}), (o:Actor {key: row.to})
    WHERE p <> o
    MERGE (p)-[r:AFFILIATED_WITH {role: row.role}]->(o)
      ON CREATE SET r.support = 0
    SET r.support = r.support + toInteger(row.articles)${evidenceIfMissing('r')}`,
    { rows },
  );
}

/**
 * Locks the NameBlock keys of a batch's new person names (creating them, or writing to them),
 * then returns the people filed under them with their names (personContexts gives the context
 * of those whose names fit). A concurrent batch that brings
 * another spelling of the same person waits on the lock and then sees this batch's person.
 */
export function claimPersonBlocks(keys: string[]): CypherQuery {
  return cypher(
    `UNWIND $keys AS key
    MERGE (b:NameBlock {key: key})
    // A write that leaves no trace: the block is locked until commit.
    SET b.locked = true
    REMOVE b.locked
    WITH collect(b) AS blocks
    UNWIND blocks AS b
    MATCH (b)-[:BLOCKS]->(x:Actor {kind: 'PERSON'})
    WITH DISTINCT x
    RETURN x.key AS key, [(n:ActorName)-[:NAMES]->(x) | n.texts] AS names`,
    { keys: [...keys].sort() },
  );
}

/** Each person's affiliations and the actors the same articles mention (bounded per person). */
export function personContexts(keys: string[]): CypherQuery {
  return cypher(
    `UNWIND $keys AS key
    MATCH (x:Actor {key: key})
    RETURN key, [(x)-[:AFFILIATED_WITH]->(o:Actor) | [o.key, o.kind]] AS affiliations,
      COLLECT { MATCH (x)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(y:Actor) WHERE y <> x
        RETURN DISTINCT y.key LIMIT toInteger($cooccurring) } AS cooccurring`,
    { keys, cooccurring: 400 },
  );
}
