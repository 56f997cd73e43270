import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ErrorCode } from '../../domain/errors.js';
import { errorBody, HTTP_STATUS } from '../errors.js';

export const API_KEY_HEADER = 'x-api-key';

function refuse(res: Parameters<RequestHandler>[1], code: ErrorCode, message: string): void {
  res.status(HTTP_STATUS[code]).json(errorBody(code, message));
}

/**
 * With keyed reads, a request that carries an operation needs a valid key, checked on the
 * headers alone: a request without one is refused before its body is read or parsed. (A GET
 * without a query is the landing page, and is let through.)
 */
export function requireKeyBeforeReading(enabled: boolean, keys: readonly string[]): RequestHandler {
  return (req, res, next) => {
    const carriesOperation = req.method === 'POST' || (req.method === 'GET' && req.query.query !== undefined);
    const key = req.header(API_KEY_HEADER);
    if (!enabled || !carriesOperation || (key !== undefined && keys.includes(key))) return next();
    refuse(res, ErrorCode.Unauthenticated, `this server needs a valid ${API_KEY_HEADER} header for every request`);
  };
}

/** Refuses a query text longer than `maxChars` before GraphQL parses it. */
export function limitQueryLength(maxChars: number): RequestHandler {
  return (req, res, next) => {
    const query = (req.body as { query?: unknown } | undefined)?.query ?? req.query.query;
    if (typeof query !== 'string' || query.length <= maxChars) return next();
    refuse(res, ErrorCode.RequestTooLarge, `the query has ${query.length} characters; the limit is ${maxChars}`);
  };
}

/** Body-reading failures (malformed JSON, too large) as GraphQL-shaped JSON, never express's HTML page. */
export const bodyErrorsAsJson: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const type = (error as { type?: unknown }).type;
  if (type === 'entity.too.large') {
    const limit = (error as { limit?: unknown }).limit;
    return refuse(res, ErrorCode.RequestTooLarge, `the request body is larger than ${String(limit)} bytes`);
  }
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const reason = type === 'entity.parse.failed' ? 'the request body is not valid JSON' : (error as Error).message;
    return refuse(res, ErrorCode.BadRequest, reason);
  }
  return next(error);
};
