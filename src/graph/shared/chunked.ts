import type { CypherQuery } from '../cypher.js';
import type { Executor } from '../executor.js';

/** Runs a chunked write (one that ends `RETURN count(*) AS n`) until it changes nothing. */
export async function untilNoneLeft(executor: Executor, query: CypherQuery): Promise<void> {
  while (Number((await executor.write(query))[0]?.n ?? 0) > 0);
}
