import { loadConfig, type Config } from './config.js';
import { ErrorCode, EventGraphError } from './domain/errors.js';
import type { Extractor } from './extract/extractor.js';
import { createRuleExtractor } from './extract/index.js';
import { Executor } from './graph/executor.js';
import { applySchema } from './graph/schema.js';
import { IngestService } from './pipeline/ingest.js';

/** The composition root: configuration, the database, the extractor and the ingest service. */
export interface App {
  config: Config;
  executor: Executor;
  extractor: Extractor;
  ingest: IngestService;
  close(): Promise<void>;
}

export async function openApp(
  config: Config = loadConfig(),
  extractor: Extractor = createRuleExtractor(),
): Promise<App> {
  const executor = Executor.connect(config.neo4j);
  if (!(await executor.ping())) {
    await executor.close();
    throw new EventGraphError(
      ErrorCode.DatabaseUnavailable,
      `Neo4j does not answer at ${config.neo4j.uri}: start it with \`npx eventgraph db start\`, or set NEO4J_URI to a running server`,
    );
  }
  await applySchema(executor);
  return {
    config,
    executor,
    extractor,
    ingest: new IngestService(executor, extractor),
    close: () => executor.close(),
  };
}
