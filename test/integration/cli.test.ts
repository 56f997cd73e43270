import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/paths.js';
import { EXAMPLES, TestEnv } from './support.js';

const ROOT = repoRoot();

/** Runs the declared bin, as `npx eventgraph` does. */
function run(args: string[], input?: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/eventgraph.js'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', ...env },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const lines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');

describe('the eventgraph command without a database', () => {
  it('--version prints the package version on stdout', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const result = run(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('--help lists the commands on stdout', () => {
    const result = run(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['ingest', 'extract', 'serve', 'start', 'db', 'eval'])
      expect(result.stdout).toContain(command);
  });

  it('a bad option or value is one line on stderr that points to --help, and exit code 2', () => {
    for (const args of [['ingest', '--bogus', 'x'], ['ingest', '--batch-size', '0', 'x'], ['frobnicate']]) {
      const result = run(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(lines(result.stderr)).toHaveLength(1);
      expect(result.stderr).toMatch(/^eventgraph: .*\(see: eventgraph .*--help\)$/m);
    }
    expect(run(['ingest', '--batch-size', '0', 'x']).stderr).toContain('at least 1');
  });

  it('an unreachable Neo4j is one line that says how to start it, and exit code 1', () => {
    const result = run(['ingest', EXAMPLES], undefined, { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' });
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([expect.stringMatching(/^eventgraph: Neo4j does not answer at .*db start/)]);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});

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
      /^ingested 3 articles: \d+ actors, \d+ statements, \d+ mediations, \d+ meetings; skipped 1\n$/,
    );
    // Results on stdout, the skipped file on stderr, its path once.
    expect(first.stderr).toContain(`skipped ${join(scratch, 'empty.txt')}: the article is empty`);
    expect(first.stderr.split(join(scratch, 'empty.txt'))).toHaveLength(2);
    expect(first.code).toBe(1);

    const again = run(['ingest', EXAMPLES]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^ingested 0 articles: 0 actors, 0 statements, 0 mediations, 0 meetings; skipped 3$/m);
    expect(again.stderr).toContain('already in the graph (same content)');
    expect((await env.fingerprint()).nodes).toBeGreaterThan(0);
  });

  it('ingest reads - from stdin, with --published-at', async () => {
    const text =
      'Serbia, Kosovo, European Union, talks\n\nSerbia and Kosovo resume talks\n\nBrussels, Jun 3.- Serbia and Kosovo will resume talks in Brussels next week, the European Union said.';
    const result = run(['ingest', '-', '--published-at', '2024-06-03'], text);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ingested 1 article: /m);
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

  it('without a terminal, ingest prints one-line progress on stderr', () => {
    const result = run(['ingest', EXAMPLES, '--batch-size', '1', '--progress-every', '0']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^ingest: 1 of 3 articles read, \d+ stored, \d+ skipped$/m);
    expect(result.stderr).toMatch(/^ingest: 3 of 3 articles read, \d+ stored, \d+ skipped$/m);
  });

  it('serve on a busy port is one line and exit code 1, not a stack or a process left running', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = run(['serve'], undefined, { PORT: String(port) });
      expect(result.code).toBe(1);
      expect(lines(result.stderr)).toEqual([
        `eventgraph: port ${port} on 127.0.0.1 is already in use: stop the program that holds it, or set PORT to another port`,
      ]);
    } finally {
      blocker.close();
    }
  });

  it('db start is a no-op when Neo4j already answers', () => {
    const result = run(['db', 'start']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/already running/);
  });

  it('db status answers on stdout', () => {
    const result = run(['db', 'status']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Neo4j \S+ answers at bolt:/);
  });
});
