import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestEnv } from '../integration/support.js';
import { countOf, duplicateActorNames, overlappingSlices, startCli, writeCorpus } from './support.js';

const CORPUS = writeCorpus(12, 29);
const KEY = 'k1';

/** `eventgraph serve` in its own process, on a free port; resolves with its URL. */
async function startApiProcess(): Promise<{ url: string; child: ChildProcess }> {
  const { child, done } = startCli(['serve'], { PORT: '0', EVENTGRAPH_API_KEYS: KEY });
  const url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (chunk) => {
      seen += chunk;
      const match = /GraphQL API at (http\S+graphql)/.exec(seen);
      if (match) resolve(match[1]!);
    });
    void done.then((finished) => reject(new Error(`serve exited: ${finished.stderr}`)));
  });
  return { url, child };
}

async function post(url: string, query: string, variables: object = {}, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': KEY, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { response, body: (await response.json()) as { data?: any; errors?: unknown[] } };
}

describe('two API processes and two ingest processes on one graph', () => {
  let env: TestEnv;
  let apis: { url: string; child: ChildProcess }[] = [];
  beforeAll(async () => {
    env = await TestEnv.start();
    apis = await Promise.all([startApiProcess(), startApiProcess()]);
  });
  afterAll(async () => {
    for (const api of apis) api.child.kill('SIGTERM');
    await env?.stop();
  });

  it('ingest together, and a write through one replica is read through the other with its bookmarks', async () => {
    const ingests = overlappingSlices(CORPUS, 2, 8).map((paths) => startCli(['ingest', '--batch-size', '3', ...paths]));

    const [a, b] = apis as unknown as [{ url: string }, { url: string }];
    const text = readFileSync(CORPUS[0]!, 'utf8').replace(/\n/, '\nReplicas agree\n');
    const write = await post(a.url, 'mutation ($i: ArticleInput!) { ingestArticle(input: $i) { article { id } } }', {
      i: { text, publishedAt: '2023-06-01' },
    });
    expect(write.body.errors).toBeUndefined();
    const bookmarks = write.response.headers.get('x-eventgraph-bookmarks');
    expect(bookmarks).toBeTruthy();
    const read = await post(
      b.url,
      'query ($id: ID!) { article(id: $id) { title } }',
      { id: write.body.data.ingestArticle.article.id },
      { 'x-eventgraph-bookmarks': bookmarks! },
    );
    expect(read.body.data.article).not.toBeNull();

    const finished = await Promise.all(ingests.map((i) => i.done));
    for (const run of finished) expect(run.code, run.stderr).toBe(0);
    expect(await countOf(env.app.executor, 'Article')).toBe(CORPUS.length + 1);
    expect(await duplicateActorNames(env.app.executor)).toEqual([]);
    const counts = await Promise.all(apis.map((api) => post(api.url, '{ stats { articles } }')));
    expect(counts.map((c) => c.body.data.stats.articles)).toEqual([CORPUS.length + 1, CORPUS.length + 1]);
  });
});
