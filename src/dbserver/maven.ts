import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Neo4jConfig } from '../config.js';
import { ErrorCode, EventGraphError } from '../domain/errors.js';
import { count } from '../plural.js';
import { withLock } from './lock.js';
import { tail } from './log-tail.js';
import { paths } from './paths.js';
import { requireMaven } from './tools.js';

const BUILD_TIMEOUT_MS = 15 * 60_000;
const PROGRESS_EVERY_MS = 5_000;
type Log = (line: string) => void;

/**
 * Fetches the embedded Neo4j engine and Neo4j Browser from Maven Central into the machine's
 * shared artifact cache and builds the launcher (classes in .neo4j/build/classes, the jars'
 * paths in .neo4j/classpath.txt). Skipped when the stamp file says the pom and launcher source
 * are unchanged since the last build and every jar is still there. Returns whether it built.
 */
export async function buildLauncher(config: Neo4jConfig, log: Log): Promise<boolean> {
  const stamp = await sourceHash();
  if ((await readFile(paths.buildStamp, 'utf8').catch(() => '')) === stamp && (await isBuilt())) return false;

  requireMaven();
  const repo = path.join(config.artifactCache, 'm2');
  // One fetch at a time into the shared repository, whichever checkout asks.
  await withLock(path.join(config.artifactCache, 'fetch.lock'), BUILD_TIMEOUT_MS, async () => {
    await adoptLegacyRepo(repo, log);
    log(`Fetching Neo4j from Maven Central into ${repo} (first time ~170 MB, shared by every checkout)...`);
    await mkdir(paths.logs, { recursive: true });
    const args = ['-B', '-Dstyle.color=never', '-f', paths.pom, `-Dmaven.repo.local=${repo}`, 'compile'];
    const code = await runMaven(args, paths.mavenLog, log);
    if (code !== 0) {
      throw new EventGraphError(
        ErrorCode.DatabaseUnavailable,
        `fetching Neo4j with Maven failed (mvn exit ${code}; full log: ${paths.mavenLog}):\n${await tail(paths.mavenLog, 15)}`,
      );
    }
  });
  await writeFile(paths.buildStamp, stamp);
  // Earlier builds copied every jar into the checkout; they now stay in the shared cache.
  await rm(path.join(paths.cache, 'lib'), { recursive: true, force: true });
  return true;
}

/** The launcher's runtime classpath: its classes, then the jars listed by the last build. */
export async function launcherClasspath(): Promise<string> {
  const jars = (await readFile(paths.classpathFile, 'utf8')).trim();
  return [paths.classes, jars].join(path.delimiter);
}

async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of [paths.pom, paths.launcherSource]) hash.update(await readFile(file));
  return hash.digest('hex');
}

async function isBuilt(): Promise<boolean> {
  const jars = (await readFile(paths.classpathFile, 'utf8').catch(() => '')).trim().split(path.delimiter);
  return (
    jars.some((jar) => path.basename(jar).startsWith('neo4j-bolt-')) &&
    jars.every((jar) => existsSync(jar)) &&
    existsSync(path.join(paths.classes, 'eventgraph'))
  );
}

/** A checkout that fetched Neo4j before the cache was shared hands its copy over instead of fetching again. */
async function adoptLegacyRepo(repo: string, log: Log): Promise<void> {
  if (existsSync(repo) || !existsSync(paths.legacyMavenRepo)) return;
  await mkdir(path.dirname(repo), { recursive: true });
  await rename(paths.legacyMavenRepo, repo).then(
    () => log(`Moved this checkout's Neo4j jars (${paths.legacyMavenRepo}) to the shared cache ${repo}`),
    () => undefined, // another file system: fetch instead
  );
}

/** Runs mvn, logging everything to logFile and a progress line at most every few seconds. */
function runMaven(args: string[], logFile: string, log: Log): Promise<number> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(logFile);
    const child = spawn('mvn', args, { cwd: paths.root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr.pipe(out, { end: false });
    const fetched = { files: 0, bytes: 0, reported: Date.now() };
    createInterface({ input: child.stdout }).on('line', (line) => {
      out.write(`${line}\n`);
      const size = downloadedBytes(line);
      if (size === undefined) return;
      fetched.files += 1;
      fetched.bytes += size;
      if (Date.now() - fetched.reported < PROGRESS_EVERY_MS) return;
      fetched.reported = Date.now();
      log(`  fetched ${count(fetched.files, 'file')}, ${Math.round(fetched.bytes / 1e6)} MB so far...`);
    });
    const timer = setTimeout(() => child.kill('SIGTERM'), BUILD_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      out.end();
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (fetched.files > 0) log(`  fetched ${count(fetched.files, 'file')}, ${Math.round(fetched.bytes / 1e6)} MB`);
      out.end(() => resolve(code ?? (signal ? 128 : 1)));
    });
  });
}

const UNITS: Record<string, number> = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 };

/** The size in a Maven transfer line "Downloaded from central: URL (12 kB at 3.4 MB/s)". */
export function downloadedBytes(line: string): number | undefined {
  const match = /^(?:\[INFO\] )?Downloaded from \S+: \S+ \(([\d.]+) (B|kB|MB|GB)/.exec(line);
  return match ? Number(match[1]) * UNITS[match[2]!]! : undefined;
}
