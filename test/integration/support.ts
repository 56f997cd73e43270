import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { join } from 'node:path';
import { openApp, type App } from '../../src/app.js';
import { startApiServer, type RunningApi } from '../../src/api/server.js';
import { loadConfig } from '../../src/config.js';
import type { Extractor } from '../../src/extract/extractor.js';
import { cypher } from '../../src/graph/cypher.js';
import { emptyGraph } from '../../src/graph/empty.js';
import { verifyMaintained } from '../../src/graph/maintained/verify.js';
import { repoRoot } from '../../src/paths.js';

export { emptyGraph };

export const EXAMPLES = join(repoRoot(), 'examples');
export const FIXTURES = join(repoRoot(), 'test', 'integration', 'fixtures');

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** The real app and API on a free port, over a database emptied first. */
export class TestEnv {
  private constructor(
    readonly app: App,
    readonly api: RunningApi,
  ) {}

  static async start(env: Record<string, string> = {}, extractor?: Extractor): Promise<TestEnv> {
    const config = loadConfig({ ...process.env, PORT: '0', ...env });
    const app = await openApp(config, extractor);
    await emptyGraph(app.executor);
    const api = await startApiServer({ config: config.api, executor: app.executor, ingest: app.ingest });
    return new TestEnv(app, api);
  }

  get origin(): string {
    return this.api.url.replace(/\/graphql$/, '');
  }

  async gql<T = any>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    return (await this.gqlWithHeaders<T>(query, variables, headers)).body;
  }

  async gqlWithHeaders<T = any>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    const response = await fetch(this.api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = { status: response.status, ...((await response.json()) as object) } as GraphQLResponse<T>;
    return { body, headers: response.headers };
  }

  /** Node and relationship counts and a digest of all properties: equal fingerprints, unchanged graph. */
  async fingerprint(): Promise<{ nodes: number; relationships: number; digest: string }> {
    const volatile = new Set(['ingestedAt', 'createdAt']);
    const stable = (props: unknown) =>
      JSON.stringify(
        Object.entries(props as object)
          .filter(([k]) => !volatile.has(k))
          .sort(([a], [b]) => a.localeCompare(b)),
      );
    const nodes = await this.app.executor.read(cypher('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props'));
    const relationships = await this.app.executor.read(
      cypher(`MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS props,
        coalesce(a.key, a.id) AS from, coalesce(b.key, b.id) AS to`),
    );
    const lines = [
      ...nodes.map((n) => `${String(n.labels)} ${stable(n.props)}`),
      ...relationships.map((r) => `${String(r.from)}-${String(r.type)}->${String(r.to)} ${stable(r.props)}`),
    ].sort();
    return {
      nodes: nodes.length,
      relationships: relationships.length,
      digest: createHash('sha256').update(lines.join('\n')).digest('hex'),
    };
  }

  async stop(): Promise<void> {
    await this.api.stop();
    await this.app.close();
  }
}

/**
 * The real app for the tests of the enclosing `describe`, on a database emptied before each test
 * (unless `emptyEachTest` is false); after each test, whatever it wrote, the maintained
 * counterpart edges and daily counts must equal a recomputation from scratch.
 */
export function freshGraphEachTest({ emptyEachTest = true } = {}): { readonly env: TestEnv } {
  const holder = {} as { env: TestEnv };
  beforeAll(async () => {
    holder.env = await TestEnv.start();
  });
  if (emptyEachTest) beforeEach(() => emptyGraph(holder.env.app.executor));
  afterEach(async () => expect(await verifyMaintained(holder.env.app.executor)).toEqual([]));
  afterAll(() => holder.env?.stop());
  return holder;
}
