import { describe, expect, it } from 'vitest';
import { startApiServer } from '../../src/api/server.js';
import { loadConfig } from '../../src/config.js';
import { Executor } from '../../src/graph/executor.js';
import { InlineExtraction } from '../../src/pipeline/extraction.js';
import { IngestService } from '../../src/pipeline/ingest.js';
import { recordedExtractor } from './recorded-extractor.js';

describe('/health', () => {
  it('answers 503 when Neo4j cannot be reached, and GraphQL errors say the database is unavailable', async () => {
    const config = loadConfig({ ...process.env, PORT: '0', NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' });
    const executor = Executor.connect(config.neo4j);
    const api = await startApiServer({
      config: config.api,
      executor,
      ingest: new IngestService(executor, new InlineExtraction(recordedExtractor(), 1_000), config.extraction),
    });
    try {
      const health = await fetch(api.url.replace(/graphql$/, 'health'));
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({ status: 'unavailable', neo4j: false });
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { articles } }' }),
      });
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(response.status).toBe(503);
    } finally {
      await api.stop();
      await executor.close();
    }
  });
});
