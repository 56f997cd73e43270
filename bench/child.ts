import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Forks a TypeScript module of bench/ in its own Node process (tsx loader), with IPC. */
export function forkBench(module: string, args: string[], execArgv: string[] = []): ChildProcess {
  const path = fileURLToPath(new URL(module, import.meta.url));
  return fork(path, args, {
    execArgv: ['--import', 'tsx', ...execArgv],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** Resolves with the child's `result` message; rejects on an `error` message or a bad exit. */
export function childResult<T>(
  child: ChildProcess,
  onMessage: (message: { type: string } & Record<string, unknown>) => void = () => {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let result: T | undefined;
    let failure: Error | undefined;
    child.on('message', (raw) => {
      const message = raw as { type: string } & Record<string, unknown>;
      if (message.type === 'result') result = message.value as T;
      else if (message.type === 'error') failure = new Error(String(message.message));
      else onMessage(message);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (failure) reject(failure);
      else if (result !== undefined && code === 0) resolve(result);
      else
        reject(new Error(`benchmark child ${child.spawnfile} exited with ${signal ?? `code ${code}`} and no result`));
    });
  });
}

/** In a child: send the result (or the error) to the parent and exit. */
export async function runAsChild<T>(work: () => Promise<T>): Promise<void> {
  try {
    const value = await work();
    await new Promise<void>((resolve) => process.send!({ type: 'result', value }, () => resolve()));
    process.exit(0);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    await new Promise<void>((resolve) => process.send!({ type: 'error', message }, () => resolve()));
    process.exit(1);
  }
}
