import { cypher, type CypherQuery } from '../../cypher.js';
import type { Executor } from '../../executor.js';
import { actorLookaheadQuery } from './query.js';
import type { ActorLookaheadRow, ActorLookaheadSpec } from './spec.js';

/** An actor and the lists a request reads below it, in one query (see query.ts). */
export class ActorLookaheadRepository {
  constructor(private readonly executor: Executor) {}

  /**
   * Null when there is no actor with the spec's key. `compiled` is the spec's query compiled before
   * for another actor (its key is replaced by the spec's).
   */
  async read(spec: ActorLookaheadSpec, compiled?: CypherQuery): Promise<ActorLookaheadRow | null> {
    const query = compiled ? cypher(compiled.text, { ...compiled.params, key: spec.key }) : actorLookaheadQuery(spec);
    const [row] = await this.executor.read(query);
    return (row as unknown as ActorLookaheadRow | undefined) ?? null;
  }
}
