import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Executor } from '../executor.js';
import { closeStream, sinkOf, type TextSink } from './sink.js';
import { headerOf, NODE_TABLES, nodeQuery, RELATIONSHIP_TABLES, relationshipQuery } from './tables.js';

/** A CSV field: quoted when it has to be; lists joined by ';' (neo4j-admin's array delimiter). */
function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.map(String).join(';') : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function line(values: unknown[]): string {
  return `${values.map(field).join(',')}\n`;
}

async function writeFile(dir: string, name: string, fill: (sink: TextSink) => Promise<void>): Promise<void> {
  const stream = createWriteStream(join(dir, `${name}.csv`));
  await fill(sinkOf(stream));
  await closeStream(stream);
}

/**
 * One CSV file per node label and per relationship type (REPORTED_IN once per event label), with
 * headers `neo4j-admin database import full` accepts: `--nodes=Actor=Actor.csv
 * --relationships=MENTIONS=MENTIONS.csv …`. Rows are streamed from Neo4j.
 */
export async function exportCsv(executor: Executor, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const table of NODE_TABLES) {
    await writeFile(dir, table.label, async (sink) => {
      await sink.write(line([`${table.idOf}:ID(${table.label})`, ...table.columns.map(headerOf)]));
      for await (const row of executor.stream(nodeQuery(table))) {
        await sink.write(line([row.id, ...table.columns.map((_, i) => row[`c${i}`])]));
      }
    });
    files.push(`${table.label}.csv`);
  }
  for (const table of RELATIONSHIP_TABLES) {
    await writeFile(dir, table.name, async (sink) => {
      const header = [`:START_ID(${table.from.label})`, `:END_ID(${table.to.label})`, ...table.columns.map(headerOf)];
      await sink.write(line(header));
      for await (const row of executor.stream(relationshipQuery(table))) {
        await sink.write(line([row.from, row.to, ...table.columns.map((_, i) => row[`c${i}`])]));
      }
    });
    files.push(`${table.name}.csv`);
  }
  return files;
}
