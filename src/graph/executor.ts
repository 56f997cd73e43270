import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.js';
import { ErrorCode, EventGraphError } from '../domain/errors.js';
import type { CypherQuery } from './cypher.js';
import { recordToRow } from './convert.js';

export type Row = Record<string, unknown>;

/** Counts the Cypher statements sent, so tests and logs can see round trips per request. */
export interface QueryCounter {
  queries: number;
}

/** How long a read keeps retrying transient failures: the managed transactions' budget. */
const READ_RETRY_MS = 5_000;

/** Rows a stream pulls from the server at a time. */
const STREAM_FETCH_SIZE = 1_000;

/**
 * The one owner of database access. Reads and writes go through here, with a timeout on every
 * transaction and rows converted to plain objects. `scoped()` gives a view with its own counter
 * (one per GraphQL request) over the same driver.
 */
export class Executor {
  private constructor(
    private readonly driver: Driver,
    private readonly config: Neo4jConfig,
    readonly counter: QueryCounter,
    /** Every session of this process waits for the writes this process committed (causal consistency). */
    private readonly bookmarkManager: BookmarkManager,
    /** Writes committed elsewhere (another API replica) that this view's reads must see. */
    private readonly awaitedBookmarks: string[] = [],
  ) {}

  static connect(config: Neo4jConfig): Executor {
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 30_000,
      // An unreachable database should fail an API request in seconds, not after the default 30 s of retries.
      connectionTimeout: 5_000,
      maxTransactionRetryTime: READ_RETRY_MS,
    });
    return new Executor(driver, config, { queries: 0 }, neo4j.bookmarkManager());
  }

  /** A view with its own query counter; its reads also wait for `bookmarks` (from another process). */
  scoped(bookmarks: readonly string[] = []): Executor {
    return new Executor(this.driver, this.config, { queries: 0 }, this.bookmarkManager, [...bookmarks]);
  }

  /** Bookmarks of everything this process has committed: a reader elsewhere passes them to see it. */
  async bookmarks(): Promise<string[]> {
    return [...(await this.bookmarkManager.getBookmarks())];
  }

  /**
   * One read statement in an auto-commit transaction: one round trip (RUN and PULL pipelined),
   * where a managed transaction adds BEGIN and COMMIT. Transient failures (a full transaction
   * memory pool under load, a deadlock) are retried with backoff, as managed transactions are.
   */
  async read(query: CypherQuery): Promise<Row[]> {
    this.counter.queries += 1;
    const deadline = Date.now() + READ_RETRY_MS;
    for (let delay = 25; ; delay *= 2) {
      try {
        return await this.readOnce(query);
      } catch (error) {
        if (!neo4j.isRetryableError(error) || Date.now() + delay > deadline) throw asDatabaseError(error);
        await new Promise((resolve) => setTimeout(resolve, delay * (0.8 + 0.4 * Math.random())));
      }
    }
  }

  /**
   * One read statement whose rows are pulled as they are consumed (the driver fetches them in
   * chunks), so that exporting a large graph keeps memory flat. No timeout: an export is long.
   */
  async *stream(query: CypherQuery): AsyncGenerator<Row> {
    this.counter.queries += 1;
    const session = this.driver.session({
      database: this.config.database,
      defaultAccessMode: neo4j.session.READ,
      fetchSize: STREAM_FETCH_SIZE,
    });
    try {
      for await (const record of session.run(query.text, query.params)) yield recordToRow(record);
    } catch (error) {
      throw asDatabaseError(error);
    } finally {
      await session.close();
    }
  }

  async write(query: CypherQuery): Promise<Row[]> {
    return this.writeSession((tx) => this.run(tx, query));
  }

  /** Several statements in one write transaction: all of them commit, or none. */
  async writeTransaction<T>(work: (run: (query: CypherQuery) => Promise<Row[]>) => Promise<T>): Promise<T> {
    return this.writeSession((tx) => work((query) => this.run(tx, query)));
  }

  async ping(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity({ database: this.config.database });
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async readOnce(query: CypherQuery): Promise<Row[]> {
    const session = this.driver.session(this.sessionConfig(neo4j.session.READ));
    try {
      const result = withoutCallerStack(() =>
        session.run(query.text, query.params, { timeout: this.config.queryTimeoutMs }),
      );
      return rowsOf(await result);
    } finally {
      await session.close();
    }
  }

  private sessionConfig(defaultAccessMode: typeof neo4j.session.READ | typeof neo4j.session.WRITE) {
    return {
      database: this.config.database,
      defaultAccessMode,
      bookmarkManager: this.bookmarkManager,
      bookmarks: this.awaitedBookmarks,
    };
  }

  private async run(tx: ManagedTransaction, query: CypherQuery): Promise<Row[]> {
    this.counter.queries += 1;
    return rowsOf(await tx.run(query.text, query.params));
  }

  /** A managed write transaction: retried on transient errors, committed or rolled back whole. */
  private async writeSession<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session(this.sessionConfig(neo4j.session.WRITE));
    try {
      return await session.executeWrite(work, { timeout: this.config.writeTimeoutMs });
    } catch (error) {
      throw asDatabaseError(error);
    } finally {
      await session.close();
    }
  }
}

function rowsOf(result: QueryResult): Row[] {
  return result.records.map(recordToRow);
}

function asDatabaseError(error: unknown): unknown {
  if (error instanceof EventGraphError) return error;
  if (error instanceof neo4j.Neo4jError && (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired')) {
    return new EventGraphError(ErrorCode.DatabaseUnavailable, `Neo4j is not reachable: ${error.message}`, {
      cause: error,
    });
  }
  if (error instanceof neo4j.Neo4jError && error.code === 'Neo.ClientError.Security.Unauthorized') {
    return new EventGraphError(ErrorCode.DatabaseAuthFailed, `Neo4j refuses our credentials: ${error.message}`, {
      cause: error,
    });
  }
  return error;
}

/**
 * Runs `start` with stack capture off. The driver captures and formats the caller's stack for
 * every result it creates (to put it on a later error), which costs more than decoding a small
 * answer; our errors are mapped to the error vocabulary and logged by request, so reads skip it.
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
