import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../../domain/errors.js';
import { codeOf, isClientError, rootCause } from '../errors.js';

/**
 * `formatError` for Apollo Server: every error gets the most specific code of the one
 * vocabulary (src/domain/errors.ts). Client errors keep their message; others get a correlation
 * id, are logged with it and the stack, and (in production) reach the client only as
 * "Internal server error (id …)". DATABASE_UNAVAILABLE keeps its code but not the driver's detail.
 */
export function useErrorMasking(options: { production: boolean; log: (line: string) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = codeOf(error, formatted.extensions?.code);
    const extensions = { ...formatted.extensions, code };
    if (isClientError(code)) return { ...formatted, extensions };
    const correlationId = crypto.randomUUID();
    const original = rootCause(error);
    const detail = original instanceof Error ? (original.stack ?? original.message) : String(original);
    options.log(`error ${correlationId} at ${formatted.path?.join('.') ?? '(request)'}: ${detail}`);
    if (!options.production) return { ...formatted, extensions: { ...extensions, correlationId } };
    const message =
      code === ErrorCode.DatabaseUnavailable
        ? `the database is not reachable; try again later (id ${correlationId})`
        : `Internal server error (id ${correlationId})`;
    return { message, path: formatted.path, locations: formatted.locations, extensions: { code, correlationId } };
  };
}
