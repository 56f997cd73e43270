import type { Neo4jConfig } from '../config.js';
import { ErrorCode, EventGraphError } from '../domain/errors.js';
import { compose, dockerEngineAnswers } from './docker.js';
import { startLauncher } from './launcher.js';
import { withLock } from './lock.js';
import { buildLauncher } from './maven.js';
import { paths } from './paths.js';
import { type LauncherRecord, isLauncher, runningLauncher } from './process.js';
import { requireJava } from './tools.js';
import { type BoltProbe, probeBolt, waitForBolt } from './wait-for-bolt.js';

export type StartedHow = 'external' | 'docker' | 'maven' | 'already-running';

export interface EnsureResult {
  startedHere: boolean;
  how: StartedHow;
}

type Log = (line: string) => void;
type NotUp = { state: 'unauthorized' | 'down' | 'aborted'; reason: string };

/** Long enough for a first-time fetch and build plus a start by another process. */
const LOCK_TIMEOUT_MS = 10 * 60_000;
const START_TIMEOUT_MS = 180_000;
const ALREADY_RUNNING: EnsureResult = { startedHere: false, how: 'already-running' };

/**
 * Makes sure a Neo4j answers on config.uri with the configured credentials: uses an external
 * one (NEO4J_URI), or one already running, or starts one with docker compose, or else from
 * Maven Central jars in a detached JVM. Concurrent callers are serialized by a lock file.
 */
export async function ensureNeo4j(config: Neo4jConfig, log: Log = () => {}): Promise<EnsureResult> {
  if (config.external) {
    const probe = await probeBolt(config);
    if (probe.state !== 'up') throw unreachable(config, probe);
    log(`Using Neo4j ${probe.version} at ${config.uri} (user ${config.user}; NEO4J_URI is set)`);
    return { startedHere: false, how: 'external' };
  }
  // Outside the lock only 'up' is trusted: a refused password may be a first start in progress.
  if (alreadyRunning(await probeBolt(config), config, log)) return ALREADY_RUNNING;

  return withLock(paths.lockFile, LOCK_TIMEOUT_MS, async () => {
    // Another process may have started it while this one waited for the lock.
    const probe = await probeBolt(config);
    if (probe.state === 'unauthorized') throw unreachable(config, probe);
    if (alreadyRunning(probe, config, log)) return ALREADY_RUNNING;
    const running = await runningLauncher(paths.pidFile);
    if (running) return awaitRunningLauncher(running, config, log);
    if (dockerEngineAnswers() && (await startWithDocker(config, log))) return { startedHere: true, how: 'docker' };

    requireJava();
    await buildLauncher(config, log);
    log(`Starting Neo4j in a local JVM (data: ${paths.cache}/data, log: ${paths.launcherLog})...`);
    const started = await startLauncher(config, log);
    log(ready(started.version, config));
    if (started.browserUrl) log(`Neo4j Browser at ${started.browserUrl} (connect to ${config.uri})`);
    return { startedHere: true, how: 'maven' };
  });
}

/**
 * Our JVM runs but does not answer: on another port (config changed), or still booting after
 * the process that started it went away. Waits for it rather than start a second one.
 */
async function awaitRunningLauncher(running: LauncherRecord, config: Neo4jConfig, log: Log): Promise<EnsureResult> {
  if (running.boltPort !== config.boltPort) {
    throw new EventGraphError(
      ErrorCode.DatabaseUnavailable,
      `the Neo4j started by this project (pid ${running.pid}) listens on port ${running.boltPort}, not ${config.boltPort}: run \`npx eventgraph db stop\` first`,
    );
  }
  const probe = await waitForBolt(config, {
    timeoutMs: START_TIMEOUT_MS,
    check: () =>
      isLauncher(running.pid) ? undefined : `the Neo4j JVM (pid ${running.pid}) exited; see ${paths.launcherLog}`,
  });
  if (probe.state !== 'up') throw unreachable(config, probe);
  log(ready(probe.version, config));
  return ALREADY_RUNNING;
}

function alreadyRunning(probe: BoltProbe, config: Neo4jConfig, log: Log): boolean {
  if (probe.state !== 'up') return false;
  log(`Neo4j ${probe.version} already running at ${config.uri} (user ${config.user})`);
  return true;
}

/** False when compose itself fails, so that the caller falls back to a local JVM. */
async function startWithDocker(config: Neo4jConfig, log: Log): Promise<boolean> {
  log('Starting Neo4j with docker compose...');
  const up = await compose(config, ['up', '-d', 'neo4j']);
  if (!up.ok) {
    log(`docker compose up failed, using a local JVM instead: ${up.output.split('\n').at(-1) ?? ''}`);
    return false;
  }
  const probe = await waitForBolt(config, { timeoutMs: START_TIMEOUT_MS });
  if (probe.state !== 'up') throw unreachable(config, probe);
  log(ready(probe.version, config));
  return true;
}

function ready(version: string, config: Neo4jConfig): string {
  return `Neo4j ${version} ready at ${config.uri} (user ${config.user})`;
}

function unreachable(config: Neo4jConfig, probe: NotUp): EventGraphError {
  if (probe.state === 'unauthorized') {
    return new EventGraphError(
      ErrorCode.DatabaseAuthFailed,
      `Neo4j at ${config.uri} refuses user ${config.user} with the configured password (NEO4J_PASSWORD)` +
        (config.external
          ? ''
          : '; if `eventgraph db start` started it in a local JVM, `db stop` then `db start` applies a changed password'),
    );
  }
  return new EventGraphError(ErrorCode.DatabaseUnavailable, `Neo4j at ${config.uri} does not answer: ${probe.reason}`);
}
