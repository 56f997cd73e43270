import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, EventGraphError } from '../domain/errors.js';
import type { ApiContext } from './context.js';
import { toGraphQLError } from './errors.js';

/**
 * Read-your-own-writes across API replicas: a mutation answers with this header (Neo4j's
 * bookmarks of the writes, opaque to the client); a query that sends it back, to any replica,
 * reads a graph that contains those writes (the database waits until it has them).
 */
export const BOOKMARKS_HEADER = 'x-eventgraph-bookmarks';

export function encodeBookmarks(bookmarks: readonly string[]): string {
  return Buffer.from(JSON.stringify(bookmarks), 'utf8').toString('base64url');
}

export function decodeBookmarks(header: string | undefined): string[] {
  if (!header) return [];
  try {
    const value: unknown = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length <= 100 && value.every((b) => typeof b === 'string')) return value;
  } catch {
    // reported below
  }
  throw toGraphQLError(
    new EventGraphError(ErrorCode.BadRequest, `the ${BOOKMARKS_HEADER} header is not one this API gave out`),
  );
}

/** Sets the bookmarks header on every mutation's response. */
export function useBookmarksHeader(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue, response }) {
          if (operation?.operation !== 'mutation') return;
          response.http.headers.set(BOOKMARKS_HEADER, encodeBookmarks(await contextValue.executor.bookmarks()));
        },
      };
    },
  };
}
