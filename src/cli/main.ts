#!/usr/bin/env node
import { Command } from 'commander';
import { registerExtract } from './commands/extract.js';
import { registerEval } from './commands/eval.js';
import { reportFatal } from './report-fatal.js';

const program = new Command()
  .name('eventgraph')
  .description('News articles to a Neo4j knowledge graph of actors, statements, mediations and meetings')
  .showHelpAfterError();

registerExtract(program);
registerEval(program);

program.parseAsync(process.argv).catch(reportFatal);
