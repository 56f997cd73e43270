import { cypher } from './cypher.js';
import type { Executor } from './executor.js';

/**
 * Deletes every node in bounded transactions: a graph left by `npm run bench` (hundreds of
 * thousands of nodes) does not fit in one transaction's memory.
 */
export async function emptyGraph(executor: Executor): Promise<void> {
  const deleteSome = async (text: string) => {
    for (;;) {
      const [row] = await executor.write(cypher(text));
      if (Number(row?.deleted ?? 0) === 0) return;
    }
  };
  await deleteSome('MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS deleted');
  await deleteSome('MATCH (n) WITH n LIMIT 20000 DELETE n RETURN count(*) AS deleted');
}
