import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestEnv } from '../integration/support.js';
import { countOf, runCli, writeCorpus } from './support.js';
import { count } from '../../src/plural.js';
import { readUntil } from '../../bench/read-clients.js';

const CORPUS = writeCorpus(30, 41);
const READERS = 16;

describe('an ingest under read load', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await TestEnv.start();
  });
  afterAll(() => env?.stop());

  it(`completes while ${READERS} clients read, and no read fails`, async () => {
    let writing = true;
    const reads = readUntil(env.api.url, READERS, () => !writing);
    const ingest = await runCli(['ingest', '--batch-size', '10', ...CORPUS]);
    writing = false;
    const { latencies, failures } = await reads;
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(ingest.stdout).toContain(`ingested ${count(CORPUS.length, 'article')}`);
    expect(await countOf(env.app.executor, 'Article')).toBe(CORPUS.length);
    expect(latencies.length).toBeGreaterThan(READERS);
    expect(failures).toEqual([]);
  });
});

describe('a large article is extracted off the event loop', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await TestEnv.start({ EVENTGRAPH_API_KEYS: 'k1', EVENTGRAPH_MAX_ARTICLE_CHARS: '1000000' });
  });
  afterAll(() => env?.stop());

  it('other requests are answered while it is extracted', async () => {
    const corpus = CORPUS.map((path) => readFileSync(path, 'utf8')).join('\n\n');
    // ~600 KB of our own generated articles as one long article: seconds of extraction.
    const body = Array.from({ length: 40 }, () => corpus)
      .join('\n\n')
      .slice(0, 600_000);
    const finished: string[] = [];
    const ingest = env
      .gql(
        'mutation ($i: ArticleInput!) { ingestArticle(input: $i) { created } }',
        {
          i: { title: 'A long digest of the week', body, publishedAt: '2023-06-01' },
        },
        { 'x-api-key': 'k1' },
      )
      .then((response) => {
        finished.push('ingest');
        return response;
      });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const stats = await env.gql('{ stats { articles } }');
    finished.push('stats');
    expect(stats.errors).toBeUndefined();
    const response = await ingest;
    expect(response.errors).toBeUndefined();
    expect(finished).toEqual(['stats', 'ingest']);
  });
});
