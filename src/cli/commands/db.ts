import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { ensureNeo4j } from '../../dbserver/ensure.js';
import { describeStatus, neo4jStatus } from '../../dbserver/status.js';
import { stopNeo4j } from '../../dbserver/stop.js';
import { printNote, printResult } from '../output.js';

/** `eventgraph db start|stop|status`: the Neo4j this project runs for development and tests. */
export function registerDb(program: Command): void {
  const db = program
    .command('db')
    .description('start, stop or check the local Neo4j (docker compose, or a JVM fetched from Maven Central)');
  db.command('start')
    .description('start Neo4j, or reuse the one that answers; progress on stderr')
    .action(async () => {
      await ensureNeo4j(loadConfig().neo4j, printNote);
    });
  db.command('stop')
    .description('stop the Neo4j this project started (never an external NEO4J_URI server)')
    .action(async () => {
      await stopNeo4j(loadConfig().neo4j, printNote);
    });
  db.command('status')
    .description('say whether Neo4j answers, and who runs it; exit code 1 when it does not answer')
    .action(async () => {
      const config = loadConfig().neo4j;
      const status = await neo4jStatus(config);
      printResult(describeStatus(config, status));
      if (status.bolt.state !== 'up') process.exitCode = 1;
    });
}
