import neo4j from 'neo4j-driver';
import { cypher, type CypherQuery } from '../cypher.js';
import type { Executor } from '../executor.js';

/**
 * A list over one node variable: where rows come from, the filters that apply, the order, and
 * the projection. Each part is static Cypher text; every value is in `params`. The page and the
 * total are separate queries so that the total is only counted when a client asks for it.
 */
export interface ListSpec {
  /** `MATCH (s:Statement)` or a full-text `CALL … YIELD node AS s`. */
  source: string;
  variable: string;
  conditions: string[];
  params: Record<string, unknown>;
  orderBy: string;
  projection: string;
}

export interface Page {
  skip: number;
  limit: number;
}

export function pageQuery(spec: ListSpec, page: Page): CypherQuery {
  return cypher(
    `${spec.source}
    ${where(spec.conditions)}
    WITH ${spec.variable} ORDER BY ${spec.orderBy} SKIP $skip LIMIT $limit
    RETURN ${spec.projection} AS row`,
    { ...spec.params, skip: int(page.skip), limit: int(page.limit) },
  );
}

export function countQuery(spec: ListSpec): CypherQuery {
  return cypher(`${spec.source}\n${where(spec.conditions)}\nRETURN count(${spec.variable}) AS total`, spec.params);
}

function where(conditions: string[]): string {
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

/** One string per page: pages that read the same rows share it (loader caches, compiled lists). */
export function pageKey(page: Page): string {
  return `${page.skip}:${page.limit}`;
}

/** Cypher SKIP/LIMIT need integers; JavaScript numbers are sent as floats otherwise. */
export function int(value: number) {
  return neo4j.int(value);
}

/**
 * A Lucene query from user text: each term escaped and required, the last one also as a prefix,
 * so "ism hani" finds "Ismail Haniya".
 */
export function luceneQuery(text: string): string | null {
  const terms = text
    .split(/\s+/)
    .map((term) => term.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&'))
    .filter(Boolean);
  if (terms.length === 0) return null;
  const last = terms[terms.length - 1];
  const head = terms.slice(0, -1).map((term) => `+${term}`);
  return [...head, `+(${last} OR ${last}*)`].join(' ');
}

/** Runs a list's page query and returns its rows. */
export async function readPage<T>(executor: Executor, spec: ListSpec, page: Page): Promise<T[]> {
  return (await executor.read(pageQuery(spec, page))).map((r) => r.row as T);
}

/** Runs a list's count query. */
export async function readCount(executor: Executor, spec: ListSpec): Promise<number> {
  const [row] = await executor.read(countQuery(spec));
  return Number(row?.total ?? 0);
}

/** Nodes of one label by their unique key property, as `{key, row}` records for rowByKey. */
export function byKeys(
  label: string,
  keyProperty: 'id' | 'key',
  projection: (v: string) => string,
  keys: readonly string[],
): CypherQuery {
  return cypher(`UNWIND $keys AS k MATCH (n:${label} {${keyProperty}: k}) RETURN k AS key, ${projection('n')} AS row`, {
    keys,
  });
}

/**
 * A relationship list of an actor `x` (its statements, meetings, mediations): the pattern, the
 * listed variable, the order and the count. The per-key loaders and the actor look-ahead
 * render the same definition, so both give the same rows in the same order with the same total.
 */
export interface RelationList {
  /** Pattern from `x` to `variable`, e.g. `(x)-[:MADE]->(s:Statement)`. */
  pattern: string;
  variable: string;
  distinct: boolean;
  orderBy: string;
  /** Expression over `x`: the number of rows across all pages. */
  total: string;
  /**
   * Cypher that binds `variable` to one page in `orderBy`'s order, reading an index instead of
   * sorting every row (actor/recency.ts); without it the page is `pattern` sorted.
   */
  page?: (skip: string, limit: string) => string;
}

/** Body of a `CALL (x) { … }`: one page of `list`, each row projected by `rowExpr`, collected as `out`. */
export function relationPage(list: RelationList, rowExpr: string, skip: string, limit: string, out: string): string {
  const page =
    list.page?.(skip, limit) ??
    `MATCH ${list.pattern}
    WITH ${list.distinct ? 'DISTINCT ' : ''}${list.variable} ORDER BY ${list.orderBy} SKIP ${skip} LIMIT ${limit}`;
  return `${page}
    RETURN collect(${rowExpr}) AS ${out}`;
}

/** One page of `list` per actor key, as `{key, rows, total}` records for pagesByKey. */
export function relationPages(
  list: RelationList,
  projection: string,
  keys: readonly string[],
  page: Page,
): CypherQuery {
  return cypher(
    `UNWIND $keys AS k MATCH (x:Actor {key: k})
    CALL (x) {
      ${relationPage(list, projection, '$skip', '$limit', 'rows')}
    }
    RETURN k AS key, rows, ${list.total} AS total`,
    { keys, skip: int(page.skip), limit: int(page.limit) },
  );
}

/**
 * Rows related to one row (its evidence, its participants…) in a fixed order. `pattern` goes from
 * the given variable to `vars`; variable names in it must not be used by the enclosing query.
 */
export interface RelatedList {
  pattern: (from: string) => string;
  vars: string;
  orderBy: string;
}

/** The related rows of `from` as one list expression, each projected by `expr`. */
export function collectRelated(list: RelatedList, from: string, expr: string): string {
  return `COLLECT { MATCH ${list.pattern(from)} WITH ${list.vars} ORDER BY ${list.orderBy} RETURN ${expr} }`;
}

/** The related rows of nodes of one label by id, as `{key, rows}` records for rowsByKey. */
export function relatedByIds(
  label: string,
  list: RelatedList,
  projection: string,
  ids: readonly string[],
): CypherQuery {
  return cypher(
    `UNWIND $ids AS id MATCH (n:${label} {id: id}) MATCH ${list.pattern('n')}
    WITH id, ${list.vars} ORDER BY ${list.orderBy}
    RETURN id AS key, collect(${projection}) AS rows`,
    { ids },
  );
}
