import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph, NO_FILTER } from '../../src/graph/export/index.js';
import { readSources } from '../../src/parse/sources.js';
import { recordedExtractor } from '../integration/recorded-extractor.js';
import { EXAMPLES, FIXTURES, TestEnv, emptyGraph } from '../integration/support.js';
import { repoRoot } from '../../src/paths.js';

const articlesIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.(txt|json)$/.test(f) && !/\.(meta|gold)\.json$/.test(f))
    .map((f) => join(dir, f));

/**
 * The fixture articles (recorded extraction), and the real articles of the shared dev set when it
 * is there (live extraction: reports of one event by several outlets, spelling variants of one
 * person).
 */
const ARTICLES = uniqueNames([
  ...articlesIn(EXAMPLES),
  ...articlesIn(FIXTURES),
  ...['dev']
    .map((set) => resolve(repoRoot(), '../shared/eval', set))
    .filter((dir) => existsSync(dir))
    .flatMap(articlesIn),
]);

/** One path per file name: examples/ holds some of the dev articles too. */
function uniqueNames(paths: string[]): string[] {
  const byName = new Map<string, string>();
  for (const path of paths) if (!byName.has(basename(path))) byName.set(basename(path), path);
  return [...byName.values()];
}

/** A fixed shuffle (a small linear congruential generator), so that a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('the same set of articles gives the same graph', () => {
  let env: TestEnv;

  beforeAll(async () => {
    env = await TestEnv.start({}, recordedExtractor());
  });
  afterAll(() => env?.stop());

  const ingest = async (paths: readonly string[], batchSize: number) => {
    const summary = await env.app.ingest.ingestStream(readSources([...paths]), { batchSize });
    expect(summary.skipped).toEqual([]);
  };

  const exported = async () => {
    let text = '';
    await exportGraph(env.app.executor, 'json', NO_FILTER, { write: async (chunk) => void (text += chunk) });
    return text;
  };

  const graphAfter = async (ingestion: () => Promise<void>) => {
    await emptyGraph(env.app.executor);
    await ingestion();
    return exported();
  };

  it('forward in batches of 50, reversed one by one, shuffled by 2 concurrent writers: one export, byte for byte', async () => {
    const forward = await graphAfter(() => ingest(ARTICLES, 50));
    const reversed = await graphAfter(() => ingest([...ARTICLES].reverse(), 1));
    const mixed = shuffled(ARTICLES, 7);
    const concurrent = await graphAfter(async () => {
      await Promise.all([
        ingest(
          mixed.filter((_, i) => i % 2 === 0),
          2,
        ),
        ingest(
          mixed.filter((_, i) => i % 2 === 1),
          3,
        ),
      ]);
    });
    const graph = JSON.parse(forward);
    expect(graph.articles).toHaveLength(ARTICLES.length);
    expect(reversed).toBe(forward);
    expect(concurrent).toBe(forward);
  });

  // Not yet: actors that only a later article shows to be one, or two, stay as the first articles
  // made them. A misspelt person ("Yerezeck") joins the known one only once enough articles gave it
  // context, and a name two organisations share ("IRA") stays with the first. The generated corpus
  // (writeCorpus(24, 13)) shows both; a fix merges or splits existing actors when evidence arrives.
  it.todo('generated articles with misspelt people and shared acronyms: one export in any order');

  // Not yet: event coreference is greedy, so three reports can group two ways. In dev3, one
  // article reports a planned visit and the held one; the other two outlets each report one of
  // them. Taken first, the article splits them; taken last, the two outlets' reports have already
  // joined each other, and one of the article's reports starts a node of its own. A fix clusters
  // the reports of a batch and the graph's candidates together instead of one article at a time.
  it.todo('the dev3 articles (three outlets per event, planned and held reports): one export in any order');
});
