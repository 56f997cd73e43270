import { ErrorCode, EventGraphError } from './domain/errors.js';

/**
 * All configuration, read from the environment and validated here and nowhere else.
 * Every other module receives the parts it needs as arguments.
 */
export interface Neo4jConfig {
  /** Set when NEO4J_URI is given: use that server, start nothing. */
  external: boolean;
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  /** Bolt port of the server the project starts itself (docker or Maven). */
  boltPort: number;
  httpPort: number;
  /** Timeout of one database call, in milliseconds. */
  queryTimeoutMs: number;
}

export interface ApiConfig {
  port: number;
  host: string;
  production: boolean;
  /** Keys accepted in the `x-api-key` header for mutations; empty means mutations are closed. */
  apiKeys: string[];
  /** When true, reads need a key too. */
  requireKeyForReads: boolean;
  maxPageSize: number;
  maxDepth: number;
  /** Estimated cost (fields × page sizes) above which an operation is refused. */
  maxCost: number;
}

/** Fetching pages and feeds over http(s). */
export interface FetchConfig {
  /** Whole request, headers and body, in milliseconds. */
  timeoutMs: number;
  /** A larger response is refused. */
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  /** Pages fetched at once from a URL list or a feed. */
  concurrency: number;
}

export interface Config {
  neo4j: Neo4jConfig;
  api: ApiConfig;
  fetch: FetchConfig;
}

type Env = Record<string, string | undefined>;

export const DEFAULT_PASSWORD = 'eventgraph-dev';

export function loadConfig(env: Env = process.env): Config {
  const boltPort = int(env, 'NEO4J_BOLT_PORT', 7687, 1, 65535);
  const external = Boolean(env.NEO4J_URI);
  const production = env.NODE_ENV === 'production';
  return {
    neo4j: {
      external,
      uri: env.NEO4J_URI || `bolt://127.0.0.1:${boltPort}`,
      user: env.NEO4J_USER || 'neo4j',
      password:
        env.NEO4J_PASSWORD || (external ? fail('NEO4J_PASSWORD', 'is required with NEO4J_URI') : DEFAULT_PASSWORD),
      database: env.NEO4J_DATABASE || undefined,
      boltPort,
      httpPort: int(env, 'NEO4J_HTTP_PORT', 7474, 1, 65535),
      queryTimeoutMs: int(env, 'EVENTGRAPH_QUERY_TIMEOUT_MS', 15_000, 100, 600_000),
    },
    api: {
      port: int(env, 'PORT', 4000, 0, 65535),
      host: env.HOST || '127.0.0.1',
      production,
      apiKeys: (env.EVENTGRAPH_API_KEYS ?? '')
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean),
      requireKeyForReads: bool(env, 'EVENTGRAPH_KEYED_READS', false),
      maxPageSize: int(env, 'EVENTGRAPH_MAX_PAGE_SIZE', 100, 1, 1000),
      maxDepth: int(env, 'EVENTGRAPH_MAX_DEPTH', 15, 2, 50),
      maxCost: int(env, 'EVENTGRAPH_MAX_COST', 50_000, 10, 10_000_000),
    },
    fetch: loadFetchConfig(env),
  };
}

export const DEFAULT_USER_AGENT =
  'EventGraph/0.1 (news article ingester for a knowledge graph; one request per article)';

/** Fetch limits alone: the CLI's extract command reads pages without a database. */
export function loadFetchConfig(env: Env = process.env): FetchConfig {
  return {
    timeoutMs: int(env, 'EVENTGRAPH_FETCH_TIMEOUT_MS', 20_000, 100, 600_000),
    maxBytes: int(env, 'EVENTGRAPH_FETCH_MAX_BYTES', 5_000_000, 1_000, 200_000_000),
    maxRedirects: int(env, 'EVENTGRAPH_FETCH_MAX_REDIRECTS', 5, 0, 20),
    userAgent: env.EVENTGRAPH_USER_AGENT || DEFAULT_USER_AGENT,
    concurrency: int(env, 'EVENTGRAPH_FETCH_CONCURRENCY', 4, 1, 64),
  };
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    return fail(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  return fail(name, `must be true or false, got "${raw}"`);
}

function fail(name: string, problem: string): never {
  throw new EventGraphError(ErrorCode.BadConfig, `configuration: ${name} ${problem}`);
}
