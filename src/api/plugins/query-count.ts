import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../context.js';

export const QUERY_COUNT_HEADER = 'x-eventgraph-db-queries';

/** Reports how many Cypher statements a request sent, in a response header: N+1 shows at once. */
export function useQueryCountHeader(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          response.http.headers.set(QUERY_COUNT_HEADER, String(contextValue.executor.counter.queries));
        },
      };
    },
  };
}
