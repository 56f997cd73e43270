import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/paths.js';
import { EXAMPLES, TestEnv } from './support.js';

const ROOT = repoRoot();

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the eventgraph command', () => {
  let env: TestEnv;
  let scratch: string;
  beforeAll(async () => {
    env = await TestEnv.start();
    scratch = mkdtempSync(join(tmpdir(), 'eventgraph-cli-'));
  });
  afterAll(() => env?.stop());

  it('ingest stores a folder, prints a summary, and reports bad files with their reason', async () => {
    writeFileSync(join(scratch, 'empty.txt'), '   \n');
    const first = run(['ingest', EXAMPLES, join(scratch, 'empty.txt')]);
    expect(first.stdout).toMatch(
      /^ingested 3 articles: \d+ actors, \d+ statements, \d+ mediations, \d+ meetings; skipped 1$/m,
    );
    expect(first.stdout).toContain(
      `skipped ${join(scratch, 'empty.txt')}: ${join(scratch, 'empty.txt')}: the article is empty`,
    );
    expect(first.code).toBe(1);

    const again = run(['ingest', EXAMPLES]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^ingested 0 articles: 0 actors, 0 statements, 0 mediations, 0 meetings; skipped 3$/m);
    expect(again.stdout).toContain('already in the graph (same content)');
    expect((await env.fingerprint()).nodes).toBeGreaterThan(0);
  });

  it('ingest reads - from stdin, with --published-at', async () => {
    const text =
      'Serbia, Kosovo, European Union, talks\n\nSerbia and Kosovo resume talks\n\nBrussels, Jun 3.- Serbia and Kosovo will resume talks in Brussels next week, the European Union said.';
    const result = run(['ingest', '-', '--published-at', '2024-06-03'], text);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ingested 1 articles:/m);
    const { data } = await env.gql(
      `{ articles(filter: { search: "Kosovo" }) { edges { node { title publishedAt dateline } } } }`,
    );
    expect(data.articles.edges[0].node).toEqual({
      title: 'Serbia and Kosovo resume talks',
      publishedAt: '2024-06-03',
      dateline: 'Brussels',
    });
  });

  it('extract writes one contract JSON per article without touching the database', async () => {
    const before = await env.fingerprint();
    const out = join(scratch, 'out');
    const result = run([
      'extract',
      join(EXAMPLES, 'truce-moscow.txt'),
      join(EXAMPLES, 'ukraine-grain-istanbul.json'),
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['truce-moscow.json', 'ukraine-grain-istanbul.json']);
    const truce = JSON.parse(readFileSync(join(out, 'truce-moscow.json'), 'utf8'));
    expect(truce.article).toMatchObject({
      title: 'Proximity of a truce between Hamas and Israel',
      publishedAt: '2023-11-21',
      source: 'Sputnik',
    });
    for (const kind of ['actors', 'statements', 'mediations', 'meetings'])
      expect(truce[kind].length, kind).toBeGreaterThan(0);
    expect(await env.fingerprint()).toEqual(before);
  });

  it('db:start is a no-op when Neo4j already answers', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/dbserver/main.ts'), 'start'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/already running/);
  });
});
