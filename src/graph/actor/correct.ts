import type { ActorKind } from '../../domain/article.js';
import { ErrorCode, EventGraphError } from '../../domain/errors.js';
import { nameKey } from '../../domain/keys.js';
import { type CuratorKey, recordCuration } from '../curation/record.js';
import { cypher, type CypherQuery } from '../cypher.js';
import type { Executor, Row } from '../executor.js';
import { refreshRecencyOfActor } from './recency.js';
import { maintainingActors } from '../maintained/maintain.js';
import { recomputeNames } from './write.js';

type Run = (q: CypherQuery) => Promise<Row[]>;

/** Report lists (on REPORTED_IN edges) that name actors by key. */
const REPORT_LISTS = ['actors', 'mediators', 'parties'] as const;

/** Event edges of an actor `x` whose every report moved to actor `y` (rep lists name `$new`) move to `y`. */
const FOLLOW_REPORTS = [
  { type: 'ATTENDS', out: true, list: 'actors' },
  { type: 'MEDIATES', out: true, list: 'mediators' },
  { type: 'BETWEEN', out: false, list: 'parties' },
] as const;

/**
 * Analyst corrections of actors beyond merging and naming (curate.ts): take an alias back, split
 * an actor in two, delete a junk actor, fix its kind. Each is one transaction, recorded as a
 * Curation; what they decide is kept on the nodes so that later ingestion does not undo it.
 */
export class ActorCorrections {
  constructor(
    private readonly executor: Executor,
    private readonly curator: CuratorKey,
  ) {}

  /** The name no longer names the actor, and later articles using it do not give it back. */
  async removeAlias(key: string, alias: string): Promise<void> {
    const aliasKey = nameKey(alias);
    await this.executor.writeTransaction(async (run) => {
      const [row] = await run(
        cypher(
          `MATCH (n:ActorName {key: $aliasKey})-[r:NAMES]->(x:Actor {key: $key})
          WHERE n.key <> $key
          DELETE r
          SET n.curated = true, n.detachedFrom = coalesce(n.detachedFrom, []) + $key
          WITH x ${recomputeNames('x')}
          RETURN x.key AS key`,
          { key, aliasKey },
        ),
      );
      if (!row) throw new EventGraphError(ErrorCode.NotFound, `"${alias}" is not an alias of actor "${key}"`);
      await run(recordCuration('removeAlias', key, { alias }, this.curator));
    });
  }

  async setKind(key: string, kind: ActorKind): Promise<void> {
    await this.executor.writeTransaction(async (run) => {
      await requireActor(run, key);
      await run(cypher('MATCH (x:Actor {key: $key}) SET x.kind = $kind, x.curatedKind = $kind', { key, kind }));
      await run(recordCuration('setActorKind', key, { kind }, this.curator));
    });
  }

  /**
   * A junk actor goes with what only it supported: its statements, and meetings or mediations
   * left with no participant or mediator; other events keep their other actors.
   */
  async delete(key: string): Promise<void> {
    await this.executor.writeTransaction(async (run) => {
      await requireActor(run, key);
      await maintainingActors(run, [key], async () => {
        await run(cypher('MATCH (:Actor {key: $key})-[:MADE]->(s:Statement) DETACH DELETE s', { key }));
        await run(
          cypher(
            `MATCH (x:Actor {key: $key})-[:ATTENDS|MEDIATES]->(e)
            WHERE (e:Meeting AND COUNT { (e)<-[:ATTENDS]-() } = 1) OR (e:Mediation AND COUNT { (e)<-[:MEDIATES]-() } = 1)
            DETACH DELETE e`,
            { key },
          ),
        );
        for (const list of REPORT_LISTS) {
          await run(
            cypher(
              `MATCH (:Actor {key: $key})--(e)-[rep:REPORTED_IN]->() WHERE $key IN rep.${list}
              SET rep.${list} = [k IN rep.${list} WHERE k <> $key]`,
              { key },
            ),
          );
        }
        await run(
          cypher(
            `MATCH (x:Actor {key: $key})
            CALL (x) { MATCH (n:ActorName)-[:NAMES]->(x) SET n.curated = true, n.detachedFrom = coalesce(n.detachedFrom, []) + x.key }
            DETACH DELETE x`,
            { key },
          ),
        );
      });
      await run(recordCuration('deleteActor', key, {}, this.curator));
    });
  }

  /**
   * Moves the chosen names to a new actor (named by the first), with the articles that named the
   * actor only by them and the event edges those articles alone reported. Returns the new key.
   */
  async split(key: string, names: readonly string[]): Promise<string> {
    const keys = [...new Set(names.map(nameKey).filter(Boolean))];
    const newKey = keys[0];
    if (!newKey) throw new EventGraphError(ErrorCode.BadUserInput, 'splitActor needs one name or more');
    await this.executor.writeTransaction(async (run) => {
      await requireActor(run, key);
      const [taken] = await run(cypher('MATCH (y:Actor {key: $newKey}) RETURN y.key AS key', { newKey }));
      if (taken) throw new EventGraphError(ErrorCode.Conflict, `an actor "${newKey}" already exists: merge instead`);
      const params = { key, newKey, keys, name: names[0]!.trim() };
      await maintainingActors(run, [key], async () => {
        for (const statement of splitStatements()) await run(cypher(statement, params));
      });
      await run(refreshRecencyOfActor(newKey));
      await run(recordCuration('splitActor', key, { names, into: newKey }, this.curator));
    });
    return newKey;
  }
}

function splitStatements(): string[] {
  const both = 'MATCH (x:Actor {key: $key}), (y:Actor {key: $newKey})';
  return [
    `MATCH (x:Actor {key: $key})
    CREATE (y:Actor {key: $newKey, name: $name, curatedName: $name, kind: x.kind, aliases: [], mentionCount: 0, createdAt: datetime()})`,
    `${both} MATCH (n:ActorName)-[r:NAMES]->(x) WHERE n.key IN $keys
    DELETE r CREATE (n)-[:NAMES]->(y) SET n.curated = true`,
    `${both} MATCH (a:Article)-[m:MENTIONS]->(x)
    WHERE size(m.nameKeys) > 0 AND all(k IN m.nameKeys WHERE k IN $keys)
    CREATE (a)-[m2:MENTIONS]->(y) SET m2 = properties(m) DELETE m
    WITH a
    MATCH (a)<-[rep:REPORTED_IN]-()
    SET rep.actors = [k IN coalesce(rep.actors, []) | CASE k WHEN $key THEN $newKey ELSE k END],
      rep.mediators = [k IN coalesce(rep.mediators, []) | CASE k WHEN $key THEN $newKey ELSE k END],
      rep.parties = [k IN coalesce(rep.parties, []) | CASE k WHEN $key THEN $newKey ELSE k END]`,
    ...FOLLOW_REPORTS.map(
      ({ type, out, list }) => `${both} MATCH (x)${out ? '-' : '<-'}[r:${type}]${out ? '->' : '-'}(e)
      WHERE EXISTS { MATCH (e)-[rep:REPORTED_IN]->() WHERE $newKey IN rep.${list} }
      MERGE (y)${out ? '-' : '<-'}[n:${type}]${out ? '->' : '-'}(e) ON CREATE SET n = properties(r)
      WITH r, e WHERE NOT EXISTS { MATCH (e)-[rep:REPORTED_IN]->() WHERE $key IN rep.${list} }
      DELETE r`,
    ),
    `${both} MATCH (x)-[r:MADE]->(s:Statement)
    WHERE NOT EXISTS { MATCH (s)-[:REPORTED_IN]->(a:Article) WHERE EXISTS { (a)-[:MENTIONS]->(x) } }
    CREATE (y)-[n:MADE]->(s) SET n = properties(r), s.speaker = $newKey DELETE r`,
    `${both}
    SET x.mentionCount = COUNT { (x)<-[:MENTIONS]-() }, y.mentionCount = COUNT { (y)<-[:MENTIONS]-() }
    ${recomputeNames('x')}
    ${recomputeNames('y')}`,
  ];
}

async function requireActor(run: Run, key: string): Promise<void> {
  const [row] = await run(cypher('MATCH (x:Actor {key: $key}) RETURN x.key AS key', { key }));
  if (!row) throw new EventGraphError(ErrorCode.NotFound, `no actor with key "${key}"`);
}
