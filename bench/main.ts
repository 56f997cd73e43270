/**
 * `npm run bench`: extraction, ingestion and queries under load, side by side with the
 * hand-written floor and @neo4j/graphql, written as tables into docs/benchmarks.md.
 * See docs/benchmarks.md and `npm run bench -- --help`.
 */
import { openApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { ensureNeo4j } from '../src/dbserver/ensure.js';
import { stopNeo4j } from '../src/dbserver/stop.js';
import { listFolder } from '../src/parse/sources.js';
import { buildPopulation, defaultCorpusDir, writeCorpus, type CorpusSpec } from './corpus/index.js';
import { countGraph, emptyDatabase, neo4jFacts, openDriver } from './db.js';
import { runExtraction } from './extraction.js';
import { floorWhole, runIngestion } from './ingestion.js';
import { machineFacts } from './machine.js';
import { formatSize, OptionError, parseOptions, USAGE, type BenchOptions } from './options.js';
import { log, progress } from './progress.js';
import { runQueries } from './queries/index.js';
import { profileOperations } from './queries/profile.js';
import { writeReport, type BenchReport, type CorpusFacts } from './report.js';
import { join } from 'node:path';

async function main(): Promise<number> {
  const parsed = parseOptions(process.argv.slice(2));
  if (parsed === 'help') {
    console.log(USAGE);
    return 0;
  }
  const options = parsed;
  const started = performance.now();
  const config = loadConfig();
  const machine = machineFacts();
  log(
    `EventGraph benchmarks: ${[...options.stages].join(', ')}; extraction ${formatSize(options.extractionSize)}, ingestion ${formatSize(options.ingestionSize)} articles${options.smoke ? ' (smoke run)' : ''}`,
  );
  log(
    `machine: ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, load average ${machine.loadAverage.join(' ')}`,
  );

  const needsDb = options.stages.has('ingestion') || options.stages.has('queries');
  const db = needsDb ? await ensureNeo4j(config.neo4j, log) : null;
  const driver = needsDb ? openDriver(config.neo4j) : null;
  let app: App | null = null;
  const report: BenchReport = {
    options,
    machine,
    neo4j: { uri: config.neo4j.uri, version: '?', edition: '?', heap: '?', pagecache: '?' },
    corpora: [],
    extraction: null,
    ingestion: null,
    queries: null,
    profiles: null,
    seconds: 0,
    errors: [],
  };
  const stage = async (name: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      failures += 1;
      const message = String((error as Error).message ?? error).split('\n')[0]!;
      report.errors.push({ stage: name, message });
      log(`${name} FAILED: ${(error as Error).stack ?? message}`);
    }
  };
  let failures = 0;
  try {
    if (driver) {
      report.neo4j = { uri: config.neo4j.uri, ...(await neo4jFacts(driver, config.neo4j)) };
      log(`Neo4j ${report.neo4j.version} ${report.neo4j.edition} at ${config.neo4j.uri}`);
      log(
        `WARNING: this benchmark EMPTIES the Neo4j database at ${config.neo4j.uri} (all nodes and relationships) before loading its corpus.`,
      );
    }

    if (options.stages.has('extraction')) {
      await stage('extraction', async () => {
        const corpus = await corpusFor(options, 'extraction', options.extractionSize, report);
        report.extraction = await runExtraction(corpus, options.extractionSize);
        const e = report.extraction;
        log(
          `extraction: ${e.perCore.toFixed(1)} articles/s per core, peak RSS ${e.peakRssMiB} MiB, heap growth ${e.heapGrowthMiB} MiB, ${e.failed} failed`,
        );
        if (e.failed > 0) failures += 1;
      });
    }

    if (driver && (options.stages.has('ingestion') || options.stages.has('queries'))) {
      app = await openApp(config);
      const dir = await corpusFor(options, 'ingestion and queries', options.ingestionSize, report);
      const ready = app;
      if (options.stages.has('ingestion')) {
        await stage('ingestion', async () => {
          report.ingestion = await runIngestion({
            app: ready,
            driver,
            dir,
            size: options.ingestionSize,
            smoke: options.smoke,
            batchSizes: options.batchSizes,
          });
          const i = report.ingestion;
          log(
            `ingestion: ours ${i.ours.perSecond.toFixed(1)} articles/s (batch ${i.ours.batchSize}, concurrency ${i.ours.concurrency}), floor ${i.floor.perSecond.toFixed(1)} articles/s, ours/floor time ${i.ratio.toFixed(2)}`,
          );
          if (i.ours.skipped > 0 || i.ours.error) failures += 1;
        });
      } else {
        report.loadedBy = await ensureLoaded(app, driver, dir, options.ingestionSize, options.load);
      }
      if (options.stages.has('queries'))
        await stage('queries', async () => {
          report.queries = await runQueries({
            driver,
            config: config.neo4j,
            connections: options.connections,
            seconds: options.duration,
            warmupSeconds: options.smoke ? 0 : 2,
            cpuProfileSeconds: options.smoke ? 1 : 5,
          });
          for (const r of report.queries.results) {
            if (r.status === 'failed') {
              failures += 1;
              log(`queries: ${r.operation} (${r.way}) FAILED: ${r.note ?? ''}`);
            } else if (r.status === 'not implemented') {
              log(`queries: ${r.operation} (${r.way}) not implemented: ${r.note ?? ''}`);
            }
          }
          report.profiles = await profileOperations(ready, driver, report.queries.inputs);
        });
    }
    report.seconds = (performance.now() - started) / 1000;
    await writeReport(options.out, report);
    log(`report written to ${options.out}`);
  } finally {
    if (driver && options.smoke) {
      await emptyDatabase(driver, config.neo4j);
      log(`smoke run: emptied the database at ${config.neo4j.uri} again`);
    }
    await app?.close();
    await driver?.close();
    if (db?.startedHere) await stopNeo4j(config.neo4j, log);
  }
  if (failures > 0) log(`${failures} failure(s): see the report`);
  return failures > 0 ? 1 : 0;
}

/** Writes (or reuses) the corpus of a stage, with a progress bar, and records its facts. */
async function corpusFor(options: BenchOptions, stage: string, size: number, report: BenchReport): Promise<string> {
  const spec: CorpusSpec = { size, seed: options.seed };
  const folder = options.corpusDir
    ? join(options.corpusDir, `corpus-${size}-seed${options.seed}`)
    : defaultCorpusDir(spec);
  const bar = progress(`corpus ${formatSize(size)}`, size);
  const corpus = await writeCorpus(spec, folder, (done) => bar.update(done));
  bar.stop();
  log(
    `corpus of ${formatSize(size)} articles (seed ${options.seed}) ${corpus.reused ? 'reused from' : 'written to'} ${corpus.dir}`,
  );
  const population = buildPopulation(options.seed, size);
  const facts: CorpusFacts = {
    stage,
    size,
    seed: options.seed,
    megabytes: corpus.bytes / 1e6,
    population: {
      persons: population.persons.length,
      organizations: population.organizations.length,
      outlets: population.outlets.length,
      countries: population.countries.length,
    },
  };
  report.corpora.push(facts);
  return corpus.dir;
}

/** For `--only queries`: the graph must hold this corpus; otherwise empty it and load it (untimed). */
async function ensureLoaded(
  app: App,
  driver: NonNullable<ReturnType<typeof openDriver>>,
  dir: string,
  size: number,
  how: 'ours' | 'floor',
): Promise<string> {
  const counts = await countGraph(driver, app.config.neo4j);
  if (counts.articles === size) {
    log(`the graph already holds ${size} articles: querying it as it is`);
    return 'the graph as it was (holding the corpus)';
  }
  log(
    `loading the ${formatSize(size)} corpus for the queries with ${how === 'ours' ? 'our ingestion' : 'the floor writer'} (untimed; the database is emptied first)`,
  );
  await emptyDatabase(driver, app.config.neo4j);
  const files = await listFolder(dir);
  if (how === 'floor') {
    const run = await floorWhole(driver, app, files, 1000);
    log(`loaded ${run.articles} articles with the floor writer`);
    return 'the floor writer (the same nodes and relationships as ours)';
  }
  const bar = progress('load for queries', files.length);
  await app.ingest.ingestStream((await import('../src/parse/index.js')).readSources(files), {
    batchSize: 100,
    onProgress: (p) => bar.update(p.done),
  });
  bar.stop();
  return 'our ingestion';
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof OptionError) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
