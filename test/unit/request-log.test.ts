import { ApolloServer } from '@apollo/server';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/api/context.js';
import { useRequestLog } from '../../src/api/plugins/request-log.js';
import { createLogger } from '../../src/log/logger.js';

/** A logger that writes its JSON lines into an array. */
function capturedLogger(level: 'info' | 'warn' = 'info') {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: createLogger({ level, format: 'json' }, sink), lines };
}

async function runOperation(logger: ReturnType<typeof createLogger>, query: string, queries: number) {
  const server = new ApolloServer<ApiContext>({
    typeDefs: 'type Query { hello: String }',
    resolvers: { Query: { hello: () => 'world' } },
    plugins: [useRequestLog(logger)],
  });
  await server.start();
  const contextValue = { requestId: 'req-42', executor: { counter: { queries } } } as unknown as ApiContext;
  const response = await server.executeOperation({ query }, { contextValue });
  await server.stop();
  return response;
}

describe('the request log line', () => {
  it('names the request id, operation, duration and database query count, as one JSON line', async () => {
    const { logger, lines } = capturedLogger();
    const response = await runOperation(logger, 'query Greeting { hello }', 3);
    expect(response.http.headers.get('x-request-id')).toBe('req-42');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      msg: 'graphql request',
      requestId: 'req-42',
      operation: 'Greeting',
      dbQueries: 3,
      errors: 0,
    });
    expect(lines[0]!.durationMs).toEqual(expect.any(Number));
  });

  it('is a warning with the error count when the request failed, and obeys the level', async () => {
    const { logger, lines } = capturedLogger('warn');
    await runOperation(logger, '{ hello }', 0);
    await runOperation(logger, '{ nope }', 0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, operation: null, errors: 1 });
  });
});
