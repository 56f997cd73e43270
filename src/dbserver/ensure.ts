import type { Neo4jConfig } from '../config.js';
import { ErrorCode, EventGraphError } from '../domain/errors.js';
import { compose, dockerEngineAnswers } from './docker.js';
import { startLauncher } from './launcher.js';
import { withLock } from './lock.js';
import { buildLauncher } from './maven.js';
import { paths } from './paths.js';
import { runningLauncherPid } from './process.js';
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
    if (await runningLauncherPid(paths.pidFile)) {
      // Our JVM runs but does not answer (yet): wait for it rather than start a second one.
      const late = await waitForBolt(config, { timeoutMs: START_TIMEOUT_MS });
      if (late.state !== 'up') throw unreachable(config, late);
      log(ready(late.version, config));
      return ALREADY_RUNNING;
    }
    if (dockerEngineAnswers() && (await startWithDocker(config, log))) return { startedHere: true, how: 'docker' };

    requireJava();
    await buildLauncher(log);
    log(`Starting Neo4j in a local JVM (data: ${paths.cache}/data, log: ${paths.launcherLog})...`);
    const version = await startLauncher(config);
    log(ready(version, config));
    return { startedHere: true, how: 'maven' };
  });
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
      ErrorCode.Unauthenticated,
      `Neo4j at ${config.uri} refuses user ${config.user} with the configured password (NEO4J_PASSWORD): ${probe.reason}`,
    );
  }
  return new EventGraphError(ErrorCode.DatabaseUnavailable, `Neo4j at ${config.uri} does not answer: ${probe.reason}`);
}
