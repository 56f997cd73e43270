/**
 * `npm run bench:soak`: one CLI ingest of a generated corpus while read clients query the API over
 * HTTP, as a dashboard would (issue 13: "32 read clients during an ingest of 6,000 articles: the
 * ingest completes, 0 read errors"). Prints what it saw; exits 1 when the ingest failed, an article
 * is missing or a read failed. It EMPTIES the database it is pointed at first.
 *
 *   npm run bench:soak -- [--articles 6000] [--readers 32] [--batch-size 50] [--seed 5]
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { startApiServer } from '../src/api/server.js';
import { openApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { ensureNeo4j } from '../src/dbserver/ensure.js';
import { stopNeo4j } from '../src/dbserver/stop.js';
import { cypher } from '../src/graph/cypher.js';
import { emptyGraph } from '../src/graph/empty.js';
import { repoRoot } from '../src/paths.js';
import { writeCorpus } from './corpus/index.js';
import { log } from './progress.js';
import { percentile } from './percentile.js';
import { readUntil } from './read-clients.js';

interface Options {
  articles: number;
  readers: number;
  batchSize: number;
  seed: number;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { articles: 6000, readers: 32, batchSize: 50, seed: 5 };
  const flags: Record<string, keyof Options> = {
    '--articles': 'articles',
    '--readers': 'readers',
    '--batch-size': 'batchSize',
    '--seed': 'seed',
  };
  for (let i = 0; i < argv.length; i += 2) {
    const key = flags[argv[i]!];
    const value = Number(argv[i + 1]);
    if (!key || !Number.isInteger(value) || value < 1)
      throw new Error(`bench:soak: bad option ${argv[i]} ${argv[i + 1]}`);
    options[key] = value;
  }
  return options;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const config = loadConfig({ ...process.env, PORT: '0' });
  const db = await ensureNeo4j(config.neo4j, log);
  const app = await openApp(config);
  log(`WARNING: bench:soak EMPTIES the Neo4j database at ${config.neo4j.uri} first.`);
  await emptyGraph(app.executor);
  const api = await startApiServer({ config: config.api, executor: app.executor, ingest: app.ingest });
  try {
    const corpus = await writeCorpus({ size: options.articles, seed: options.seed });
    log(`corpus: ${options.articles} articles in ${corpus.dir}; ${options.readers} readers on ${api.url}`);
    let writing = true;
    const reads = readUntil(api.url, options.readers, () => !writing);
    const started = performance.now();
    const ingest = await runIngest(corpus.dir, options.batchSize);
    const seconds = (performance.now() - started) / 1000;
    writing = false;
    const { latencies, failures } = await reads;
    const [row] = await app.executor.read(cypher('MATCH (a:Article) RETURN count(a) AS n'));
    const stored = Number(row?.n ?? 0);
    const sorted = latencies.sort((a, b) => a - b);
    log(
      `ingest: exit ${ingest.code}, ${seconds.toFixed(1)} s, ${(stored / seconds).toFixed(1)} articles/s, ${stored} of ${options.articles} articles stored`,
    );
    log(
      `reads: ${sorted.length}, failed ${failures.length}; p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms, max ${(sorted.at(-1) ?? 0).toFixed(0)} ms`,
    );
    for (const failure of new Set(failures.slice(0, 5))) log(`read failure: ${failure.slice(0, 300)}`);
    if (ingest.code !== 0) log(`ingest stderr: ${ingest.stderr.slice(-2000)}`);
    return ingest.code === 0 && stored === options.articles && failures.length === 0 ? 0 : 1;
  } finally {
    await api.stop();
    await app.close();
    if (db.startedHere) await stopNeo4j(config.neo4j, log);
  }
}

/** The eventgraph CLI ingesting the folder, in its own process as an operator would run it. */
function runIngest(dir: string, batchSize: number): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(repoRoot(), 'src/cli/main.ts'), 'ingest', '--batch-size', String(batchSize), dir],
    { cwd: repoRoot(), env: { ...process.env, FORCE_COLOR: '0' }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
