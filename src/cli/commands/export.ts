import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { openApp } from '../../app.js';
import { ErrorCode, EventGraphError } from '../../domain/errors.js';
import { exportGraph, STREAM_FORMATS, type ExportFilter, type StreamFormat } from '../../graph/export/index.js';
import { closeStream, sinkOf } from '../../graph/export/sink.js';

interface ExportOptions {
  format: string;
  out: string;
  from?: string;
  to?: string;
  actor?: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `eventgraph export --format json|jsonl --out PATH|- [--from DAY] [--to DAY] [--actor KEY]` */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the whole graph (or a filtered part) as one file, streamed from Neo4j')
    .option('--format <format>', `one of ${STREAM_FORMATS.join(', ')}`, 'json')
    .requiredOption('--out <path>', 'file to write, or - for stdout')
    .option('--from <day>', 'only articles published on or after this day (YYYY-MM-DD)')
    .option('--to <day>', 'only articles published on or before this day (YYYY-MM-DD)')
    .option('--actor <key>', "only this actor's neighbourhood: it, its events and their actors")
    .action(async (options: ExportOptions) => {
      const format = checkedFormat(options.format);
      const filter = checkedFilter(options);
      const app = await openApp();
      const stream: Writable = options.out === '-' ? process.stdout : createWriteStream(options.out);
      try {
        await exportGraph(app.executor, format, filter, sinkOf(stream));
      } finally {
        await closeStream(stream);
        await app.close();
      }
    });
}

function checkedFormat(format: string): StreamFormat {
  if (!(STREAM_FORMATS as readonly string[]).includes(format)) {
    throw new EventGraphError(
      ErrorCode.BadUserInput,
      `--format must be one of ${STREAM_FORMATS.join(', ')}, not "${format}"`,
    );
  }
  return format as StreamFormat;
}

function checkedFilter(options: ExportOptions): ExportFilter {
  for (const day of [options.from, options.to]) {
    if (day !== undefined && !ISO_DAY.test(day))
      throw new EventGraphError(ErrorCode.BadUserInput, `"${day}" is not a day (YYYY-MM-DD)`);
  }
  return { from: options.from ?? null, to: options.to ?? null, actor: options.actor ?? null };
}
