import type { Executor } from '../executor.js';
import { actorPageQuery } from './page-query.js';
import type { ActorPageRow, ActorPageSpec } from './page-spec.js';

/** An actor and the lists a request reads below it, in one query (see page-query.ts). */
export class ActorPageRepository {
  constructor(private readonly executor: Executor) {}

  /** Null when there is no actor with the spec's key. */
  async read(spec: ActorPageSpec): Promise<ActorPageRow | null> {
    const [row] = await this.executor.read(actorPageQuery(spec));
    return (row as unknown as ActorPageRow | undefined) ?? null;
  }
}
