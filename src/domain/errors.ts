/** Error codes shared by the CLI and the GraphQL API (surfaced as `extensions.code`). */
export enum ErrorCode {
  BadArticle = 'BAD_ARTICLE',
  BadConfig = 'BAD_CONFIG',
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',
  NotFound = 'NOT_FOUND',
  Unauthenticated = 'UNAUTHENTICATED',
  BadUserInput = 'BAD_USER_INPUT',
  Conflict = 'CONFLICT',
}

export class EventGraphError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'EventGraphError';
  }
}

/** Input that cannot become an article: empty, no title, unreadable JSON, bad date. */
export class BadArticleError extends EventGraphError {
  constructor(
    readonly origin: string,
    reason: string,
  ) {
    super(ErrorCode.BadArticle, `${origin}: ${reason}`);
    this.name = 'BadArticleError';
  }
}
