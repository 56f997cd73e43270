import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ErrorCode, EventGraphError } from '../domain/errors.js';
import { tail } from './log-tail.js';
import { paths } from './paths.js';
import { requireMaven } from './tools.js';

const BUILD_TIMEOUT_MS = 15 * 60_000;

/**
 * Fetches the embedded Neo4j engine from Maven Central into .neo4j/m2 and builds the launcher
 * (classes in .neo4j/build/classes, jars in .neo4j/lib). Skipped when the stamp file says the
 * pom and launcher source are unchanged since the last build. Returns whether it built.
 */
export async function buildLauncher(log: (line: string) => void): Promise<boolean> {
  const stamp = await sourceHash();
  if ((await readFile(paths.buildStamp, 'utf8').catch(() => '')) === stamp && (await isBuilt())) return false;

  requireMaven();
  log('Fetching Neo4j from Maven Central (first time ~160 MB, cached in .neo4j/m2) and building its launcher...');
  await mkdir(paths.logs, { recursive: true });
  const args = ['-q', '-B', '-Dstyle.color=never', '-f', paths.pom, `-Dmaven.repo.local=${paths.mavenRepo}`, 'compile'];
  const code = await run('mvn', args, paths.mavenLog);
  if (code !== 0) {
    throw new EventGraphError(
      ErrorCode.DatabaseUnavailable,
      `building the Neo4j launcher failed (mvn exit ${code}; full log: ${paths.mavenLog}):\n${await tail(paths.mavenLog, 15)}`,
    );
  }
  await writeFile(paths.buildStamp, stamp);
  return true;
}

async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of [paths.pom, paths.launcherSource]) hash.update(await readFile(file));
  return hash.digest('hex');
}

async function isBuilt(): Promise<boolean> {
  const jars = await readdir(paths.lib).catch(() => []);
  return jars.some((jar) => jar.startsWith('neo4j-bolt-')) && existsSync(path.join(paths.classes, 'eventgraph'));
}

function run(command: string, args: string[], logFile: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(logFile);
    const child = spawn(command, args, { cwd: paths.root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    const timer = setTimeout(() => child.kill('SIGTERM'), BUILD_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      out.end();
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      out.end(() => resolve(code ?? (signal ? 128 : 1)));
    });
  });
}
