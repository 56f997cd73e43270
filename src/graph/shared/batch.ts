import type { CypherQuery } from '../cypher.js';
import type { Executor } from '../executor.js';

/** Runs a query whose records are `{key, row}` and indexes the rows by key. */
export async function rowByKey<T>(executor: Executor, query: CypherQuery): Promise<Map<string, T>> {
  const out = new Map<string, T>();
  for (const record of await executor.read(query)) out.set(String(record.key), record.row as T);
  return out;
}

/** Runs a query whose records are `{key, rows}` (a collected list per key). */
export async function rowsByKey<T>(executor: Executor, query: CypherQuery): Promise<Map<string, T[]>> {
  const out = new Map<string, T[]>();
  for (const record of await executor.read(query)) out.set(String(record.key), (record.rows as T[]) ?? []);
  return out;
}

/** One page of a relationship list per parent key, with the total for that parent. */
export interface RowsWithTotal<T> {
  rows: T[];
  total: number;
}

/**
 * A page whose total may not have been counted (null): the actor look-ahead counts a list only
 * when the request selects its `totalCount`.
 */
export interface RowsMaybeCounted<T> {
  rows: T[];
  total: number | null;
}

/** Runs a query whose records are `{key, rows, total}`. */
export async function pagesByKey<T>(executor: Executor, query: CypherQuery): Promise<Map<string, RowsWithTotal<T>>> {
  const out = new Map<string, RowsWithTotal<T>>();
  for (const record of await executor.read(query)) {
    out.set(String(record.key), { rows: (record.rows as T[]) ?? [], total: Number(record.total ?? 0) });
  }
  return out;
}
