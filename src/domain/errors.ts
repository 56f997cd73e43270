/**
 * The one vocabulary of errors, shared by the CLI and the GraphQL API (`extensions.code`).
 * The codes GraphQL itself produces (parse, validation, bad request) are here too, so that a
 * client sees one list. The HTTP status of each code is in src/api/errors.ts.
 */
export enum ErrorCode {
  // The request itself (answered before or while the operation is read).
  BadRequest = 'BAD_REQUEST',
  RequestTooLarge = 'REQUEST_TOO_LARGE',
  ParseFailed = 'GRAPHQL_PARSE_FAILED',
  ValidationFailed = 'GRAPHQL_VALIDATION_FAILED',
  QueryTooDeep = 'QUERY_TOO_DEEP',
  QueryTooCostly = 'QUERY_TOO_COSTLY',
  TooManyAliases = 'TOO_MANY_ALIASES',
  FragmentsTooDeep = 'FRAGMENTS_TOO_DEEP',
  OperationResolutionFailure = 'OPERATION_RESOLUTION_FAILURE',
  PersistedQueryNotFound = 'PERSISTED_QUERY_NOT_FOUND',
  PersistedQueryNotSupported = 'PERSISTED_QUERY_NOT_SUPPORTED',
  // The caller.
  Unauthenticated = 'UNAUTHENTICATED',
  RateLimited = 'RATE_LIMITED',
  // The input.
  BadUserInput = 'BAD_USER_INPUT',
  BadArticle = 'BAD_ARTICLE',
  ArticleTooLarge = 'ARTICLE_TOO_LARGE',
  ExtractionTimedOut = 'EXTRACTION_TIMED_OUT',
  /** The extractor itself failed on an article (a fault of ours): the article is refused, the rest go on. */
  ExtractionFailed = 'EXTRACTION_FAILED',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  // The server and its database.
  BadConfig = 'BAD_CONFIG',
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',
  DatabaseAuthFailed = 'DATABASE_AUTH_FAILED',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
}

const CODES = new Set<string>(Object.values(ErrorCode));

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && CODES.has(value);
}

export class EventGraphError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; details?: Record<string, unknown> },
  ) {
    super(message, options);
    this.name = 'EventGraphError';
    this.details = options?.details;
  }

  /** Extra facts for the client (the limit that was passed, the cost measured). */
  readonly details: Record<string, unknown> | undefined;
}

/** A request argument out of its allowed range or form. */
export function badUserInput(message: string): EventGraphError {
  return new EventGraphError(ErrorCode.BadUserInput, message);
}

export type ArticleErrorCode =
  | ErrorCode.BadArticle
  | ErrorCode.ArticleTooLarge
  | ErrorCode.ExtractionTimedOut
  | ErrorCode.ExtractionFailed;

/** Input that cannot become an article: empty, no title, unreadable JSON, bad date, too large, too slow. */
export class BadArticleError extends EventGraphError {
  constructor(
    readonly origin: string,
    /** What is wrong, without the origin (the message is `origin: reason`). */
    readonly reason: string,
    code: ArticleErrorCode = ErrorCode.BadArticle,
  ) {
    super(code, `${origin}: ${reason}`);
    this.name = 'BadArticleError';
  }
}
