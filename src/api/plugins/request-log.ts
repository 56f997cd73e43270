import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../../log/logger.js';
import type { ApiContext } from '../context.js';

/** The fields of the one log line each GraphQL request writes when its response is sent. */
export interface RequestLogLine {
  requestId: string;
  operation: string | null;
  durationMs: number;
  dbQueries: number;
  errors: number;
}

/** One `graphql request` line per request: request id, operation name, duration, database queries. */
export function useRequestLog(logger: Logger): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ contextValue, operationName, errors, response }) {
          // The client can quote it: it is the id this request's log lines carry.
          response.http.headers.set('x-request-id', contextValue.requestId);
          const line: RequestLogLine = {
            requestId: contextValue.requestId,
            operation: operationName ?? null,
            durationMs: Math.round((performance.now() - started) * 10) / 10,
            dbQueries: contextValue.executor.counter.queries,
            errors: errors?.length ?? 0,
          };
          if (line.errors > 0) logger.warn(line, 'graphql request');
          else logger.info(line, 'graphql request');
        },
      };
    },
  };
}
