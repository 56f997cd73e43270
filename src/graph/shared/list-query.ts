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
export function byKeys(label: string, keyProperty: 'id' | 'key', projection: (v: string) => string, keys: readonly string[]): CypherQuery {
  return cypher(
    `UNWIND $keys AS k MATCH (n:${label} {${keyProperty}: k}) RETURN k AS key, ${projection('n')} AS row`,
    { keys },
  );
}
