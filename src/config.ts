import { homedir } from 'node:os';
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

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LogConfig {
  level: LogLevel;
  /** `auto`: human-readable lines on a terminal, JSON lines otherwise. */
  format: 'auto' | 'json' | 'pretty';
}

export interface Config {
  neo4j: Neo4jConfig;
  api: ApiConfig;
  log: LogConfig;
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
      artifactCache:
        env.EVENTGRAPH_NEO4J_CACHE || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'eventgraph', 'neo4j'),
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
    log: {
      level: oneOf(env, 'EVENTGRAPH_LOG_LEVEL', LOG_LEVELS, 'info'),
      format: oneOf(env, 'EVENTGRAPH_LOG_FORMAT', ['auto', 'json', 'pretty'] as const, 'auto'),
    },
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

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  return fail(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
}

function fail(name: string, problem: string): never {
  throw new EventGraphError(ErrorCode.BadConfig, `configuration: ${name} ${problem}`);
}
