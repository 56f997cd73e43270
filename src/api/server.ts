import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { ApiConfig } from '../config.js';
import type { Executor } from '../graph/executor.js';
import { type Logger, silentLogger } from '../log/logger.js';
import type { IngestService } from '../pipeline/ingest.js';
import { BOOKMARKS_HEADER, decodeBookmarks, useBookmarksHeader } from './bookmarks.js';
import { createContext, type ApiContext } from './context.js';
import { useCostLimit } from './limits/cost.js';
import { LookaheadCache } from './lookahead/cache.js';
import { corsOptions } from './limits/cors.js';
import { MutationRateLimiter, useMutationRateLimit } from './limits/rate-limit.js';
import { API_KEY_HEADER, bodyErrorsAsJson, limitQueryLength, requireKeyBeforeReading } from './limits/request-guard.js';
import { maxAliases, maxDepth } from './limits/rules.js';
import { limitFragmentDepth } from './limits/fragments.js';
import { useHttpStatusFromErrors } from './plugins/http-status.js';
import { useErrorMasking } from './plugins/mask-errors.js';
import { useNoStoreHeader } from './plugins/no-store.js';
import { useQueryCountHeader } from './plugins/query-count.js';
import { useRequestLog } from './plugins/request-log.js';
import { buildResolvers } from './resolvers/index.js';
import { loadTypeDefs } from './schema.js';
import { withOfflineIdeNote } from '../web/landing-page.js';
import { webRouter } from '../web/router.js';

export interface ApiServerDeps {
  config: ApiConfig;
  executor: Executor;
  ingest: IngestService;
  /** Where request lines and unexpected errors go; silent when not given. */
  logger?: Logger;
}

export interface RunningApi {
  url: string;
  httpServer: Server;
  stop(): Promise<void>;
}

/** HTTP handling (Express: /health, /graphql) apart from the GraphQL pipeline (Apollo Server). */
export async function startApiServer(deps: ApiServerDeps): Promise<RunningApi> {
  const logger = deps.logger ?? silentLogger;
  const log = (line: string): void => logger.error(line);
  const { config } = deps;
  const contextDeps = { ...deps, lookahead: new LookaheadCache() };
  const app = express();
  // GraphQL answers are never cached (no-store): hashing each body for an ETag is wasted work
  app.set('etag', false);
  const httpServer = createServer(app);
  const apollo = new ApolloServer<ApiContext>({
    typeDefs: loadTypeDefs(),
    resolvers: buildResolvers(),
    introspection: config.introspection,
    hideSchemaDetailsFromClientErrors: !config.introspection,
    parseOptions: { maxTokens: config.maxTokens },
    formatError: useErrorMasking({ production: config.production, log }),
    validationRules: [maxAliases(config.maxAliases), maxDepth(config.maxDepth)],
    plugins: [
      useCostLimit(config.maxCost),
      useMutationRateLimit(new MutationRateLimiter(config.mutationsPerMinute)),
      useQueryCountHeader(),
      useRequestLog(logger),
      useBookmarksHeader(),
      useHttpStatusFromErrors(),
      ApolloServerPluginCacheControlDisabled(),
      useNoStoreHeader(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The IDEs follow the introspection switch: without the schema they cannot work.
      !config.introspection
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : withOfflineIdeNote(ApolloServerPluginLandingPageLocalDefault({ footer: false, embed: true })),
    ],
  });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    const neo4j = await deps.executor.ping();
    res.status(neo4j ? 200 : 503).json({ status: neo4j ? 'ok' : 'unavailable', neo4j });
  });
  app.use(webRouter({ graphiql: config.introspection }));
  app.use(
    '/graphql',
    cors<cors.CorsRequest>(corsOptions(config.corsOrigins)),
    // Cheap checks first: the key on the headers, then the body's size while it is read.
    requireKeyBeforeReading(config.requireKeyForReads, config.apiKeys),
    express.json({ limit: config.maxBodyBytes }),
    bodyErrorsAsJson,
    limitQueryLength(config.maxQueryChars),
    limitFragmentDepth(config.maxFragmentDepth, config.maxTokens),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(contextDeps, {
          apiKey: req.header(API_KEY_HEADER) ?? undefined,
          requestId: req.header('x-request-id') ?? crypto.randomUUID(),
          clientAddress: req.ip ?? 'unknown',
          bookmarks: decodeBookmarks(req.header(BOOKMARKS_HEADER)),
        }),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${config.host}:${port}/graphql`,
    httpServer,
    stop: () => apollo.stop(),
  };
}
