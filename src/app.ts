import { loadConfig, type Config } from './config.js';
import { ErrorCode, EventGraphError } from './domain/errors.js';
import type { Extractor } from './extract/extractor.js';
import { createRuleExtractor } from './extract/index.js';
import { Executor } from './graph/executor.js';
import { applySchema } from './graph/schema.js';
import { ExtractionPool } from './pipeline/extraction-pool.js';
import { type ArticleExtraction, InlineExtraction } from './pipeline/extraction.js';
import { IngestService } from './pipeline/ingest.js';

/**
 * The composition root: configuration, the database, the extractor and the ingest service.
 * The default rule extractor runs in a pool of worker threads; an extractor given here (a
 * test's recorded one, a model client) runs in this thread.
 */
export interface App {
  config: Config;
  executor: Executor;
  extractor: Extractor;
  ingest: IngestService;
  close(): Promise<void>;
}

export async function openApp(config: Config = loadConfig(), given?: Extractor): Promise<App> {
  const extractor = given ?? createRuleExtractor();
  const executor = Executor.connect(config.neo4j);
  if (!(await executor.ping())) {
    await executor.close();
    throw new EventGraphError(
      ErrorCode.DatabaseUnavailable,
      `Neo4j does not answer at ${config.neo4j.uri}: start it with \`npx eventgraph db start\`, or set NEO4J_URI to a running server`,
    );
  }
  await applySchema(executor);
  const { timeoutMs, workers, maxArticleChars } = config.extraction;
  const extraction: ArticleExtraction = given
    ? new InlineExtraction(given, timeoutMs)
    : new ExtractionPool(workers, timeoutMs);
  return {
    config,
    executor,
    extractor,
    ingest: new IngestService(executor, extraction, { maxArticleChars }),
    close: async () => {
      await extraction.close();
      await executor.close();
    },
  };
}
