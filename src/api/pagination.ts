import { badUserInput } from '../domain/errors.js';
import type { Page } from '../graph/shared/list-query.js';

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

/** A connection before its resolvers run: nodes are rows; the total is counted only if asked for. */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number> | number;
}

const CURSOR_PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = Number(text.slice(CURSOR_PREFIX.length));
  if (!text.startsWith(CURSOR_PREFIX) || !Number.isInteger(offset) || offset < 0) {
    throw badUserInput(`"${cursor}" is not a cursor from this API`);
  }
  return offset;
}

/**
 * The page a client asks for, as skip/limit. One more row than the page is fetched (`limit`)
 * so that `hasNextPage` needs no count.
 */
export function requestedPage(args: ConnectionArgs, maxPageSize: number): Page & { size: number } {
  const size = args.first ?? 20;
  if (!Number.isInteger(size) || size < 0 || size > maxPageSize) {
    throw badUserInput(`first must be between 0 and ${maxPageSize}`);
  }
  const skip = args.after ? decodeCursor(args.after) + 1 : 0;
  return { skip, limit: size + 1, size };
}

/** A connection over a list already in memory (a relationship list loaded whole for the request). */
export function sliceConnection<T>(rows: readonly T[], args: ConnectionArgs, maxPageSize: number): Connection<T> {
  const page = requestedPage(args, maxPageSize);
  return connection(rows.slice(page.skip, page.skip + page.limit), page, () => rows.length);
}

export function connection<T>(
  rows: readonly T[],
  page: Page & { size: number },
  totalCount: () => Promise<number> | number,
): Connection<T> {
  const edges = rows.slice(0, page.size).map((node, i) => ({ cursor: encodeCursor(page.skip + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.size,
      hasPreviousPage: page.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
