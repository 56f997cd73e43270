import { ErrorCode, EventGraphError } from '../domain/errors.js';
import type { ApiContext } from './context.js';

/**
 * Curation and ingestion need a key from EVENTGRAPH_API_KEYS. With no keys configured, a
 * development server is open for writes (so a new user can try ingestArticle in Sandbox);
 * a production server is then closed for writes.
 */
export function requireWriteAccess(ctx: ApiContext): void {
  if (ctx.authenticated) return;
  if (ctx.config.apiKeys.length === 0 && !ctx.config.production) return;
  throw new EventGraphError(ErrorCode.Unauthenticated, 'this mutation needs a valid x-api-key header');
}
