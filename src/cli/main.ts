import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { repoRoot } from '../paths.js';
import { registerDb } from './commands/db.js';
import { registerEval } from './commands/eval.js';
import { registerExtract } from './commands/extract.js';
import { registerEvalGraph } from './commands/eval-graph.js';
import { registerExport } from './commands/export.js';
import { registerIngest } from './commands/ingest.js';
import { registerServe } from './commands/serve.js';
import { registerWatch } from './commands/watch.js';
import { reportFatal } from './report-fatal.js';

const USAGE_EXIT_CODE = 2;

function version(): string {
  return (JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** Commander's own errors (unknown option, bad value) as one line with where to read more, on stderr. */
function oneLineUsageErrors(command: Command): void {
  command.exitOverride().configureOutput({
    outputError: (text, write) =>
      write(`eventgraph: ${text.replace(/^error: /, '').trim()} (see: eventgraph ${commandPath(command)}--help)\n`),
  });
  for (const sub of command.commands) oneLineUsageErrors(sub);
}

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.map((name) => `${name} `).join('');
}

const program = new Command()
  .name('eventgraph')
  .description('News articles to a Neo4j knowledge graph of actors, statements, mediations and meetings')
  .version(version(), '-V, --version', 'print the version')
  .option('--debug', 'on failure, print the stack and causes too');

registerIngest(program);
registerExtract(program);
registerServe(program);
registerDb(program);
registerEval(program);
registerExport(program);
registerEvalGraph(program);
registerWatch(program);
oneLineUsageErrors(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end here too, with exit code 0.
    process.exitCode = error.exitCode === 0 ? 0 : USAGE_EXIT_CODE;
  } else {
    reportFatal(error, { debug: program.opts<{ debug?: boolean }>().debug });
    // Open handles (a half-started server, a driver pool) must not keep a failed command alive.
    process.exit();
  }
}
