import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, EventGraphError, isErrorCode } from '../domain/errors.js';

/** The HTTP status each code answers with: one table, every code (the compiler checks it). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BadRequest]: 400,
  [ErrorCode.RequestTooLarge]: 413,
  [ErrorCode.ParseFailed]: 400,
  [ErrorCode.ValidationFailed]: 400,
  [ErrorCode.QueryTooDeep]: 400,
  [ErrorCode.QueryTooCostly]: 400,
  [ErrorCode.TooManyAliases]: 400,
  [ErrorCode.FragmentsTooDeep]: 400,
  [ErrorCode.OperationResolutionFailure]: 400,
  [ErrorCode.PersistedQueryNotFound]: 400,
  [ErrorCode.PersistedQueryNotSupported]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.BadArticle]: 400,
  [ErrorCode.ArticleTooLarge]: 413,
  [ErrorCode.ExtractionTimedOut]: 422,
  [ErrorCode.ExtractionFailed]: 500,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.BadConfig]: 500,
  [ErrorCode.DatabaseUnavailable]: 503,
  [ErrorCode.DatabaseAuthFailed]: 500,
  [ErrorCode.InternalServerError]: 500,
};

/** Codes about the request or its input: their message is for the client, in production too. */
export function isClientError(code: ErrorCode): boolean {
  return HTTP_STATUS[code] < 500;
}

/** An EventGraphError as a GraphQL error with its code, details and HTTP status (for plugins and rules). */
export function toGraphQLError(error: EventGraphError): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { ...error.details, code: error.code, http: { status: HTTP_STATUS[error.code] } },
  });
}

/** A GraphQL-shaped JSON body for errors answered outside GraphQL (bad JSON, too large, no key). */
export function errorBody(code: ErrorCode, message: string): { errors: GraphQLFormattedError[] } {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * The most specific code in an error's chain (in the spirit of Apollo's `unwrapResolverError`,
 * but all the way down): an EventGraphError's code, else the deepest known `extensions.code`
 * (Apollo wraps a rule's error as GRAPHQL_VALIDATION_FAILED and keeps it as `originalError`).
 */
export function codeOf(error: unknown, fallback: unknown): ErrorCode {
  let found: ErrorCode | undefined = isErrorCode(fallback) ? fallback : undefined;
  const chain: unknown[] = [];
  for (let current = error; current instanceof Error && chain.length < 10; ) {
    chain.push(current);
    current = 'originalError' in current ? current.originalError : undefined;
  }
  for (const link of chain) {
    if (link instanceof EventGraphError) return link.code;
    const code = (link as { extensions?: { code?: unknown } }).extensions?.code;
    if (isErrorCode(code)) found = code;
  }
  return found ?? ErrorCode.InternalServerError;
}

export function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof Error && 'originalError' in current && current.originalError instanceof Error) {
    current = current.originalError;
  }
  return current;
}
