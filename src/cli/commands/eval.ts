import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { repoRoot } from '../../paths.js';
import { printNote } from '../output.js';
import { runExtract } from './extract.js';

/** The shared gold sets `eval` scores when no --gold is given. */
export const defaultGoldDirs = (): string[] =>
  ['dev', 'dev2', 'dev3'].map((set) => resolve(repoRoot(), '../shared/eval', set)).filter((dir) => existsSync(dir));

/** Extracts every article of the gold folder into `.eval-out/` and runs score.mjs on it. */
export async function runEval(
  goldDir: string,
  extraArgs: string[],
): Promise<{ status: number; stdout: string; stderr: string }> {
  const out = join(repoRoot(), '.eval-out');
  rmSync(out, { recursive: true, force: true });
  await runExtract([goldDir], { out, quiet: true });
  const scorer = scorerFor(goldDir);
  if (!scorer)
    return { status: 1, stdout: '', stderr: `eventgraph: no score.mjs beside ${goldDir} or in ../shared/eval\n` };
  const r = spawnSync(process.execPath, [scorer, '--gold', goldDir, '--pred', out, ...extraArgs], { encoding: 'utf8' });
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

/** The scorer beside the gold folder (the shared sets), else the shared one (a team's own set, e.g. test/heldout). */
export function scorerFor(goldDir: string): string | null {
  const candidates = [resolve(goldDir, '../score.mjs'), resolve(repoRoot(), '../shared/eval/score.mjs')];
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** `eventgraph eval [--gold DIR] [--verbose]` */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('extract gold sets (default: ../shared/eval/dev, dev2 and dev3) and score each with score.mjs')
    .option('--gold <dir...>', 'folders with NAME.txt and NAME.gold.json files')
    .option('--verbose', 'list every miss')
    .option('--json', 'print the scorer summary as JSON')
    .action(async (opts: { gold?: string[]; verbose?: boolean; json?: boolean }) => {
      const golds = opts.gold?.map((dir) => resolve(dir)) ?? defaultGoldDirs();
      const missing = golds.find((dir) => !existsSync(dir));
      if (missing || golds.length === 0) {
        printNote(`eventgraph: eval finds no gold folder at ${missing ?? '../shared/eval'}: give one with --gold DIR`);
        process.exitCode = 1;
        return;
      }
      const args = [...(opts.verbose ? ['--verbose'] : []), ...(opts.json ? ['--json'] : [])];
      for (const gold of golds) {
        if (golds.length > 1 && !opts.json) process.stdout.write(`\n== ${gold}\n`);
        const r = await runEval(gold, args);
        process.stdout.write(r.stdout);
        process.stderr.write(r.stderr);
        if (r.status !== 0) process.exitCode = r.status;
      }
    });
}
