import { ErrorCode, EventGraphError } from '../../domain/errors.js';
import { nameKey } from '../../domain/keys.js';
import { type CuratorKey, recordCuration } from '../curation/record.js';
import { cypher, type CypherQuery } from '../cypher.js';
import type { Executor, Row } from '../executor.js';
import { refreshRecencyOfActor } from './recency.js';
import { maintainingActors } from '../maintained/maintain.js';
import { recomputeNames } from './write.js';

/** Every edge type that touches an actor, with its direction seen from the actor. */
const ACTOR_EDGES: readonly { type: string; out: boolean }[] = [
  { type: 'MADE', out: true },
  { type: 'MEDIATES', out: true },
  { type: 'ATTENDS', out: true },
  { type: 'VIA', out: false },
  { type: 'BETWEEN', out: false },
];

const MOVE_EVIDENCE = 'ON CREATE SET n = properties(r)';
const ADD_SUPPORT = `${MOVE_EVIDENCE} ON MATCH SET n.support = n.support + r.support`;

/** Statements that move every edge of `$dup` onto `$surv`, then fold and delete `$dup`. */
export function foldDuplicateQueries(params: { surv: string; dup: string }): CypherQuery[] {
  const start = 'MATCH (d:Actor {key: $dup}), (s:Actor {key: $surv})';
  const moves = ACTOR_EDGES.map(({ type, out }) =>
    cypher(
      out
        ? `${start} MATCH (d)-[r:${type}]->(t) MERGE (s)-[n:${type}]->(t) ${MOVE_EVIDENCE} DELETE r`
        : `${start} MATCH (d)<-[r:${type}]-(t) MERGE (s)<-[n:${type}]-(t) ${MOVE_EVIDENCE} DELETE r`,
      params,
    ),
  );
  return [
    cypher(`${start} MATCH (d)-[:MADE]->(st:Statement) SET st.speaker = $surv`, params),
    // Per-article support records that name the duplicate by key now name the survivor.
    cypher(
      `${start} MATCH (d)<-[:VIA]-(:Statement)-[rep:REPORTED_IN]->() WHERE rep.via = $dup SET rep.via = $surv`,
      params,
    ),
    cypher(
      `${start} MATCH (d)<-[:AFFILIATED_WITH]-(:Actor)<-[m:MENTIONS]-()
      WHERE $dup IN m.affiliatedTo
      SET m.affiliatedTo = [t IN m.affiliatedTo | CASE t WHEN $dup THEN $surv ELSE t END]`,
      params,
    ),
    ...moves,
    cypher(
      `${start} MATCH (d)-[r:AFFILIATED_WITH]->(t) WHERE t <> s
      MERGE (s)-[n:AFFILIATED_WITH {role: r.role}]->(t) ${ADD_SUPPORT} DELETE r`,
      params,
    ),
    cypher(
      `${start} MATCH (d)<-[r:AFFILIATED_WITH]-(t) WHERE t <> s
      MERGE (s)<-[n:AFFILIATED_WITH {role: r.role}]-(t) ${ADD_SUPPORT} DELETE r`,
      params,
    ),
    cypher(
      `${start} MATCH (d)<-[r:MENTIONS]-(a:Article)
      MERGE (s)<-[n:MENTIONS]-(a)
        ON CREATE SET n = properties(r)
        ON MATCH SET n.count = n.count + r.count, n.sentenceIndexes = n.sentenceIndexes + r.sentenceIndexes,
          n.starts = n.starts + r.starts, n.ends = n.ends + r.ends, n.nameKeys = n.nameKeys + r.nameKeys,
          n.affiliatedTo = n.affiliatedTo + r.affiliatedTo, n.affiliationRoles = n.affiliationRoles + r.affiliationRoles,
          n.affiliationSentences = n.affiliationSentences + r.affiliationSentences,
          n.affiliationStarts = n.affiliationStarts + r.affiliationStarts, n.affiliationEnds = n.affiliationEnds + r.affiliationEnds
      DELETE r`,
      params,
    ),
    cypher(`${start} MATCH (name:ActorName)-[r:NAMES]->(d) DELETE r CREATE (name)-[:NAMES]->(s)`, params),
    cypher(`${start} MATCH (b:NameBlock)-[r:BLOCKS]->(d) MERGE (b)-[:BLOCKS]->(s) DELETE r`, params),
    cypher(`${start} MATCH (d)-[r:MAYBE_SAME]-(o:Actor) WHERE o <> s MERGE (s)-[:MAYBE_SAME]-(o) DELETE r`, params),
    cypher(
      `${start}
      ${recomputeNames('s')}
      SET s.mentionCount = COUNT { (s)<-[:MENTIONS]-(:Article) },
        s.firstSeen = CASE WHEN s.firstSeen IS NULL OR d.firstSeen < s.firstSeen THEN d.firstSeen ELSE s.firstSeen END,
        s.lastSeen = CASE WHEN s.lastSeen IS NULL OR d.lastSeen > s.lastSeen THEN d.lastSeen ELSE s.lastSeen END
      DETACH DELETE d`,
      params,
    ),
  ];
}

/** A name an analyst gave `x`: kept whatever articles are deleted. */
const CURATED_NAME = (key: string, text: string) => `MERGE (n:ActorName {key: ${key}})
  ON CREATE SET n.texts = [], n.support = 0
  MERGE (n)-[:NAMES]->(x)
  SET n.curated = true, n.texts = CASE WHEN ${text} IN n.texts THEN n.texts ELSE n.texts + ${text} END
  WITH x`;

/** Analyst fixes to actors. Each method is one transaction. */
export class ActorCuration {
  constructor(
    private readonly executor: Executor,
    private readonly curator: CuratorKey = null,
  ) {}

  async merge(survivorKey: string, duplicateKey: string): Promise<void> {
    if (survivorKey === duplicateKey)
      throw new EventGraphError(ErrorCode.BadUserInput, 'an actor cannot be merged into itself');
    await this.executor.writeTransaction(async (run) => {
      await requireActors(run, [survivorKey, duplicateKey]);
      await maintainingActors(run, [duplicateKey], async () => {
        for (const statement of foldDuplicateQueries({ surv: survivorKey, dup: duplicateKey })) await run(statement);
      });
      await run(refreshRecencyOfActor(survivorKey));
      await run(recordCuration('mergeActors', survivorKey, { duplicate: duplicateKey }, this.curator));
    });
  }

  async addAlias(key: string, alias: string): Promise<void> {
    const aliasKey = checkedName(alias);
    await this.executor.writeTransaction(async (run) => {
      await requireActors(run, [key]);
      await requireNameFree(run, aliasKey, key, alias);
      await run(
        cypher(
          `MATCH (x:Actor {key: $key})
          ${CURATED_NAME('$aliasKey', '$alias')}
          ${recomputeNames('x')}`,
          { key, alias: alias.trim(), aliasKey },
        ),
      );
      await run(recordCuration('addAlias', key, { alias }, this.curator));
    });
  }

  async rename(key: string, name: string): Promise<void> {
    const newKey = checkedName(name);
    await this.executor.writeTransaction(async (run) => {
      await requireActors(run, [key]);
      await requireNameFree(run, newKey, key, name);
      await run(
        cypher(
          `MATCH (x:Actor {key: $key})
          SET x.curatedName = $name
          WITH x
          ${CURATED_NAME('$newKey', '$name')}
          ${recomputeNames('x')}`,
          { key, name: name.trim(), newKey },
        ),
      );
      await run(recordCuration('renameActor', key, { name }, this.curator));
    });
  }
}

function checkedName(name: string): string {
  const key = nameKey(name);
  if (!key || name.trim().length > 200)
    throw new EventGraphError(ErrorCode.BadUserInput, `"${name}" is not a usable name`);
  return key;
}

async function requireActors(run: (q: CypherQuery) => Promise<Row[]>, keys: string[]): Promise<void> {
  const found = await run(cypher('UNWIND $keys AS k MATCH (x:Actor {key: k}) RETURN k', { keys }));
  const missing = keys.filter((k) => !found.some((row) => row.k === k));
  if (missing.length)
    throw new EventGraphError(ErrorCode.NotFound, `no actor with key ${missing.map((k) => `"${k}"`).join(', ')}`);
}

async function requireNameFree(
  run: (q: CypherQuery) => Promise<Row[]>,
  nameKeyValue: string,
  ownerKey: string,
  name: string,
) {
  const [row] = await run(
    cypher('MATCH (:ActorName {key: $k})-[:NAMES]->(x:Actor) RETURN x.key AS owner, x.name AS ownerName', {
      k: nameKeyValue,
    }),
  );
  if (row && row.owner !== ownerKey) {
    throw new EventGraphError(
      ErrorCode.Conflict,
      `"${name}" already names ${String(row.ownerName)}: merge the two actors with mergeActors instead`,
    );
  }
}
