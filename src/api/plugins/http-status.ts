import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, isErrorCode } from '../../domain/errors.js';
import type { ApiContext } from '../context.js';
import { HTTP_STATUS } from '../errors.js';

/**
 * The HTTP status follows the errors' codes: a request that produced no data answers with its
 * first error's status (400, 401, 404, 413, 429…); an unreachable database answers 503 even when
 * part of the data came back. A partial result with client errors stays 200, as GraphQL says.
 */
export function useHttpStatusFromErrors(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { errors, data } = response.body.singleResult;
          if (!errors?.length) return;
          const codes = errors.map((e) => e.extensions?.code).filter(isErrorCode);
          if (codes.includes(ErrorCode.DatabaseUnavailable)) {
            response.http.status = HTTP_STATUS[ErrorCode.DatabaseUnavailable];
          } else if (noData(data) && codes[0] !== undefined) {
            response.http.status = HTTP_STATUS[codes[0]];
          }
        },
      };
    },
  };
}

function noData(data: Record<string, unknown> | null | undefined): boolean {
  return data == null || Object.values(data).every((value) => value === null);
}
