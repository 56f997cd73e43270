/**
 * Child process of the query stage: serves the same database three ways on 127.0.0.1, each on
 * a free port: (a) this project's API, (b) @neo4j/graphql 7 on its own Apollo Server (the same
 * Express integration as ours), (c) a minimal HTTP endpoint per operation that runs the
 * hand-written Cypher through neo4j-driver. Stops when the parent says so.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import { startApiServer } from '../../src/api/server.js';
import { openApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { runAsChild } from '../child.js';
import { openDriver, sessionOf } from '../db.js';
import { NEO4J_GRAPHQL_TYPEDEFS } from './neo4j-graphql-schema.js';
import { CpuProfiler } from './cpu-profile.js';
import { OPERATIONS } from './operations.js';

export interface ServerUrls {
  ours: string;
  neo4jGraphql: string;
  cypher: string;
}

const HOST = '127.0.0.1';

await runAsChild(async () => {
  const config = loadConfig({ ...process.env, PORT: '0', HOST });
  const app = await openApp(config);
  const ours = await startApiServer({ config: config.api, executor: app.executor, ingest: app.ingest });

  // (b) @neo4j/graphql 7: its own driver, schema generated from the type definitions
  const n4gDriver = openDriver(config.neo4j, 100);
  const n4gSchema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPEDEFS, driver: n4gDriver }).getSchema();
  const n4gApollo = new ApolloServer({ schema: n4gSchema });
  await n4gApollo.start();
  const n4gApp = express();
  const sessionConfig = config.neo4j.database ? { database: config.neo4j.database } : undefined;
  n4gApp.use(
    '/graphql',
    express.json({ limit: '5mb' }),
    expressMiddleware(n4gApollo, { context: async () => ({ sessionConfig }) }),
  );
  const n4gServer = createServer(n4gApp);
  const n4gUrl = `http://${HOST}:${await listen(n4gServer)}/graphql`;

  // (c) the Cypher floor: POST /cypher/<operation> with the parameters as JSON
  const cypherDriver = openDriver(config.neo4j, 100);
  const texts = new Map<string, string>(OPERATIONS.map((o) => [o.name, o.cypher.text]));
  const cypherServer = createServer(async (req, res) => {
    try {
      const text = texts.get((req.url ?? '').replace(/^\/cypher\//, ''));
      if (req.method !== 'POST' || !text) {
        res.writeHead(404).end();
        return;
      }
      const params = JSON.parse(await readBody(req)) as Record<string, unknown>;
      const session = sessionOf(cypherDriver, config.neo4j);
      try {
        const result = await session.executeRead((tx) => tx.run(text, params), {
          timeout: config.neo4j.queryTimeoutMs,
        });
        const body = JSON.stringify({ data: result.records.map((r) => r.toObject()) });
        res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      } finally {
        await session.close();
      }
    } catch (error) {
      res
        .writeHead(500, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  });
  const cypherUrl = `http://${HOST}:${await listen(cypherServer)}/cypher`;

  // the parent may profile this process's CPU over a load window
  const profiler = new CpuProfiler();
  process.on('message', (m) => {
    const type = (m as { type?: string }).type;
    if (type === 'cpu-start') void profiler.start().then(() => process.send!({ type: 'cpu-started' }));
    if (type === 'cpu-stop') void profiler.stop().then((summary) => process.send!({ type: 'cpu-profile', summary }));
  });

  const urls: ServerUrls = { ours: ours.url, neo4jGraphql: n4gUrl, cypher: cypherUrl };
  process.send!({ type: 'ready', urls });
  await new Promise<void>((resolve) =>
    process.on('message', (m) => (m as { type?: string }).type === 'stop' && resolve()),
  );

  await ours.stop();
  ours.httpServer.close();
  await n4gApollo.stop();
  await Promise.all([close(n4gServer), close(cypherServer)]);
  await Promise.all([n4gDriver.close(), cypherDriver.close(), app.close()]);
  return { stopped: true };
});

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, HOST, () => resolve((server.address() as AddressInfo).port));
  });
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
