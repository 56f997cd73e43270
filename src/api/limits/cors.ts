import type { CorsOptions } from 'cors';
import { API_KEY_HEADER } from './request-guard.js';
import { BOOKMARKS_HEADER } from '../bookmarks.js';

/**
 * Only the configured origins (EVENTGRAPH_CORS_ORIGINS) may call from a browser. An origin listed
 * without a port (the development default, http://localhost) allows every port of that host.
 */
export function corsOptions(origins: string[] | 'any'): CorsOptions {
  return {
    origin: origins === 'any' ? true : (origin, callback) => callback(null, allowed(origin, origins)),
    allowedHeaders: ['content-type', API_KEY_HEADER, BOOKMARKS_HEADER, 'x-request-id', 'apollo-require-preflight'],
    exposedHeaders: [BOOKMARKS_HEADER, 'retry-after'],
  };
}

function allowed(origin: string | undefined, origins: readonly string[]): boolean {
  if (origin === undefined) return false;
  if (origins.includes(origin)) return true;
  const withoutPort = origin.replace(/:\d+$/, '');
  return origins.some((o) => o === withoutPort && !/:\d+$/.test(o));
}
