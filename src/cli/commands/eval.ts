import type { Command } from 'commander';

/** `eventgraph eval`: owned by the extraction work. */
export function registerEval(program: Command): void {
  program.command('eval').description('(not implemented yet)');
}
