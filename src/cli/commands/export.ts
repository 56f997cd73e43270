import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { openApp } from '../../app.js';
import { ErrorCode, EventGraphError } from '../../domain/errors.js';
import { exportCsv, exportGraph, FORMATS, type ExportFilter, type StreamFormat } from '../../graph/export/index.js';
import { closeStream, sinkOf } from '../../graph/export/sink.js';
import { ISO_DAY } from '../../domain/calendar.js';

interface ExportOptions {
  format: string;
  out: string;
  from?: string;
  to?: string;
  actor?: string;
}

/**
 * `eventgraph export --format json|jsonl|graphml|csv --out PATH|- [--from DAY] [--to DAY] [--actor KEY]`
 * (csv: --out is a folder; the filters apply to json and jsonl).
 */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the whole graph (or a filtered part) as one file, streamed from Neo4j')
    .option('--format <format>', `one of ${FORMATS.join(', ')}`, 'json')
    .requiredOption('--out <path>', 'file to write, or - for stdout (csv: a folder, one file per label and type)')
    .option('--from <day>', 'json/jsonl: only articles published on or after this day (YYYY-MM-DD)')
    .option('--to <day>', 'json/jsonl: only articles published on or before this day (YYYY-MM-DD)')
    .option('--actor <key>', "json/jsonl: only this actor's neighbourhood: it, its events and their actors")
    .action(async (options: ExportOptions) => {
      const format = checkedFormat(options.format);
      const filter = checkedFilter(options);
      const app = await openApp();
      if (format === 'csv') {
        try {
          const files = await exportCsv(app.executor, options.out);
          console.error(`wrote ${files.length} files to ${options.out}`);
        } finally {
          await app.close();
        }
        return;
      }
      const stream: Writable = options.out === '-' ? process.stdout : createWriteStream(options.out);
      try {
        await exportGraph(app.executor, format, filter, sinkOf(stream));
      } finally {
        await closeStream(stream);
        await app.close();
      }
    });
}

function checkedFormat(format: string): StreamFormat | 'csv' {
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new EventGraphError(ErrorCode.BadUserInput, `--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
  }
  return format as StreamFormat | 'csv';
}

function checkedFilter(options: ExportOptions): ExportFilter {
  for (const day of [options.from, options.to]) {
    if (day !== undefined && !ISO_DAY.test(day))
      throw new EventGraphError(ErrorCode.BadUserInput, `"${day}" is not a day (YYYY-MM-DD)`);
  }
  return { from: options.from ?? null, to: options.to ?? null, actor: options.actor ?? null };
}
