#!/usr/bin/env node
import { Command } from 'commander';
import { registerExtract } from './commands/extract.js';
import { registerEval } from './commands/eval.js';
import { registerEvalGraph } from './commands/eval-graph.js';
import { registerExport } from './commands/export.js';
import { registerIngest } from './commands/ingest.js';
import { registerServe } from './commands/serve.js';
import { reportFatal } from './report-fatal.js';

const program = new Command()
  .name('eventgraph')
  .description('News articles to a Neo4j knowledge graph of actors, statements, mediations and meetings')
  .showHelpAfterError();

registerIngest(program);
registerExtract(program);
registerServe(program);
registerEval(program);
registerExport(program);
registerEvalGraph(program);

program.parseAsync(process.argv).catch(reportFatal);
