import { loadConfig } from '../../src/config.js';
import { ensureNeo4j } from '../../src/dbserver/ensure.js';
import { stopNeo4j } from '../../src/dbserver/stop.js';

/** Starts Neo4j when none answers; stops it afterwards only if this run started it. */
export default async function setup(): Promise<() => Promise<void>> {
  const config = loadConfig().neo4j;
  const result = await ensureNeo4j(config, (line) => console.error(`[neo4j] ${line}`));
  return async () => {
    if (result.startedHere) await stopNeo4j(config);
  };
}
