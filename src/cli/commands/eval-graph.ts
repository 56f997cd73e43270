import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { openApp, type App } from '../../app.js';
import { ErrorCode, EventGraphError } from '../../domain/errors.js';
import { emptyGraph } from '../../graph/empty.js';
import { exportGraph, NO_FILTER } from '../../graph/export/index.js';
import { closeStream, sinkOf } from '../../graph/export/sink.js';
import { readSources } from '../../parse/sources.js';
import { repoRoot } from '../../paths.js';

/** The gold sets `eval-graph` scores when no --gold is given: the shared dev and dev3, and our own blind sets. */
const defaultGraphGoldDirs = (): string[] =>
  [
    ...['dev', 'dev3'].map((set) => resolve(repoRoot(), '../shared/eval', set)),
    ...[
      'heldout-links',
      'heldout-links2',
      'heldout-links3',
      'heldout-links4',
      'heldout-links5',
      'heldout-links6',
      'heldout-links7',
      'heldout-links8',
      'heldout-links9',
      'heldout-links10',
      'heldout-links11',
    ].map((set) => resolve(repoRoot(), 'test', set)),
  ].filter((dir) => existsSync(dir));

/** The scorer beside the gold folder, else the shared one (a set of ours lives under test/). */
const graphScorer = (goldDir: string): string => {
  const beside = resolve(goldDir, '../score-graph.mjs');
  return existsSync(beside) ? beside : resolve(repoRoot(), '../shared/eval/score-graph.mjs');
};

/**
 * Empties the graph, ingests the gold folder, exports the graph to `.eval-out/graph-SET.json` and
 * scores it with score-graph.mjs (the links file beside the folder).
 */
export async function runEvalGraph(
  app: App,
  goldDir: string,
  extraArgs: string[],
): Promise<{ status: number; stdout: string; stderr: string }> {
  await emptyGraph(app.executor);
  const summary = await app.ingest.ingestStream(readSources([goldDir]), { batchSize: 1 });
  const outDir = join(repoRoot(), '.eval-out');
  mkdirSync(outDir, { recursive: true });
  const exported = join(outDir, `graph-${basename(goldDir)}.json`);
  const stream = createWriteStream(exported);
  await exportGraph(app.executor, 'json', NO_FILTER, sinkOf(stream));
  await closeStream(stream);
  const scorer = graphScorer(goldDir);
  const r = spawnSync(process.execPath, [scorer, '--gold', goldDir, '--graph', exported, ...extraArgs], {
    encoding: 'utf8',
  });
  const skipped = summary.skipped.map((s) => `skipped ${s.origin}: ${s.reason}\n`).join('');
  return { status: r.status ?? 1, stdout: r.stdout, stderr: skipped + r.stderr };
}

/** `eventgraph eval-graph --empty-graph [--gold DIR...] [--verbose] [--json]` */
export function registerEvalGraph(program: Command): void {
  program
    .command('eval-graph')
    .description(
      'empty the graph, ingest gold sets (default: ../shared/eval/dev and dev3, test/heldout-links to heldout-links11), export and score the merging',
    )
    .requiredOption('--empty-graph', 'confirms that the graph of the configured Neo4j may be emptied')
    .option('--gold <dir...>', 'folders with NAME.txt and NAME.gold.json files, DIR.links.json beside each')
    .option('--verbose', 'list every split and wrong merge')
    .option('--json', 'print the scorer summary as JSON')
    .action(async (opts: { gold?: string[]; verbose?: boolean; json?: boolean }) => {
      const golds = opts.gold?.map((dir) => resolve(dir)) ?? defaultGraphGoldDirs();
      const missing = golds.find((dir) => !existsSync(dir));
      if (missing || golds.length === 0) {
        throw new EventGraphError(ErrorCode.BadUserInput, `no gold folder at ${missing ?? '../shared/eval'}`);
      }
      const args = [...(opts.verbose ? ['--verbose'] : []), ...(opts.json ? ['--json'] : [])];
      const app = await openApp();
      try {
        for (const gold of golds) {
          if (golds.length > 1 && !opts.json) process.stdout.write(`\n== ${gold}\n`);
          const r = await runEvalGraph(app, gold, args);
          process.stdout.write(r.stdout);
          process.stderr.write(r.stderr);
          if (r.status !== 0) process.exitCode = r.status;
        }
      } finally {
        await app.close();
      }
    });
}
