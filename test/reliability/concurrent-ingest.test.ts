import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../../src/parse/sources.js';
import { TestEnv, emptyGraph } from '../integration/support.js';
import {
  articlesWithoutMentions,
  countOf,
  duplicateActorNames,
  overlappingSlices,
  runCli,
  startCli,
  writeCorpus,
} from './support.js';
import { count } from '../../src/plural.js';

const CORPUS = writeCorpus(24, 13);
const WRITERS = 8;

describe('concurrent writers over overlapping articles', () => {
  let env: TestEnv;

  beforeAll(async () => {
    env = await TestEnv.start({ EVENTGRAPH_API_KEYS: 'k1', EVENTGRAPH_MUTATIONS_PER_MINUTE: '1000' });
    // The corpus itself ingests cleanly, alone.
    const summary = await env.app.ingest.ingestStream(readSources(CORPUS));
    expect(summary.skipped).toEqual([]);
  });
  afterAll(() => env?.stop());

  it('8 CLI processes: 0 failures, every article stored once and whole, no duplicate actors', async () => {
    await emptyGraph(env.app.executor);
    const slices = overlappingSlices(CORPUS, WRITERS, 12);
    const runs = await Promise.all(slices.map((paths) => runCli(['ingest', '--batch-size', '4', ...paths])));
    for (const run of runs) {
      expect(run.stderr).not.toMatch(/unexpected error|Neo4jError/);
      expect(run.code, run.stdout + run.stderr).toBe(0);
    }
    const stored = runs.map((r) => Number(/ingested (\d+) articles?\b/.exec(r.stdout)?.[1]));
    expect(stored.reduce((a, b) => a + b, 0)).toBe(CORPUS.length);
    expect(await countOf(env.app.executor, 'Article')).toBe(CORPUS.length);
    expect(await duplicateActorNames(env.app.executor)).toEqual([]);
    expect(await articlesWithoutMentions(env.app.executor)).toBe(0);
    // Not asserted here: that the graph equals the sequential one property for property. Which
    // actor a short name joins still depends on arrival order and batch boundaries (105 vs 106
    // actors in one of four runs): making that order-independent is src/graph/ingest's part of
    // issue 13. Concurrency itself lost nothing and duplicated nothing.
  });

  it('8 concurrent ingestArticles mutations: 0 errors, each article stored once', async () => {
    await emptyGraph(env.app.executor);
    const { readFileSync } = await import('node:fs');
    const slices = overlappingSlices(CORPUS, WRITERS, 6);
    const mutation = `mutation ($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) {
      stored rejected results { status created error } } }`;
    const responses = await Promise.all(
      slices.map((paths) =>
        env.gql(
          mutation,
          {
            inputs: paths.map((p) => ({
              text: readFileSync(p, 'utf8'),
              publishedAt: JSON.parse(readFileSync(p.replace(/\.txt$/, '.meta.json'), 'utf8')).publishedAt,
            })),
          },
          { 'x-api-key': 'k1' },
        ),
      ),
    );
    for (const response of responses) {
      expect(response.errors).toBeUndefined();
      expect(response.data.ingestArticles.rejected).toBe(0);
      for (const result of response.data.ingestArticles.results) {
        expect(result.status).toBe(result.created ? 'STORED' : 'ALREADY_STORED');
      }
    }
    const stored = responses.reduce((sum, r) => sum + r.data.ingestArticles.stored, 0);
    const distinct = new Set(slices.flat()).size;
    expect(stored).toBe(distinct);
    expect(await countOf(env.app.executor, 'Article')).toBe(distinct);
    expect(await duplicateActorNames(env.app.executor)).toEqual([]);
  });

  it('kill -9 of the ingest process mid-run leaves no partial article, and a rerun completes', async () => {
    await emptyGraph(env.app.executor);
    const { child, done } = startCli(['ingest', '--batch-size', '2', ...CORPUS]);
    for (let i = 0; i < 600 && (await countOf(env.app.executor, 'Article')) === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    child.kill('SIGKILL');
    const killed = await done;
    expect(killed.signal, killed.stdout + killed.stderr).toBe('SIGKILL');
    const partial = await countOf(env.app.executor, 'Article');
    expect(partial).toBeGreaterThan(0);
    expect(partial % 2).toBe(0); // whole batches of two only
    expect(await articlesWithoutMentions(env.app.executor)).toBe(0);

    const rerun = await runCli(['ingest', '--batch-size', '2', ...CORPUS]);
    expect(rerun.code, rerun.stdout + rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain(`ingested ${count(CORPUS.length - partial, 'article')}`);
    expect(await countOf(env.app.executor, 'Article')).toBe(CORPUS.length);
    expect(await duplicateActorNames(env.app.executor)).toEqual([]);
  });
});
