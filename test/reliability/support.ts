import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/corpus/index.js';
import { cypher } from '../../src/graph/cypher.js';
import type { Executor } from '../../src/graph/executor.js';
import { repoRoot } from '../../src/paths.js';

const ROOT = repoRoot();

/** Generated articles (the benchmark's generator: our own text) as files with their dates beside them. */
export function writeCorpus(size: number, seed: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'eventgraph-reliability-'));
  return [...generateCorpus({ size, seed })].map((article) => {
    const path = join(dir, `a${String(article.index).padStart(4, '0')}.txt`);
    writeFileSync(path, article.text);
    writeFileSync(path.replace(/\.txt$/, '.meta.json'), JSON.stringify({ publishedAt: article.publishedAt }));
    return path;
  });
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The eventgraph command in its own process (node with tsx's loader: one process, so kill -9 ends it). */
export function startCli(
  args: string[],
  env: Record<string, string> = {},
): { child: ChildProcess; done: Promise<Finished> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, FORCE_COLOR: '0', EVENTGRAPH_EXTRACTION_WORKERS: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr!.on('data', (chunk) => {
    stderr += chunk;
  });
  const done = new Promise<Finished>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

export function runCli(args: string[], env: Record<string, string> = {}): Promise<Finished> {
  return startCli(args, env).done;
}

/** Actors that share a name (case-insensitively) with another actor: duplicates a merge missed. */
export async function duplicateActorNames(executor: Executor): Promise<string[]> {
  const rows = await executor.read(
    cypher(`MATCH (a:Actor) WITH toLower(a.name) AS name, count(*) AS n WHERE n > 1 RETURN name ORDER BY name`),
  );
  return rows.map((r) => String(r.name));
}

export async function countOf(executor: Executor, label: 'Article' | 'Actor'): Promise<number> {
  const [row] = await executor.read(cypher(`MATCH (n:${label}) RETURN count(n) AS n`));
  return Number(row?.n ?? 0);
}

/** Articles stored without the actors they mention: what a half-written article would look like. */
export async function articlesWithoutMentions(executor: Executor): Promise<number> {
  const [row] = await executor.read(
    cypher('MATCH (a:Article) WHERE NOT (a)-[:MENTIONS]->(:Actor) RETURN count(a) AS n'),
  );
  return Number(row?.n ?? 0);
}

/** `count` overlapping slices of `items`, each starting further along and wrapping around. */
export function overlappingSlices<T>(items: readonly T[], count: number, size: number): T[][] {
  return Array.from({ length: count }, (_, k) =>
    Array.from({ length: size }, (_, i) => items[(k * Math.ceil(items.length / count) + i) % items.length]!),
  );
}
