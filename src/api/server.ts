import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
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
import type { IngestService } from '../pipeline/ingest.js';
import { createContext, type ApiContext } from './context.js';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { useCostLimit } from './plugins/cost-limit.js';
import { useKeyedReads } from './plugins/keyed-reads.js';
import { useErrorMasking } from './plugins/mask-errors.js';
import { useQueryCountHeader } from './plugins/query-count.js';
import { buildResolvers } from './resolvers/index.js';
import { loadTypeDefs } from './schema.js';
import { withOfflineIdeNote } from '../web/landing-page.js';
import { webRouter } from '../web/router.js';

export interface ApiServerDeps {
  config: ApiConfig;
  executor: Executor;
  ingest: IngestService;
  log?: (line: string) => void;
}

export interface RunningApi {
  url: string;
  httpServer: Server;
  stop(): Promise<void>;
}

/** HTTP handling (Express: /health, /graphql) apart from the GraphQL pipeline (Apollo Server). */
export async function startApiServer(deps: ApiServerDeps): Promise<RunningApi> {
  const log = deps.log ?? ((line: string) => console.error(line));
  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer<ApiContext>({
    typeDefs: loadTypeDefs(),
    resolvers: buildResolvers(),
    introspection: true,
    formatError: useErrorMasking({ production: deps.config.production, log }),
    validationRules: [
      maxDepthRule({
        n: deps.config.maxDepth,
        ignoreIntrospection: true,
        exposeLimits: true,
        // Report as a validation error (400, GRAPHQL_VALIDATION_FAILED) rather than throwing.
        propagateOnRejection: false,
        onReject: [(context, error) => context?.reportError(error)],
      }),
    ],
    plugins: [
      useKeyedReads(deps.config.requireKeyForReads),
      useCostLimit(deps.config.maxCost),
      useQueryCountHeader(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      deps.config.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : withOfflineIdeNote(ApolloServerPluginLandingPageLocalDefault({ footer: false, embed: true })),
    ],
  });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    const neo4j = await deps.executor.ping();
    res.status(neo4j ? 200 : 503).json({ status: neo4j ? 'ok' : 'unavailable', neo4j });
  });
  app.use(webRouter({ graphiql: !deps.config.production }));
  app.use(
    '/graphql',
    cors<cors.CorsRequest>(),
    express.json({ limit: '5mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(deps, req.header('x-api-key') ?? undefined, req.header('x-request-id') ?? crypto.randomUUID()),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(deps.config.port, deps.config.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${deps.config.host}:${port}/graphql`,
    httpServer,
    stop: () => apollo.stop(),
  };
}
