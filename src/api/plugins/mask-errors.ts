import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, EventGraphError } from '../../domain/errors.js';

/** Codes whose messages are meant for clients; anything else is masked in production. */
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.DatabaseUnavailable),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COSTLY',
]);

/**
 * `formatError` for Apollo Server: errors for the client keep their message; others get a
 * correlation id, are logged with it and the stack, and (in production) reach the client only
 * as "Internal server error (id …)".
 */
export function useErrorMasking(options: { production: boolean; log: (line: string) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = rootCause(error);
    const code =
      original instanceof EventGraphError
        ? original.code
        : String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    if (CLIENT_CODES.has(code)) return { ...formatted, extensions: { ...formatted.extensions, code } };
    const correlationId = crypto.randomUUID();
    const detail = original instanceof Error ? (original.stack ?? original.message) : String(original);
    options.log(`error ${correlationId} at ${formatted.path?.join('.') ?? '(request)'}: ${detail}`);
    if (!options.production) return { ...formatted, extensions: { ...formatted.extensions, code, correlationId } };
    return {
      message: `Internal server error (id ${correlationId})`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code, correlationId },
    };
  };
}

/** The error a resolver threw, under GraphQL's wrappers (duck-typed: `instanceof` breaks across graphql copies). */
function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof Error && 'originalError' in current && current.originalError instanceof Error) {
    current = current.originalError;
  }
  return current;
}
