import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { printNote, printResult } from '../output.js';

/** `eventgraph db start|stop|status`: the Neo4j this project runs for development and tests. */
export function registerDb(program: Command): void {
  const db = program
    .command('db')
    .description('start, stop or check the local Neo4j (docker compose, or a JVM fetched from Maven Central)');
  db.command('start')
    .description('start Neo4j, or reuse the one that answers; progress on stderr')
    .action(async () => {
      // Loaded when a command runs, so that --help and --version stay instant.
      const { ensureNeo4j } = await import('../../dbserver/ensure.js');
      await ensureNeo4j(loadConfig().neo4j, printNote);
    });
  db.command('stop')
    .description('stop the Neo4j this project started (never an external NEO4J_URI server)')
    .action(async () => {
      const { stopNeo4j } = await import('../../dbserver/stop.js');
      await stopNeo4j(loadConfig().neo4j, printNote);
    });
  db.command('status')
    .description('say whether Neo4j answers, and who runs it; exit code 1 when it does not answer')
    .action(async () => {
      const { describeStatus, neo4jStatus } = await import('../../dbserver/status.js');
      const config = loadConfig().neo4j;
      const status = await neo4jStatus(config);
      printResult(describeStatus(config, status));
      if (status.bolt.state !== 'up') process.exitCode = 1;
    });
}
