import { unlink } from 'node:fs/promises';
import type { Neo4jConfig } from '../config.js';
import { ErrorCode, EventGraphError } from '../domain/errors.js';
import { compose, composeServiceRunning, dockerEngineAnswers } from './docker.js';
import { withLock } from './lock.js';
import { paths } from './paths.js';
import { runningLauncher, terminate } from './process.js';

/** A clean shutdown takes a few seconds; after this the JVM is killed. */
const GRACE_MS = 60_000;
const LOCK_TIMEOUT_MS = 10 * 60_000;

/**
 * Stops the Neo4j this project started (local JVM or docker compose). Never stops an external
 * server (NEO4J_URI). Returns whether something was stopped.
 */
export async function stopNeo4j(config: Neo4jConfig, log: (line: string) => void = () => {}): Promise<boolean> {
  if (config.external) {
    log(`NEO4J_URI is set: not stopping the external Neo4j at ${config.uri}`);
    return false;
  }
  return withLock(paths.lockFile, LOCK_TIMEOUT_MS, async () => {
    const pid = (await runningLauncher(paths.pidFile))?.pid;
    if (pid !== undefined) {
      await terminate(pid, GRACE_MS);
      await unlink(paths.pidFile).catch(() => undefined);
      log(`Stopped Neo4j (local JVM, pid ${pid})`);
      return true;
    }
    if (dockerEngineAnswers() && (await composeServiceRunning(config))) {
      const result = await compose(config, ['stop', 'neo4j']);
      if (!result.ok) {
        throw new EventGraphError(ErrorCode.DatabaseUnavailable, `docker compose stop neo4j failed: ${result.output}`);
      }
      log('Stopped Neo4j (docker compose service neo4j)');
      return true;
    }
    log('Neo4j started by this project is not running: nothing to stop');
    return false;
  });
}
