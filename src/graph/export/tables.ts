import { cypher, type CypherQuery } from '../cypher.js';
import { actorExportId } from './queries.js';

/** One column of a node or relationship table: its name, neo4j-admin type and Cypher value. */
interface Column {
  name: string;
  /** neo4j-admin import type suffix ('' for string). */
  type: '' | 'int' | 'boolean' | 'date' | 'string[]';
  value: string;
}

const col = (name: string, value: string, type: Column['type'] = ''): Column => ({ name, type, value });

/**
 * A node label of the export: the property that identifies it (named in the CSV header), the
 * Cypher expression of the id written for node `n` (the JSON export's id) and the columns written.
 */
export interface NodeTable {
  label: string;
  idOf: string;
  id: (n: string) => string;
  columns: Column[];
}

/** A relationship type between two labels (REPORTED_IN has one table per event label). */
export interface RelationshipTable {
  name: string;
  type: string;
  from: NodeTable;
  to: NodeTable;
  columns: Column[];
}

const node = (label: string, idOf: string, columns: Column[], id = (n: string) => `${n}.${idOf}`): NodeTable => ({
  label,
  idOf,
  id,
  columns,
});

const ARTICLE = node('Article', 'id', [
  col('title', 'n.title'),
  col('url', 'n.url'),
  col('source', 'n.source'),
  col('dateline', 'n.dateline'),
  col('publishedAt', 'toString(n.publishedAt)', 'date'),
]);
// An actor's stored key is the one the first article to name it chose: the export writes the
// JSON export's id instead, which the set of articles decides.
const ACTOR = node(
  'Actor',
  'key',
  [
    col('name', 'n.name'),
    col('kind', 'n.kind'),
    col('aliases', 'COLLECT { UNWIND n.aliases AS alias RETURN alias ORDER BY alias }', 'string[]'),
    col('mentionCount', 'n.mentionCount', 'int'),
  ],
  actorExportId,
);
const STATEMENT = node('Statement', 'id', [
  col('text', 'n.text'),
  col('direct', 'n.direct', 'boolean'),
  col('date', 'toString(n.date)', 'date'),
]);
const MEDIATION = node('Mediation', 'id', [col('subject', 'n.subject')]);
const MEETING = node('Meeting', 'id', [
  col('kind', 'n.kind'),
  col('status', 'n.status'),
  col('date', 'toString(n.date)', 'date'),
  col('location', 'n.location'),
]);
const PLACE = node('Place', 'key', [col('name', 'n.name')]);
const TOPIC = node('Topic', 'key', [col('name', 'n.name')]);

export const NODE_TABLES: readonly NodeTable[] = [ARTICLE, ACTOR, STATEMENT, MEDIATION, MEETING, PLACE, TOPIC];

const rel = (type: string, from: NodeTable, to: NodeTable, columns: Column[] = [], name = type): RelationshipTable => ({
  name,
  type,
  from,
  to,
  columns,
});
const REPORT = [
  col('sentenceIndex', 'r.sentenceIndex', 'int'),
  col('start', 'r.start', 'int'),
  col('end', 'r.end', 'int'),
];

export const RELATIONSHIP_TABLES: readonly RelationshipTable[] = [
  rel('MENTIONS', ARTICLE, ACTOR, [col('count', 'r.count', 'int')]),
  rel('TAGGED', ARTICLE, TOPIC),
  rel('DATELINED', ARTICLE, PLACE),
  rel('AFFILIATED_WITH', ACTOR, ACTOR, [col('role', 'r.role'), col('support', 'r.support', 'int')]),
  rel('MADE', ACTOR, STATEMENT),
  rel('VIA', STATEMENT, ACTOR),
  rel('MEDIATES', ACTOR, MEDIATION),
  rel('BETWEEN', MEDIATION, ACTOR),
  rel('ATTENDS', ACTOR, MEETING),
  rel('AT', MEETING, PLACE),
  rel('REPORTED_IN', STATEMENT, ARTICLE, REPORT, 'REPORTED_IN-Statement'),
  rel('REPORTED_IN', MEDIATION, ARTICLE, REPORT, 'REPORTED_IN-Mediation'),
  rel('REPORTED_IN', MEETING, ARTICLE, [...REPORT, col('status', 'r.status')], 'REPORTED_IN-Meeting'),
];

/** `name:type` as neo4j-admin reads it in a header. */
export function headerOf(column: Column): string {
  return column.type ? `${column.name}:${column.type}` : column.name;
}

/**
 * Rows are sorted by every column they write (ids first), so that one set of articles gives one
 * CSV or GraphML export, byte for byte, as it gives one JSON export.
 */
const sortedBy = (names: string[]) => `ORDER BY ${names.join(', ')}`;
const columnNames = (columns: Column[]) => columns.map((_, i) => `c${i}`);

/** Streams `id` and the columns (c0, c1, …) of every node of the table. */
export function nodeQuery(table: NodeTable): CypherQuery {
  const columns = table.columns.map((c, i) => `, ${c.value} AS c${i}`).join('');
  return cypher(
    `MATCH (n:${table.label}) RETURN ${table.id('n')} AS id${columns}
    ${sortedBy(['id', ...columnNames(table.columns)])}`,
  );
}

/** Streams `from`, `to` and the columns of every relationship of the table. */
export function relationshipQuery(table: RelationshipTable): CypherQuery {
  const columns = table.columns.map((c, i) => `, ${c.value} AS c${i}`).join('');
  return cypher(
    `MATCH (a:${table.from.label})-[r:${table.type}]->(b:${table.to.label})
    RETURN ${table.from.id('a')} AS from, ${table.to.id('b')} AS to${columns}
    ${sortedBy(['from', 'to', ...columnNames(table.columns)])}`,
  );
}
