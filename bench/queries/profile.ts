import type { Driver } from 'neo4j-driver';
import { startApiServer } from '../../src/api/server.js';
import type { App } from '../../src/app.js';
import type { CypherQuery } from '../../src/graph/cypher.js';
import type { Executor } from '../../src/graph/executor.js';
import { sessionOf } from '../db.js';
import { OPERATIONS, type OperationInputs, type OperationName } from './operations.js';

export interface ProfiledStatement {
  /** The first line of the Cypher text, to recognise it. */
  head: string;
  dbHits: number;
  rows: number;
  ms: number;
  /** The operators with the most db hits: "Expand(All) 120000 hits, 40000 rows". */
  heaviest: string[];
  /** Set when the statement failed (e.g. over the transaction memory limit). */
  error?: string;
}

export interface OperationProfile {
  operation: OperationName;
  ours: ProfiledStatement[];
  cypher: ProfiledStatement;
}

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: PlanNode[];
}

/**
 * PROFILE of what one request costs the database: our API's statements (captured by running
 * the request through an in-process API whose executor records every query), and the
 * hand-written Cypher, with the same inputs (the first of each operation's list).
 */
export async function profileOperations(
  app: App,
  driver: Driver,
  inputs: OperationInputs,
): Promise<OperationProfile[]> {
  const captured: CypherQuery[] = [];
  const config = { ...app.config.api, port: 0 };
  const api = await startApiServer({
    config,
    executor: capturing(app.executor, captured),
    ingest: app.ingest,
  });
  const out: OperationProfile[] = [];
  try {
    for (const spec of OPERATIONS) {
      captured.length = 0;
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(spec.ours(inputs, 0)),
      });
      await response.text();
      const ours: ProfiledStatement[] = [];
      for (const query of [...captured]) ours.push(await profile(driver, app, query.text, query.params));
      out.push({
        operation: spec.name,
        ours,
        cypher: await profile(driver, app, spec.cypher.text, spec.cypher.params(inputs, 0)),
      });
    }
  } finally {
    await api.stop();
    api.httpServer.close();
  }
  return out;
}

/** An Executor that records every read it is asked for, then runs it. */
function capturing(inner: Executor, sink: CypherQuery[]): Executor {
  const wrapper = Object.create(inner) as Executor;
  wrapper.read = (query: CypherQuery) => {
    sink.push(query);
    return inner.read(query);
  };
  wrapper.scoped = () => capturing(inner.scoped(), sink);
  return wrapper;
}

async function profile(
  driver: Driver,
  app: App,
  text: string,
  params: Record<string, unknown>,
): Promise<ProfiledStatement> {
  const session = sessionOf(driver, app.config.neo4j);
  const head = text.trim().split('\n')[0]!.trim().slice(0, 90);
  try {
    const t0 = performance.now();
    const result = await session.run(`PROFILE ${text}`, params);
    const ms = performance.now() - t0;
    const root = result.summary.profile as unknown as PlanNode | false;
    const nodes: PlanNode[] = [];
    const walk = (n: PlanNode) => {
      nodes.push(n);
      n.children.forEach(walk);
    };
    if (root) walk(root);
    const heaviest = [...nodes]
      .sort((a, b) => b.dbHits - a.dbHits)
      .slice(0, 3)
      .filter((n) => n.dbHits > 0)
      .map((n) => `${n.operatorType.replace(/@.*$/, '')} ${n.dbHits} hits, ${n.rows} rows`);
    return {
      head,
      dbHits: nodes.reduce((s, n) => s + n.dbHits, 0),
      rows: root ? root.rows : 0,
      ms,
      heaviest,
    };
  } catch (error) {
    return {
      head,
      dbHits: NaN,
      rows: 0,
      ms: NaN,
      heaviest: [],
      error: String((error as Error).message ?? error).slice(0, 200),
    };
  } finally {
    await session.close();
  }
}
