import type { Command } from 'commander';

/** `eventgraph extract PATH... --out DIR [--explain]`: owned by the extraction work. */
export function registerExtract(program: Command): void {
  program.command('extract').description('(not implemented yet)');
}
