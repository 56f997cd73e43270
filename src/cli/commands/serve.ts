import { join } from 'node:path';
import type { Command } from 'commander';
import type { App } from '../../app.js';
import { loadConfig } from '../../config.js';
import { repoRoot } from '../../paths.js';
import { printNote, printResult } from '../output.js';
import { summaryLine } from './ingest.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API (Neo4j must be running: eventgraph db start)')
    .action(async () => {
      // Loaded when a command runs, so that --help and --version stay instant.
      const { openApp } = await import('../../app.js');
      await serve(await openApp());
    });

  program
    .command('start')
    .description('start or reuse Neo4j, ingest examples/ if the graph is empty, and serve GraphQL with Sandbox')
    .action(async () => {
      const config = loadConfig();
      const { ensureNeo4j } = await import('../../dbserver/ensure.js');
      const { openApp } = await import('../../app.js');
      await ensureNeo4j(config.neo4j, printNote);
      const app = await openApp(config);
      await ingestExamplesIfEmpty(app);
      await serve(app);
    });
}

async function ingestExamplesIfEmpty(app: App): Promise<void> {
  const { ArticleRepository } = await import('../../graph/article/repository.js');
  const { readSources } = await import('../../parse/sources.js');
  if ((await new ArticleRepository(app.executor).count({})) > 0) return;
  const summary = await app.ingest.ingestStream(readSources([join(repoRoot(), 'examples')]));
  printNote(`the graph was empty: ${summaryLine(summary)} from examples/`);
}

/** Serves until SIGINT/SIGTERM; when the server cannot start, the database connection is closed first. */
async function serve(app: App): Promise<void> {
  const { startApiServer } = await import('../../api/server.js');
  const { createLogger } = await import('../../log/logger.js');
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
