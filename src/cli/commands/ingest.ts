import { stat } from 'node:fs/promises';
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { openApp } from '../../app.js';
import { isUrl } from '../../parse/fetch.js';
import { listFolder, readSources } from '../../parse/sources.js';
import { fetchConfigWith } from '../fetch-options.js';
import type { IngestSummary } from '../../pipeline/ingest.js';

interface IngestOptions {
  publishedAt?: string;
  batchSize: string;
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
    .option('--batch-size <n>', 'articles per transaction', '50')
    .option(
      '--concurrency <n>',
      'pages fetched at once from URL lists and feeds (default: EVENTGRAPH_FETCH_CONCURRENCY or 4)',
    )
    .action(async (paths: string[], options: IngestOptions) => {
      const app = await openApp();
      try {
        const summary = await ingestWithProgress(app, paths, options);
        console.log(summaryLine(summary));
        for (const { origin, reason } of summary.skipped) console.log(`  skipped ${origin}: ${reason}`);
        for (const { origin, warnings } of summary.warned) {
          for (const warning of warnings) console.log(`  warning ${origin}: ${warning}`);
        }
        if (summary.skipped.some((s) => !s.reason.startsWith('already in the graph'))) process.exitCode = 1;
      } finally {
        await app.close();
      }
    });
}

async function ingestWithProgress(app: Awaited<ReturnType<typeof openApp>>, paths: string[], options: IngestOptions) {
  const batchSize = Number(options.batchSize);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error('--batch-size must be a positive whole number');
  const bar = new SingleBar(
    {
      format: 'ingest [{bar}] {value}/{total} articles | stored {stored} | skipped {skipped}',
      hideCursor: true,
      noTTYOutput: false,
    },
    Presets.shades_classic,
  );
  const showBar = process.stderr.isTTY;
  let total = await countInputs(paths);
  if (showBar) bar.start(total, 0, { stored: 0, skipped: 0 });
  const onMore = (extra: number) => {
    total += extra;
    if (showBar) bar.setTotal(total);
  };
  const fetch = fetchConfigWith(options.concurrency);
  try {
    return await app.ingest.ingestStream(
      readSources(paths, { publishedAt: options.publishedAt ?? null }, { fetch, onMore }),
      {
        batchSize,
        onProgress: (p) => showBar && bar.update(p.done, { stored: p.stored, skipped: p.skipped }),
      },
    );
  } finally {
    if (showBar) bar.stop();
  }
}

async function countInputs(paths: string[]): Promise<number> {
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
    `ingested ${s.articles} articles: ${s.actors} actors, ${s.statements} statements, ` +
    `${s.mediations} mediations, ${s.meetings} meetings; skipped ${s.skipped.length}` +
    (s.warned.length ? `; ${s.warned.length} with warnings` : '')
  );
}
