import { stat } from 'node:fs/promises';
import { type Command, InvalidArgumentError } from 'commander';
import type { App } from '../../app.js';
import { isUrl } from '../../parse/fetch.js';
import { fetchConfigWith } from '../fetch-options.js';
import type { IngestSummary } from '../../pipeline/ingest.js';
import { count } from '../../plural.js';
import { printNote, printResult } from '../output.js';

interface IngestOptions {
  publishedAt?: string;
  batchSize: number;
  progressEvery: number;
  concurrency?: string;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('parse, extract and store articles (files, folders, URLs, feeds, URL lists, or - for stdin) in Neo4j')
    .argument(
      '<paths...>',
      'article files (.txt, .json, .html), folders, http(s) URLs of pages or RSS/Atom feeds, files of URLs or GDELT exports, or - for stdin',
    )
    .option('--published-at <date>', 'publication date (YYYY-MM-DD) for articles that do not carry one')
    .option('--batch-size <n>', 'articles per transaction', wholeNumber(1), 50)
    .option(
      '--progress-every <seconds>',
      'when not on a terminal: a progress line at most this often',
      wholeNumber(0),
      10,
    )
    .option(
      '--concurrency <n>',
      'pages fetched at once from URL lists and feeds (default: EVENTGRAPH_FETCH_CONCURRENCY or 4)',
    )
    .action(async (paths: string[], options: IngestOptions) => {
      // Loaded when the command runs, so that --help and --version stay instant.
      const { openApp } = await import('../../app.js');
      const app = await openApp();
      try {
        const summary = await ingestWithProgress(app, paths, options);
        printResult(summaryLine(summary));
        const { duplicates, rejected } = splitSkipped(summary);
        if (duplicates > 0)
          printNote(`${count(duplicates, 'article')} already in the graph (same content), left unchanged`);
        for (const { origin, reason } of rejected) printNote(`skipped ${origin}: ${withoutOrigin(reason, origin)}`);
        for (const { origin, warnings } of summary.warned) {
          for (const warning of warnings) printNote(`warning ${origin}: ${warning}`);
        }
        if (rejected.length > 0) process.exitCode = 1;
      } finally {
        await app.close();
      }
    });
}

/** A commander argument parser for whole numbers of at least `min`. */
export function wholeNumber(min: number): (raw: string) => number {
  return (raw) => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min)
      throw new InvalidArgumentError(`Give a whole number of at least ${min}`);
    return value;
  };
}

async function ingestWithProgress(app: App, paths: string[], options: IngestOptions): Promise<IngestSummary> {
  const { readSources } = await import('../../parse/sources.js');
  const { startProgress } = await import('../progress.js');
  const fetch = fetchConfigWith(options.concurrency);
  const progress = startProgress(await countInputs(paths), {
    terminal: process.stderr.isTTY === true,
    everyMs: options.progressEvery * 1000,
  });
  try {
    const sources = readSources(
      paths,
      { publishedAt: options.publishedAt ?? null },
      { fetch, onMore: (extra) => progress.grow(extra) },
    );
    const summary = await app.ingest.ingestStream(sources, {
      batchSize: options.batchSize,
      onProgress: (p) => progress.update(p),
    });
    progress.stop();
    return summary;
  } catch (error) {
    progress.stop();
    const { stored, skipped } = progress.last;
    printNote(
      `ingest stopped: ${count(stored, 'article')} committed and ${skipped} skipped before the failure; ` +
        'the same command again ingests the rest (stored articles are recognised and skipped)',
    );
    throw error;
  }
}

async function countInputs(paths: string[]): Promise<number> {
  const { listFolder } = await import('../../parse/sources.js');
  let total = 0;
  for (const path of paths) {
    if (path === '-' || isUrl(path)) total += 1;
    else
      total += await stat(path).then(
        (s) => (s.isDirectory() ? listFolder(path).then((f) => f.length) : 1),
        () => 1,
      );
  }
  return total;
}

export function summaryLine(s: IngestSummary): string {
  return (
    `ingested ${count(s.articles, 'article')}: ${count(s.actors, 'actor')}, ${count(s.statements, 'statement')}, ` +
    `${count(s.mediations, 'mediation')}, ${count(s.meetings, 'meeting')}; skipped ${s.skipped.length}` +
    (s.warned.length ? `; ${count(s.warned.length, 'article')} with warnings` : '')
  );
}

const DUPLICATE = 'already in the graph';

/** Articles already stored are counted; the ones that could not be read are listed with their reason. */
function splitSkipped(summary: IngestSummary) {
  const rejected = summary.skipped.filter((s) => !s.reason.startsWith(DUPLICATE));
  return { duplicates: summary.skipped.length - rejected.length, rejected };
}

/** A reason that starts with the input's path does not repeat it after "skipped PATH:". */
function withoutOrigin(reason: string, origin: string): string {
  return reason.startsWith(`${origin}: `) ? reason.slice(origin.length + 2) : reason;
}
