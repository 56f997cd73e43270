import type { Neo4jConfig } from '../config.js';
import { composeServiceRunning, dockerEngineAnswers } from './docker.js';
import { paths } from './paths.js';
import { runningLauncher } from './process.js';
import { type BoltProbe, probeBolt } from './wait-for-bolt.js';

export interface Neo4jStatus {
  bolt: BoltProbe;
  /** Who runs it, as far as this project knows. */
  how: 'external' | 'maven' | 'docker' | 'unknown' | 'none';
  pid?: number;
}

export async function neo4jStatus(config: Neo4jConfig): Promise<Neo4jStatus> {
  const bolt = await probeBolt(config);
  if (config.external) return { bolt, how: 'external' };
  const launcher = await runningLauncher(paths.pidFile);
  if (launcher?.boltPort === config.boltPort) return { bolt, how: 'maven', pid: launcher.pid };
  if (dockerEngineAnswers() && (await composeServiceRunning(config))) return { bolt, how: 'docker' };
  return { bolt, how: bolt.state === 'down' ? 'none' : 'unknown' };
}

export function describeStatus(config: Neo4jConfig, status: Neo4jStatus): string {
  const by = {
    external: 'external server (NEO4J_URI)',
    maven: `local JVM started by eventgraph db start, pid ${status.pid}`,
    docker: 'docker compose service neo4j',
    unknown: 'not started by this project',
    none: 'nothing running',
  }[status.how];
  const { bolt } = status;
  if (bolt.state === 'up') return `Neo4j ${bolt.version} answers at ${config.uri} (user ${config.user}; ${by})`;
  if (bolt.state === 'unauthorized')
    return `Neo4j at ${config.uri} refuses the configured password (${by}): ${bolt.reason}`;
  return `Neo4j does not answer at ${config.uri} (${by})`;
}
