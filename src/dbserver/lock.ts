import { mkdir, open, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { ErrorCode, EventGraphError } from '../domain/errors.js';
import { isAlive } from './process.js';
import { sleep } from './wait-for-bolt.js';

/**
 * Runs fn while holding an exclusive lock file (created with O_EXCL), so that two processes
 * starting or stopping Neo4j at once do not both do it. A lock left by a dead process is taken over.
 */
export async function withLock<T>(file: string, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  await mkdir(path.dirname(file), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  while (!(await tryAcquire(file))) {
    if (Date.now() >= deadline) {
      throw new EventGraphError(
        ErrorCode.DatabaseUnavailable,
        `another process has held ${file} for too long; if none is starting Neo4j, delete that file`,
      );
    }
    await sleep(250);
  }
  try {
    return await fn();
  } finally {
    await unlink(file).catch(() => undefined);
  }
}

async function tryAcquire(file: string): Promise<boolean> {
  try {
    const handle = await open(file, 'wx');
    await handle.writeFile(`${process.pid}\n`);
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const holder = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);
  const stale = Number.isInteger(holder)
    ? !isAlive(holder)
    : // No pid yet: a holder between open and write, unless the file is old.
      Date.now() - ((await stat(file).catch(() => undefined))?.mtimeMs ?? Date.now()) > 10_000;
  if (stale) await unlink(file).catch(() => undefined);
  return false;
}
