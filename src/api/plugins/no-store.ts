import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../context.js';

/**
 * `cache-control: no-store` on every GraphQL response, as Apollo Server's cache-control plugin
 * answered for this schema (it has no cache hints). That plugin is disabled: it hooks the
 * resolution of every field of every request to compute a policy that is always "do not store".
 */
export function useNoStoreHeader(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
