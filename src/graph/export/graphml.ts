import type { Executor } from '../executor.js';
import type { TextSink } from './sink.js';
import { NODE_TABLES, nodeQuery, RELATIONSHIP_TABLES, relationshipQuery } from './tables.js';

const xmlEscape = (value: unknown): string =>
  String(value).replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** Attributes every node or edge may carry (GraphML declares them up front). */
const NODE_KEYS = ['label', ...new Set(NODE_TABLES.flatMap((t) => t.columns.map((c) => c.name)))];
const EDGE_KEYS = ['type', ...new Set(RELATIONSHIP_TABLES.flatMap((t) => t.columns.map((c) => c.name)))];

function data(key: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  return `<data key="${xmlEscape(key)}">${xmlEscape(Array.isArray(value) ? value.join('; ') : value)}</data>`;
}

/** The graph as one GraphML file (Gephi, Cytoscape): node ids are `Label:key`, streamed from Neo4j. */
export async function writeGraphml(executor: Executor, sink: TextSink): Promise<void> {
  await sink.write('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n');
  for (const key of NODE_KEYS)
    await sink.write(`<key id="${key}" for="node" attr.name="${key}" attr.type="string"/>\n`);
  for (const key of EDGE_KEYS)
    await sink.write(`<key id="e_${key}" for="edge" attr.name="${key}" attr.type="string"/>\n`);
  await sink.write('<graph id="eventgraph" edgedefault="directed">\n');
  for (const table of NODE_TABLES) {
    for await (const row of executor.stream(nodeQuery(table))) {
      const attributes = table.columns.map((c, i) => data(c.name, row[`c${i}`])).join('');
      await sink.write(
        `<node id="${xmlEscape(`${table.label}:${row.id}`)}">${data('label', table.label)}${attributes}</node>\n`,
      );
    }
  }
  for (const table of RELATIONSHIP_TABLES) {
    for await (const row of executor.stream(relationshipQuery(table))) {
      const source = xmlEscape(`${table.from.label}:${row.from}`);
      const target = xmlEscape(`${table.to.label}:${row.to}`);
      const attributes = table.columns.map((c, i) => data(`e_${c.name}`, row[`c${i}`])).join('');
      await sink.write(
        `<edge source="${source}" target="${target}">${data('e_type', table.type)}${attributes}</edge>\n`,
      );
    }
  }
  await sink.write('</graph>\n</graphml>\n');
}
