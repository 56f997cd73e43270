import { availableParallelism, homedir } from 'node:os';
import { join } from 'node:path';
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
  /** HTTP port (Neo4j Browser) of the server the project starts; left off when taken. */
  httpPort: number;
  /**
   * Where the Neo4j jars fetched from Maven Central are kept, shared by every checkout on the
   * machine (each checkout keeps its own data in .neo4j/).
   */
  artifactCache: string;
  /** Timeout of one database read, in milliseconds. */
  queryTimeoutMs: number;
  /** Timeout of one write transaction (a batch of articles, a curation), in milliseconds. */
  writeTimeoutMs: number;
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
  /** Estimated database cost (see src/api/limits/cost.ts) above which an operation is refused. */
  maxCost: number;
  /** Aliased fields one document may hold. */
  maxAliases: number;
  /** How deep fragments may spread fragments. */
  maxFragmentDepth: number;
  /** Characters of a query, checked before it is parsed. */
  maxQueryChars: number;
  /** Tokens the GraphQL parser reads before it gives up (a bound on parsing work). */
  maxTokens: number;
  /** Bytes of a request body, checked while it is read. */
  maxBodyBytes: number;
  /** Origins allowed by CORS; `'any'` allows every origin. */
  corsOrigins: string[] | 'any';
  /** Schema introspection, and "Did you mean" suggestions in errors. */
  introspection: boolean;
  /** Mutations per API key (or per client address without one) per minute, per process. */
  mutationsPerMinute: number;
}

export interface ExtractionConfig {
  /** Articles with more characters of text are refused before extraction. */
  maxArticleChars: number;
  /** Time one article's extraction may take before it is abandoned. */
  timeoutMs: number;
  /** Worker threads extracting in parallel (per process). */
  workers: number;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LogConfig {
  level: LogLevel;
  /** `auto`: human-readable lines on a terminal, JSON lines otherwise. */
  format: 'auto' | 'json' | 'pretty';
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
  log: LogConfig;
  extraction: ExtractionConfig;
  fetch: FetchConfig;
}

/** Origins a development server allows by default: pages served from this machine. */
export const DEV_CORS_ORIGINS = ['http://localhost', 'http://127.0.0.1'];

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
      artifactCache:
        env.EVENTGRAPH_NEO4J_CACHE || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'eventgraph', 'neo4j'),
      queryTimeoutMs: int(env, 'EVENTGRAPH_QUERY_TIMEOUT_MS', 15_000, 100, 600_000),
      writeTimeoutMs: int(env, 'EVENTGRAPH_WRITE_TIMEOUT_MS', 60_000, 100, 3_600_000),
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
      maxAliases: int(env, 'EVENTGRAPH_MAX_ALIASES', 30, 0, 10_000),
      maxFragmentDepth: int(env, 'EVENTGRAPH_MAX_FRAGMENT_DEPTH', 8, 1, 100),
      maxQueryChars: int(env, 'EVENTGRAPH_MAX_QUERY_CHARS', 20_000, 100, 10_000_000),
      maxTokens: int(env, 'EVENTGRAPH_MAX_TOKENS', 5_000, 100, 1_000_000),
      maxBodyBytes: int(env, 'EVENTGRAPH_MAX_BODY_BYTES', 5_000_000, 1_000, 100_000_000),
      corsOrigins: origins(env, production),
      introspection: bool(env, 'EVENTGRAPH_INTROSPECTION', !production),
      mutationsPerMinute: int(env, 'EVENTGRAPH_MUTATIONS_PER_MINUTE', 120, 1, 1_000_000),
    },
    extraction: {
      maxArticleChars: int(env, 'EVENTGRAPH_MAX_ARTICLE_CHARS', 200_000, 1_000, 100_000_000),
      timeoutMs: int(env, 'EVENTGRAPH_EXTRACTION_TIMEOUT_MS', 30_000, 100, 3_600_000),
      workers: int(env, 'EVENTGRAPH_EXTRACTION_WORKERS', Math.max(1, Math.min(4, availableParallelism() - 1)), 1, 64),
    },
    log: {
      level: oneOf(env, 'EVENTGRAPH_LOG_LEVEL', LOG_LEVELS, 'info'),
      format: oneOf(env, 'EVENTGRAPH_LOG_FORMAT', ['auto', 'json', 'pretty'] as const, 'auto'),
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

/** EVENTGRAPH_CORS_ORIGINS: comma-separated origins, or `*`; by default none in production, this machine's pages otherwise. */
function origins(env: Env, production: boolean): string[] | 'any' {
  const raw = env.EVENTGRAPH_CORS_ORIGINS?.trim();
  if (raw === '*') return 'any';
  if (raw === undefined || raw === '') return production ? [] : DEV_CORS_ORIGINS;
  const list = raw
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const bad = list.find((o) => !/^https?:\/\/[^/\s]+$/.test(o));
  return bad ? fail('EVENTGRAPH_CORS_ORIGINS', `must list origins like https://example.org, got "${bad}"`) : list;
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

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  return fail(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
}

function fail(name: string, problem: string): never {
  throw new EventGraphError(ErrorCode.BadConfig, `configuration: ${name} ${problem}`);
}
