import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../domain/errors.js';
import type { ApiContext } from '../context.js';

/** With EVENTGRAPH_KEYED_READS, every operation (reads too) needs a valid x-api-key. */
export function useKeyedReads(enabled: boolean): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          if (enabled && !contextValue.authenticated) {
            throw new GraphQLError('this server needs a valid x-api-key header for every request', {
              extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } },
            });
          }
        },
      };
    },
  };
}
