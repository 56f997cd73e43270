import { readFileSync } from 'node:fs';
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { sleep } from './wait-for-bolt.js';

export const LAUNCHER_CLASS = 'eventgraph.Neo4jLauncher';

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when pid is our launcher JVM (on Linux the command line is checked, so a reused pid is not mistaken for it). */
export function isLauncher(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(LAUNCHER_CLASS);
  } catch {
    return process.platform !== 'linux';
  }
}

export interface LauncherRecord {
  pid: number;
  boltPort: number;
}

export async function writePidFile(pidFile: string, record: LauncherRecord): Promise<void> {
  await writeFile(pidFile, `${record.pid} ${record.boltPort}\n`);
}

/** The pid file's launcher if that process still runs, else undefined (a stale file is removed). */
export async function runningLauncher(pidFile: string): Promise<LauncherRecord | undefined> {
  const text = await readFile(pidFile, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const [pid, boltPort] = text.trim().split(/\s+/).map(Number);
  if (pid !== undefined && Number.isInteger(pid) && isLauncher(pid)) return { pid, boltPort: boltPort ?? NaN };
  await unlink(pidFile).catch(() => undefined);
  return undefined;
}

/** SIGTERM (the launcher shuts Neo4j down cleanly), then SIGKILL after graceMs. Resolves once pid is gone. */
export async function terminate(pid: number, graceMs: number): Promise<void> {
  signal(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isLauncher(pid)) {
    if (Date.now() >= deadline) {
      signal(pid, 'SIGKILL');
      await sleep(500);
      return;
    }
    await sleep(200);
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
