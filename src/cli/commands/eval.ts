import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { runExtract } from './extract.js';

/** The repository root (two levels above src/cli/commands, also from dist/src/cli/commands). */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const defaultGoldDir = (): string => resolve(repoRoot(), '../shared/eval/dev');

/** Extracts every article of the gold folder into `.eval-out/` and runs score.mjs on it. */
export async function runEval(
  goldDir: string,
  extraArgs: string[],
): Promise<{ status: number; stdout: string; stderr: string }> {
  const out = join(repoRoot(), '.eval-out');
  rmSync(out, { recursive: true, force: true });
  await runExtract([goldDir], { out, quiet: true });
  const scorer = resolve(goldDir, '../score.mjs');
  const r = spawnSync(process.execPath, [scorer, '--gold', goldDir, '--pred', out, ...extraArgs], { encoding: 'utf8' });
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

/** `eventgraph eval [--gold DIR] [--verbose]` */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('extract the gold dev set and score it with score.mjs')
    .option('--gold <dir>', 'folder with NAME.txt and NAME.gold.json files', defaultGoldDir())
    .option('--verbose', 'list every miss')
    .option('--json', 'print the scorer summary as JSON')
    .action(async (opts: { gold: string; verbose?: boolean; json?: boolean }) => {
      const gold = resolve(opts.gold);
      if (!existsSync(gold)) {
        console.error(`eventgraph eval: no gold folder at ${gold}`);
        process.exitCode = 1;
        return;
      }
      const args = [...(opts.verbose ? ['--verbose'] : []), ...(opts.json ? ['--json'] : [])];
      const r = await runEval(gold, args);
      process.stdout.write(r.stdout);
      process.stderr.write(r.stderr);
    });
}
