import { createHash } from 'node:crypto';
import type { ApiConfig } from '../config.js';
import { ActorCorrections } from '../graph/actor/correct.js';
import { ActorCuration } from '../graph/actor/curate.js';
import { EventCuration } from '../graph/curation/events.js';
import type { Executor } from '../graph/executor.js';
import type { IngestService } from '../pipeline/ingest.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { LookaheadCache } from './lookahead/cache.js';
import { createRepositories, type Repositories } from './repositories.js';

/** What every resolver gets: this request's database view, repositories and loaders. */
export interface ApiContext {
  executor: Executor;
  repos: Repositories;
  loaders: Loaders;
  ingest: IngestService;
  curation: ActorCuration;
  corrections: ActorCorrections;
  eventCuration: EventCuration;
  config: ApiConfig;
  /** Actor look-aheads compiled by earlier requests (the server's, shared). */
  lookahead: LookaheadCache;
  /** Whether the request carried a valid API key. */
  authenticated: boolean;
  requestId: string;
  /** Who is calling, for rate limits: the API key, or the client's address without one. */
  caller: string;
}

export interface ContextDeps {
  executor: Executor;
  ingest: IngestService;
  config: ApiConfig;
  lookahead: LookaheadCache;
}

export interface RequestFacts {
  apiKey: string | undefined;
  requestId: string;
  clientAddress: string;
  /** Bookmarks from another replica's mutation: this request's reads wait for those writes. */
  bookmarks: string[];
}

export function createContext(deps: ContextDeps, request: RequestFacts): ApiContext {
  const { apiKey, requestId } = request;
  const executor = deps.executor.scoped(request.bookmarks);
  const repos = createRepositories(executor);
  const authenticated = apiKey !== undefined && deps.config.apiKeys.includes(apiKey);
  // Curations record which key made them: a fingerprint, never the key itself.
  const curator = authenticated ? createHash('sha256').update(apiKey).digest('hex').slice(0, 12) : null;
  return {
    executor,
    repos,
    loaders: createLoaders(repos),
    ingest: deps.ingest,
    curation: new ActorCuration(executor, curator),
    corrections: new ActorCorrections(executor, curator),
    eventCuration: new EventCuration(executor, curator),
    config: deps.config,
    lookahead: deps.lookahead,
    authenticated,
    requestId,
    caller: apiKey !== undefined ? `key:${apiKey}` : `address:${request.clientAddress}`,
  };
}
