import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, readFile, unlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { Neo4jConfig } from '../config.js';
import { ErrorCode, EventGraphError } from '../domain/errors.js';
import { tail } from './log-tail.js';
import { launcherClasspath } from './maven.js';
import { paths } from './paths.js';
import { LAUNCHER_CLASS, isLauncher, terminate, writePidFile } from './process.js';
import { sleep, waitForBolt } from './wait-for-bolt.js';

const START_TIMEOUT_MS = 180_000;
/** Sized for a shared 2-core machine: 1 GB heap; the page cache (512 MB) is set in the launcher. */
const JVM_OPTIONS = [
  '-Xms1g',
  '-Xmx1g',
  '-XX:+ExitOnOutOfMemoryError',
  // As in Neo4j's own startup script: without these on Java 17 the page cache falls back to a
  // slower mode and native file access (preallocation, fadvise) is disabled, with warnings in debug.log.
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dfile.encoding=UTF-8',
];

/**
 * Starts the launcher JVM detached (it outlives this process), records its pid, and waits until
 * it reports ready and Bolt accepts the configured credentials. Returns the Neo4j version.
 */
export async function startLauncher(config: Neo4jConfig, log: (line: string) => void): Promise<LauncherStarted> {
  const boltProblem = await portProblem(config.boltPort);
  if (boltProblem !== undefined) {
    throw new EventGraphError(
      ErrorCode.DatabaseUnavailable,
      `cannot start Neo4j: port ${config.boltPort} on 127.0.0.1 is taken by another program (${boltProblem}); free it or set NEO4J_BOLT_PORT`,
    );
  }
  // Neo4j Browser is a convenience: a taken HTTP port leaves it off rather than fail the start.
  const httpProblem = await portProblem(config.httpPort);
  if (httpProblem !== undefined) {
    log(
      `Neo4j Browser stays off: port ${config.httpPort} is taken (${httpProblem}); set NEO4J_HTTP_PORT to use another`,
    );
  }
  const httpPort = httpProblem === undefined ? config.httpPort : 0;
  await mkdir(paths.logs, { recursive: true });
  const logFd = openSync(paths.launcherLog, 'w');
  const classpath = await launcherClasspath();
  const child = spawn(
    'java',
    [
      ...JVM_OPTIONS,
      '-cp',
      classpath,
      LAUNCHER_CLASS,
      `--home=${paths.cache}`,
      `--bolt-port=${config.boltPort}`,
      `--http-port=${httpPort}`,
    ],
    {
      cwd: paths.root,
      detached: true,
      stdio: ['ignore', logFd, logFd],
      // The password goes through the environment so that it does not show in `ps`.
      env: { ...process.env, EVENTGRAPH_NEO4J_PASSWORD: config.password },
    },
  );
  closeSync(logFd);
  let exited: string | undefined;
  child.on('exit', (code, signal) => (exited = `exited with ${signal ?? `code ${code}`}`));
  child.on('error', (error) => (exited = `could not start: ${error.message}`));
  child.unref();
  const pid = child.pid;
  if (pid === undefined) throw await failure('java could not be started');
  await writePidFile(paths.pidFile, { pid, boltPort: config.boltPort });

  const deadline = Date.now() + START_TIMEOUT_MS;
  const gone = (): string | undefined =>
    exited !== undefined || !isLauncher(pid) ? `the Neo4j JVM ${exited ?? 'exited'}` : undefined;
  // Bolt is probed only after READY: before that the password may still be the initial one,
  // and failed logins lock the user for a few seconds.
  const ready = await waitForReadyLine(deadline, gone, log);
  const result =
    ready.state === 'ready'
      ? await waitForBolt(config, { timeoutMs: Math.max(0, deadline - Date.now()), check: gone })
      : ready;
  if (result.state === 'up') {
    const version = ready.state === 'ready' ? ready.version : result.version;
    return { version, browserUrl: httpPort > 0 ? `http://127.0.0.1:${httpPort}/browser/` : undefined };
  }

  await terminate(pid, 30_000);
  await unlink(paths.pidFile).catch(() => undefined);
  throw await failure(`Neo4j did not start: ${result.reason}`);
}

export interface LauncherStarted {
  version: string;
  /** Where Neo4j Browser answers; undefined when its port was taken. */
  browserUrl: string | undefined;
}

/** Why nothing can listen on the port (another program holds it), or undefined when it is free. */
function portProblem(port: number): Promise<string | undefined> {
  return new Promise<string | undefined>((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(undefined)));
  });
}

type ReadyLine = { state: 'ready'; version: string } | { state: 'failed'; reason: string };

const PROGRESS_EVERY_MS = 5_000;

async function waitForReadyLine(
  deadline: number,
  gone: () => string | undefined,
  log: (line: string) => void,
): Promise<ReadyLine> {
  const started = Date.now();
  let reported = started;
  for (;;) {
    if (Date.now() - reported >= PROGRESS_EVERY_MS) {
      reported = Date.now();
      log(`  Neo4j is starting (${Math.round((reported - started) / 1000)} s)...`);
    }
    const out = await readFile(paths.launcherLog, 'utf8').catch(() => '');
    const ready = /EVENTGRAPH_NEO4J_READY \S+ (\S+)/.exec(out);
    if (ready) return { state: 'ready', version: ready[1]! };
    const failed = /EVENTGRAPH_NEO4J_FAILED (.*)/.exec(out)?.[1] ?? gone();
    if (failed !== undefined) return { state: 'failed', reason: failed };
    if (Date.now() >= deadline) return { state: 'failed', reason: `not ready after ${START_TIMEOUT_MS / 1000} s` };
    await sleep(250);
  }
}

async function failure(message: string): Promise<EventGraphError> {
  return new EventGraphError(
    ErrorCode.DatabaseUnavailable,
    `${message} (log: ${paths.launcherLog})\n${await tail(paths.launcherLog, 20)}`,
  );
}
