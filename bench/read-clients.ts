/** Read clients of the API over HTTP, as a dashboard polls it while articles arrive (soak and reliability tests). */

/** What a dashboard asks: counts, lists with nested statements, a ranking, recent articles, a name search. */
export const DASHBOARD_READS: readonly string[] = [
  '{ stats { articles actors statements meetings mediations } }',
  '{ actors(first: 20) { totalCount edges { node { name statements(first: 5) { edges { node { text } } } } } } }',
  '{ topActors(by: MENTIONS, limit: 10) { count actor { name } } }',
  '{ articles(first: 10) { edges { node { title actors { edges { node { name } } } } } } }',
  '{ actors(search: "minister", first: 10) { edges { node { name kind } } } }',
];

export interface ReadOutcome {
  /** Milliseconds per read, in the order they finished. */
  latencies: number[];
  /** Each failed read: its HTTP status, its GraphQL errors or the network error. */
  failures: string[];
}

/**
 * `clients` loops that post the dashboard reads in turn to `url` until `done()` says stop; resolves
 * when every loop has finished its last read.
 */
export async function readUntil(url: string, clients: number, done: () => boolean): Promise<ReadOutcome> {
  const outcome: ReadOutcome = { latencies: [], failures: [] };
  const client = async (k: number): Promise<void> => {
    for (let i = k; !done(); i++) {
      const started = performance.now();
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: DASHBOARD_READS[i % DASHBOARD_READS.length] }),
        });
        const body = (await response.json()) as { errors?: unknown };
        if (response.status !== 200 || body.errors)
          outcome.failures.push(JSON.stringify(body.errors ?? response.status));
      } catch (error) {
        outcome.failures.push(String(error));
      }
      outcome.latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, k) => client(k)));
  return outcome;
}
