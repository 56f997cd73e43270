import type { Executor } from '../../executor.js';
import { actorLookaheadQuery } from './query.js';
import type { ActorLookaheadRow, ActorLookaheadSpec } from './spec.js';

/** An actor and the lists a request reads below it, in one query (see query.ts). */
export class ActorLookaheadRepository {
  constructor(private readonly executor: Executor) {}

  /** Null when there is no actor with the spec's key. */
  async read(spec: ActorLookaheadSpec): Promise<ActorLookaheadRow | null> {
    const [row] = await this.executor.read(actorLookaheadQuery(spec));
    return (row as unknown as ActorLookaheadRow | undefined) ?? null;
  }
}
