import type { ChildProcess } from 'node:child_process';
import type { Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../../src/config.js';
import { childResult, forkBench } from '../child.js';
import { sessionOf } from '../db.js';
import { log, progress } from '../progress.js';
import type { CpuSummary } from './cpu-profile.js';
import { runLoad, type LoadFigures } from './load.js';
import {
  OPERATIONS,
  WAYS,
  type OperationInputs,
  type OperationName,
  type OperationSpec,
  type Way,
} from './operations.js';
import type { ServerUrls } from './servers.js';

export type QueryStatus = 'ok' | 'unsupported' | 'not implemented' | 'failed';

export interface QueryResult {
  operation: OperationName;
  way: Way;
  status: QueryStatus;
  /** Why it is unsupported, failed, or how it differs. */
  note: string | null;
  /** Size of the first response, in bytes. */
  bytes: number | null;
  /** Database round trips of one request (our API reports them in a header). */
  dbQueries: number | null;
  loads: LoadFigures[];
  /** CPU profile of the server process over a load window at 8 clients (ours only). */
  cpu: CpuSummary | null;
}

export interface QueryFigures {
  connections: number[];
  seconds: number;
  warmupSeconds: number;
  cpuProfileSeconds: number;
  inputs: OperationInputs;
  results: QueryResult[];
}

export interface QueryPlan {
  driver: Driver;
  config: Neo4jConfig;
  connections: number[];
  seconds: number;
  warmupSeconds: number;
  /** Seconds of load at 8 clients under the CPU profiler, for ours; 0 for none. */
  cpuProfileSeconds: number;
}

/** How many distinct parameter sets each operation cycles through. */
const INPUTS = 20;

/** The five operations, three ways, at each concurrency, against servers in a child process. */
export async function runQueries(plan: QueryPlan): Promise<QueryFigures> {
  const inputs = await pickInputs(plan.driver, plan.config);
  const child = forkBench('./queries/servers.ts', []);
  const urls = await new Promise<ServerUrls>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`query servers exited early with code ${code}`)));
    child.on('message', (m) => (m as { type: string }).type === 'ready' && resolve((m as { urls: ServerUrls }).urls));
  });
  child.removeAllListeners('exit');
  const stopped = childResult<unknown>(child);
  log(`query servers: ours ${urls.ours}, @neo4j/graphql ${urls.neo4jGraphql}, Cypher ${urls.cypher}`);

  const results: QueryResult[] = [];
  const total = OPERATIONS.length * WAYS.length * plan.connections.length;
  const bar = progress('queries', total);
  let done = 0;
  try {
    for (const spec of OPERATIONS) {
      for (const way of WAYS) {
        const request = requestsFor(spec, way, inputs, urls);
        const result: QueryResult = {
          operation: spec.name,
          way,
          status: 'ok',
          note: null,
          bytes: null,
          dbQueries: null,
          loads: [],
          cpu: null,
        };
        results.push(result);
        if ('unsupported' in request) {
          result.status = 'unsupported';
          result.note = request.unsupported;
          done += plan.connections.length;
          bar.update(done);
          continue;
        }
        if (way === 'neo4jGraphql') result.note = spec.neo4jGraphqlNote;
        const check = await checkOnce(request.url, request.bodies[0]!);
        result.bytes = check.bytes;
        result.dbQueries = check.dbQueries;
        if (check.status !== 'ok') {
          result.status = check.status;
          result.note = check.message;
          done += plan.connections.length;
          bar.update(done);
          continue;
        }
        if (plan.warmupSeconds > 0)
          await runLoad({ url: request.url, bodies: request.bodies, connections: 8, seconds: plan.warmupSeconds });
        for (const connections of plan.connections) {
          bar.update(done, `${spec.name} ${way} c=${connections}`);
          const figures = await runLoad({
            url: request.url,
            bodies: request.bodies,
            connections,
            seconds: plan.seconds,
          });
          result.loads.push(figures);
          if (figures.errors > 0 && result.status === 'ok') {
            result.status = 'failed';
            result.note = `${figures.errors} of ${figures.requests} responses were errors at ${connections} connections`;
          } else if (figures.requests === 0 && result.status === 'ok') {
            result.status = 'failed';
            result.note = `no response within the ${plan.seconds} s window at ${connections} connections`;
          }
          bar.update(++done);
        }
        if (way === 'ours' && plan.cpuProfileSeconds > 0 && result.status === 'ok') {
          await ask(child, { type: 'cpu-start' }, 'cpu-started');
          await runLoad({ url: request.url, bodies: request.bodies, connections: 8, seconds: plan.cpuProfileSeconds });
          result.cpu = (await ask(child, { type: 'cpu-stop' }, 'cpu-profile')).summary as CpuSummary;
        }
      }
    }
  } finally {
    bar.stop();
    child.send({ type: 'stop' });
    await stopped.catch((error: unknown) => log(`query servers: ${String(error)}`));
  }
  return {
    connections: plan.connections,
    seconds: plan.seconds,
    warmupSeconds: plan.warmupSeconds,
    cpuProfileSeconds: plan.cpuProfileSeconds,
    inputs,
    results,
  };
}

/** Sends a message to the child and waits for its reply of type `reply`. */
function ask(child: ChildProcess, message: object, reply: string): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const listener = (m: unknown) => {
      if ((m as { type?: string }).type !== reply) return;
      child.off('message', listener);
      resolve(m as Record<string, unknown>);
    };
    child.on('message', listener);
    child.send(message);
  });
}

function requestsFor(
  spec: OperationSpec,
  way: Way,
  inputs: OperationInputs,
  urls: ServerUrls,
): { url: string; bodies: string[] } | { unsupported: string } {
  const range = Array.from({ length: INPUTS }, (_, i) => i);
  switch (way) {
    case 'ours':
      return { url: urls.ours, bodies: range.map((i) => JSON.stringify(spec.ours(inputs, i))) };
    case 'neo4jGraphql': {
      const build = spec.neo4jGraphql;
      if ('unsupported' in build) return build;
      return { url: urls.neo4jGraphql, bodies: range.map((i) => JSON.stringify(build(inputs, i))) };
    }
    case 'cypher':
      return {
        url: `${urls.cypher}/${spec.name}`,
        bodies: range.map((i) => JSON.stringify(spec.cypher.params(inputs, i))),
      };
  }
}

/** One request before the load: does the way answer, with data, without errors? */
async function checkOnce(
  url: string,
  body: string,
): Promise<{ status: QueryStatus; message: string | null; bytes: number; dbQueries: number | null }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  const dbQueries = response.headers.get('x-eventgraph-db-queries');
  const out = { bytes: Buffer.byteLength(text), dbQueries: dbQueries === null ? null : Number(dbQueries) };
  let parsed: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    return { status: 'failed', message: `HTTP ${response.status}: ${text.slice(0, 200)}`, ...out };
  }
  const error = parsed.errors?.[0];
  if (error) {
    const missing =
      /Cannot query field|Unknown argument|Unknown type/.test(error.message) ||
      error.extensions?.code === 'NOT_IMPLEMENTED';
    return { status: missing ? 'not implemented' : 'failed', message: error.message.slice(0, 300), ...out };
  }
  if (!response.ok || parsed.data == null)
    return { status: 'failed', message: `HTTP ${response.status} without data`, ...out };
  return { status: 'ok', message: null, ...out };
}

/**
 * Inputs from the loaded graph: 20 actors spread over the mention ranking (the most mentioned
 * and the long tail), name prefixes of theirs, pairs of them, and the year of the corpus.
 */
export async function pickInputs(driver: Driver, config: Neo4jConfig): Promise<OperationInputs> {
  const session = sessionOf(driver, config);
  try {
    const result = await session.run(
      `MATCH (x:Actor) WHERE x.kind IN ['PERSON', 'ORGANIZATION', 'COUNTRY']
       RETURN x.key AS key, x.name AS name ORDER BY x.mentionCount DESC, x.key`,
    );
    const ranked = result.records.map((r) => ({ key: r.get('key') as string, name: r.get('name') as string }));
    if (ranked.length < 2) throw new Error('the graph has fewer than two actors: ingest the corpus first');
    const ranks = [0, 1, 2, 3, 5, 8, 12, 17, 23, 30, 40, 50, 65, 80, 100, 130, 160, 200, 250, 300];
    const chosen = [...new Set(ranks.map((r) => Math.min(r, ranked.length - 1)))].map((r) => ranked[r]!);
    const prefixes = chosen.map((a) => {
      const words = a.name.split(/\s+/);
      return (words[words.length - 1] ?? a.name).slice(0, 4).toLowerCase();
    });
    const pairs = chosen.map((a, k) => [a.key, chosen[(k + 7) % chosen.length]!.key] as [string, string]);
    return { actors: chosen.map((a) => a.key), prefixes, pairs, from: '2023-01-01', to: '2023-12-31' };
  } finally {
    await session.close();
  }
}
