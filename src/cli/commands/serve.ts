import { join } from 'node:path';
import type { Command } from 'commander';
import { startApiServer } from '../../api/server.js';
import { type App, openApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { ensureNeo4j } from '../../dbserver/ensure.js';
import { ArticleRepository } from '../../graph/article/repository.js';
import { createLogger } from '../../log/logger.js';
import { readSources } from '../../parse/sources.js';
import { repoRoot } from '../../paths.js';
import { printNote, printResult } from '../output.js';
import { summaryLine } from './ingest.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API (Neo4j must be running: eventgraph db start)')
    .action(async () => serve(await openApp()));

  program
    .command('start')
    .description('start or reuse Neo4j, ingest examples/ if the graph is empty, and serve GraphQL with Sandbox')
    .action(async () => {
      const config = loadConfig();
      await ensureNeo4j(config.neo4j, printNote);
      const app = await openApp(config);
      await ingestExamplesIfEmpty(app);
      await serve(app);
    });
}

async function ingestExamplesIfEmpty(app: App): Promise<void> {
  if ((await new ArticleRepository(app.executor).count({})) > 0) return;
  const summary = await app.ingest.ingestStream(readSources([join(repoRoot(), 'examples')]));
  printNote(`the graph was empty: ${summaryLine(summary)} from examples/`);
}

/** Serves until SIGINT/SIGTERM; when the server cannot start, the database connection is closed first. */
async function serve(app: App): Promise<void> {
  const logger = createLogger(app.config.log);
  const api = await startApiServer({
    config: app.config.api,
    executor: app.executor,
    ingest: app.ingest,
    logger,
  }).catch(async (error: unknown) => {
    await app.close();
    throw error;
  });
  const sandbox = app.config.api.production ? '' : ' (open it in a browser for Apollo Sandbox)';
  printResult(`EventGraph GraphQL API at ${api.url}${sandbox}; health at ${api.url.replace(/graphql$/, 'health')}`);
  logger.info({ url: api.url }, 'serving');
  const shutdown = async () => {
    logger.info('shutting down');
    await api.stop();
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
