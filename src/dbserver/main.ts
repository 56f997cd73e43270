#!/usr/bin/env node
/** `tsx src/dbserver/main.ts start|stop|status`: the local Neo4j for development and tests. */
import { reportFatal } from '../cli/report-fatal.js';
import { loadConfig } from '../config.js';
import { ErrorCode, EventGraphError } from '../domain/errors.js';
import { ensureNeo4j } from './ensure.js';
import { describeStatus, neo4jStatus } from './status.js';
import { stopNeo4j } from './stop.js';

async function main(command: string | undefined): Promise<number> {
  const config = loadConfig().neo4j;
  const log = (line: string): void => console.log(line);
  switch (command) {
    case 'start':
      await ensureNeo4j(config, log);
      return 0;
    case 'stop':
      await stopNeo4j(config, log);
      return 0;
    case 'status': {
      const status = await neo4jStatus(config);
      log(describeStatus(config, status));
      return status.bolt.state === 'up' ? 0 : 1;
    }
    default:
      throw new EventGraphError(ErrorCode.BadUserInput, `usage: db start|stop|status (got "${command ?? ''}")`);
  }
}

main(process.argv[2]).then((code) => (process.exitCode = code), reportFatal);
