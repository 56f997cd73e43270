import { spawnSync } from 'node:child_process';
import { ErrorCode, EventGraphError } from '../domain/errors.js';

const OR_EXTERNAL = 'or set NEO4J_URI (and NEO4J_PASSWORD) to a running Neo4j';

/** Fails with one line saying what to install unless `java` 17 or newer is on the PATH. */
export function requireJava(): void {
  const run = spawnSync('java', ['-version'], { encoding: 'utf8', timeout: 20_000 });
  const major = Number(/version "(\d+)/.exec(`${run.stderr ?? ''}${run.stdout ?? ''}`)?.[1]);
  if (run.error || run.status !== 0) {
    throw new EventGraphError(
      ErrorCode.DatabaseUnavailable,
      `Java 17+ is needed to run Neo4j locally: install openjdk-17-jre-headless, ${OR_EXTERNAL}`,
    );
  }
  if (!(major >= 17)) {
    throw new EventGraphError(
      ErrorCode.DatabaseUnavailable,
      `Java 17+ is needed to run Neo4j locally, found Java ${major || 'of unknown version'}: install openjdk-17-jre-headless, ${OR_EXTERNAL}`,
    );
  }
}

/** Fails with one line saying what to install unless `mvn` is on the PATH. */
export function requireMaven(): void {
  const run = spawnSync('mvn', ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (run.error || run.status !== 0) {
    throw new EventGraphError(
      ErrorCode.DatabaseUnavailable,
      `Maven 3.8+ is needed to fetch Neo4j the first time: install maven, ${OR_EXTERNAL}`,
    );
  }
}
