import type { Driver } from 'neo4j-driver';
import type { App } from '../src/app.js';
import type { ExtractedArticle } from '../src/domain/article.js';
import type { CypherQuery } from '../src/graph/cypher.js';
import type { Executor, Row } from '../src/graph/executor.js';
import { IngestService } from '../src/pipeline/ingest.js';
import { checkExtraction } from '../src/graph/ingest/write.js';
import { parseArticle, readSources } from '../src/parse/index.js';
import { listFolder } from '../src/parse/sources.js';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { childResult, forkBench } from './child.js';
import { countGraph, emptyDatabase, type GraphCounts } from './db.js';
import { floorRows, type NameMap } from './floor/rows.js';
import { writeFloorBatch } from './floor/write.js';
import { log, progress } from './progress.js';
import { ExtractionPool } from '../src/pipeline/extraction-pool.js';

export interface IngestRun {
  articles: number;
  batchSize: number;
  concurrency: number;
  ms: number;
  perSecond: number;
  /** Articles per second over each tenth of the run: flat, or slowing down as the graph grows. */
  tenths?: number[];
}

/** Records (articles, ms) as a run passes each tenth of `total`, and turns them into rates. */
class Tenths {
  private readonly marks: { articles: number; ms: number }[] = [{ articles: 0, ms: 0 }];

  constructor(private readonly total: number) {}

  mark(articles: number, ms: number): void {
    const last = this.marks[this.marks.length - 1]!;
    if (articles >= last.articles + this.total / 10) this.marks.push({ articles, ms });
  }

  rates(): number[] {
    return this.marks
      .slice(1)
      .map((m, k) => (m.articles - this.marks[k]!.articles) / ((m.ms - this.marks[k]!.ms) / 1000));
  }
}

export interface FullRun extends IngestRun {
  graph: GraphCounts;
  /** Nodes + relationships committed per second. */
  itemsPerSecond: number;
  skipped: number;
  /** Why the run stopped before the end of the corpus. */
  error?: string;
}

export interface IngestionFigures {
  size: number;
  sweepSize: number;
  sweep: IngestRun[];
  floorSweep: IngestRun[];
  ours: FullRun;
  floor: FullRun & { extractMs: number };
  /** ours.ms / floor.ms: 1.0 means as fast as the hand-written floor. */
  ratio: number;
  /** Where ours spends its time, from an instrumented (untimed) run. */
  breakdown: string;
}

export interface IngestionPlan {
  app: App;
  driver: Driver;
  dir: string;
  size: number;
  smoke: boolean;
  /** Given batch sizes (one stream): no sweep. */
  batchSizes: { ours: number; floor: number } | null;
}

/**
 * Ingestion into Neo4j, ours and the floor, on an emptied database each time:
 * 1. a sweep of batch size and concurrency over the first articles, for both (unless the sizes are given);
 * 2. the whole corpus through the floor, timing only its write transactions;
 * 3. the whole corpus with the best settings, ours from files to committed graph.
 * Leaves the database holding the corpus as ingested by ours, for the query stage.
 */
export async function runIngestion(plan: IngestionPlan): Promise<IngestionFigures> {
  const { app, driver, dir, size, smoke } = plan;
  const config = app.config.neo4j;
  const files = await listFolder(dir);
  if (files.length !== size) throw new Error(`corpus ${dir} has ${files.length} articles, expected ${size}`);
  const given = plan.batchSizes;
  const sweepSize = given
    ? 0
    : Math.min(size, smoke ? 100 : size >= 50_000 ? 3000 : Math.max(200, Math.floor(size / 5)));
  const { sweep, floorSweep } = given
    ? { sweep: [], floorSweep: [] }
    : await sweepSettings(plan, files.slice(0, sweepSize));
  const oursBest = given ? { batchSize: given.ours, concurrency: 1 } : best(sweep);
  const floorBest = given ? { batchSize: given.floor } : best(floorSweep);

  // 2. the floor on the whole corpus: extracted ahead (untimed, one process per core), then written batch by batch (timed)
  await emptyDatabase(driver, config);
  log(`ingestion (floor): ${size} articles, batch size ${floorBest.batchSize}; extraction ahead of time is not timed`);
  const floorRun = await floorWhole(driver, app, files, floorBest.batchSize);
  const floorGraph = await countGraph(driver, config);

  // 3. ours on the whole corpus, from files to committed graph, as the CLI ingests (extraction in
  // the worker pool); the executor is wrapped to add up where the write transactions spend their time
  await emptyDatabase(driver, config);
  log(`ingestion (ours): ${size} articles, batch size ${oursBest.batchSize}, concurrency ${oursBest.concurrency}`);
  const times = new Map<string, number>();
  const pool = new ExtractionPool(app.config.extraction.workers, app.config.extraction.timeoutMs);
  // the worker threads load their modules and lexicon before the clock starts, as in a running server
  await warmUp(pool, files[0]!);
  const instrumented = {
    ingest: new IngestService(timedExecutor(app.executor, times), pool, app.config.extraction),
  };
  const oursRun = await ingestOurs(
    instrumented,
    files,
    oursBest.batchSize,
    oursBest.concurrency,
    'ingest (ours)',
    true,
  ).finally(() => pool.close());
  const oursGraph = await countGraph(driver, config);
  const breakdown =
    [...times]
      .sort(([, a], [, b]) => b - a)
      .map(([k, v]) => `${k} ${f1(v / 1000)} s`)
      .join(', ') +
    ` (wall ${f1(oursRun.ms / 1000)} s, ${oursBest.concurrency} stream${oursBest.concurrency > 1 ? 's' : ''})`;

  const ours: FullRun = {
    ...oursRun,
    graph: oursGraph,
    itemsPerSecond: (oursGraph.nodes + oursGraph.relationships) / (oursRun.ms / 1000),
  };
  const floor = {
    ...floorRun,
    skipped: size - floorRun.articles,
    graph: floorGraph,
    itemsPerSecond: (floorGraph.nodes + floorGraph.relationships) / (floorRun.ms / 1000),
  };
  return { size, sweepSize, sweep, floorSweep, ours, floor, ratio: ours.ms / floor.ms, breakdown };
}

/** The batch sizes and concurrency to ingest with: each tried on the first articles, on an emptied database. */
async function sweepSettings(
  plan: IngestionPlan,
  sweepFiles: string[],
): Promise<{ sweep: IngestRun[]; floorSweep: IngestRun[] }> {
  const { app, driver, smoke } = plan;
  const config = app.config.neo4j;
  // ours: batch sizes with one stream (it overlaps extraction and writes), then more streams at the best size
  const sweep: IngestRun[] = [];
  const sweepOurs = async (batchSize: number, concurrency: number) => {
    await emptyDatabase(driver, config);
    sweep.push(await ingestOurs(app, sweepFiles, batchSize, concurrency, `sweep b=${batchSize} c=${concurrency}`));
  };
  for (const b of smoke ? [50] : [50, 100, 250, 500]) await sweepOurs(b, 1);
  const bestBatch = best(sweep).batchSize;
  for (const c of smoke ? [] : [2, 4]) await sweepOurs(bestBatch, c);
  // the floor: batch sizes over the same articles, extracted once
  const extracted = await extractAll(sweepFiles, 'extract for the floor sweep');
  const floorSweep: IngestRun[] = [];
  for (const b of smoke ? [100] : [100, 500, 1000]) {
    await emptyDatabase(driver, config);
    floorSweep.push(await writeFloor(driver, app, batches(extracted, b), b, `floor sweep b=${b}`));
  }
  return { sweep, floorSweep };
}

const f1 = (x: number) => x.toFixed(1);

/** What a write-transaction statement is about: the node or relationship it merges or creates, else what it reads. */
function statementKind(text: string): string {
  const merge = /MERGE \(\w*:(\w+)/.exec(text) ?? /MERGE \(\w+\)-\[\w*:(\w+)/.exec(text);
  if (merge) return `MERGE ${merge[1]}`;
  const create = /CREATE \(\w*:(\w+)/.exec(text);
  if (create) return `CREATE ${create[1]}`;
  const match = /MATCH \(\w*:(\w+)/.exec(text) ?? /MATCH \(:\w+[^)]*\)-\[:\w+\]->\(\w*:(\w+)/.exec(text);
  return match ? `read ${match[1]}` : 'other';
}

/** Adds the time of each write statement (by what it writes) and of each whole transaction to `times`. */
function timedExecutor(inner: Executor, times: Map<string, number>): Executor {
  const add = (key: string, ms: number) => times.set(key, (times.get(key) ?? 0) + ms);
  const wrapper = Object.create(inner) as Executor;
  wrapper.writeTransaction = async <T>(
    work: (run: (query: CypherQuery) => Promise<Row[]>) => Promise<T>,
  ): Promise<T> => {
    const t0 = performance.now();
    let statements = 0;
    try {
      return await inner.writeTransaction((run) =>
        work(async (query) => {
          const t = performance.now();
          try {
            return await run(query);
          } finally {
            const ms = performance.now() - t;
            statements += ms;
            add(`db ${statementKind(query.text)}`, ms);
          }
        }),
      );
    } finally {
      add('db commit and driver', performance.now() - t0 - statements);
    }
  };
  return wrapper;
}

function best(runs: IngestRun[]): IngestRun {
  return runs.reduce((a, b) => (b.perSecond > a.perSecond ? b : a));
}

/**
 * Our pipeline (IngestService.ingestStream), `concurrency` streams over contiguous parts of the
 * files. A failure does not throw: the run ends there, with the articles stored so far and the error.
 */
async function ingestOurs(
  app: Pick<App, 'ingest'>,
  files: string[],
  batchSize: number,
  concurrency: number,
  label: string,
  checkAll = false,
): Promise<IngestRun & { skipped: number; error?: string }> {
  const bar = progress(label, files.length);
  const done = new Array<number>(concurrency).fill(0);
  const stored = new Array<number>(concurrency).fill(0);
  const part = Math.ceil(files.length / concurrency);
  const tenths = new Tenths(files.length);
  const t0 = performance.now();
  try {
    const summaries = await Promise.all(
      Array.from({ length: concurrency }, (_, k) =>
        app.ingest.ingestStream(readSources(files.slice(k * part, (k + 1) * part)), {
          batchSize,
          onProgress: (p) => {
            done[k] = p.done;
            stored[k] = p.stored;
            bar.update(done.reduce((s, x) => s + x, 0));
            tenths.mark(
              stored.reduce((s, x) => s + x, 0),
              performance.now() - t0,
            );
          },
        }),
      ),
    );
    const ms = performance.now() - t0;
    const articles = summaries.reduce((s, x) => s + x.articles, 0);
    const skipped = summaries.flatMap((x) => x.skipped);
    if (checkAll && skipped.length)
      log(`  ${skipped.length} articles skipped, e.g. ${skipped[0]!.origin}: ${skipped[0]!.reason}`);
    return {
      articles,
      batchSize,
      concurrency,
      ms,
      perSecond: articles / (ms / 1000),
      skipped: skipped.length,
      tenths: tenths.rates(),
    };
  } catch (error) {
    const ms = performance.now() - t0;
    const articles = stored.reduce((s, x) => s + x, 0);
    const message = String((error as Error).message ?? error).split('\n')[0]!;
    log(`  ${label} FAILED after ${articles} articles stored in ${(ms / 1000).toFixed(1)} s: ${message}`);
    return {
      articles,
      batchSize,
      concurrency,
      ms,
      perSecond: articles / (ms / 1000),
      skipped: 0,
      error: message,
      tenths: tenths.rates(),
    };
  } finally {
    bar.stop();
  }
}

async function extractOne(raw: Parameters<typeof parseArticle>[0], app: App): Promise<ExtractedArticle | null> {
  try {
    const extracted = await app.extractor.extract(parseArticle(raw));
    checkExtraction(extracted);
    return extracted;
  } catch {
    return null; // skipped by ours as well
  }
}

async function extractAll(files: string[], label: string, app?: App): Promise<ExtractedArticle[]> {
  const { createRuleExtractor } = await import('../src/extract/index.js');
  const extractorApp = app ?? ({ extractor: createRuleExtractor() } as App);
  const bar = progress(label, files.length);
  const out: ExtractedArticle[] = [];
  let done = 0;
  for await (const item of readSources(files)) {
    if (!('error' in item)) {
      const extracted = await extractOne(item, extractorApp);
      if (extracted) out.push(extracted);
    }
    if (++done % 50 === 0) bar.update(done);
  }
  bar.stop();
  return out;
}

function* batches<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** The floor over already extracted batches: only the write transactions are timed. */
async function writeFloor(
  driver: Driver,
  app: App,
  input: Iterable<ExtractedArticle[]>,
  batchSize: number,
  label: string,
): Promise<IngestRun> {
  const names: NameMap = new Map();
  const seen = new Set<string>();
  let ms = 0;
  let articles = 0;
  for (const batch of input) {
    ms += await writeFloorBatch(driver, app.config.neo4j, floorRows(dedupe(batch, seen), names));
    articles += batch.length;
  }
  log(`  ${label}: ${articles} articles in ${(ms / 1000).toFixed(1)} s of writes`);
  return { articles, batchSize, concurrency: 1, ms, perSecond: articles / (ms / 1000) };
}

/**
 * The whole corpus through the floor: extracted ahead by one child process per core into JSON
 * lines (untimed), then read back in corpus order and written batch by batch (timed).
 */
export async function floorWhole(
  driver: Driver,
  app: App,
  files: string[],
  batchSize: number,
): Promise<IngestRun & { extractMs: number }> {
  const work = await mkdtemp(join(tmpdir(), 'eventgraph-floor-'));
  try {
    const parts = Math.max(1, Math.min(availableParallelism(), 4));
    const per = Math.ceil(files.length / parts);
    const bar = progress('extract for the floor', files.length);
    const done = new Array<number>(parts).fill(0);
    const t0 = performance.now();
    const outputs = await Promise.all(
      Array.from({ length: parts }, async (_, k) => {
        const list = join(work, `files-${k}.json`);
        const out = join(work, `extracted-${k}.jsonl`);
        await writeFile(list, JSON.stringify(files.slice(k * per, (k + 1) * per)));
        await childResult(forkBench('./floor/extract-worker.ts', [list, out]), (m) => {
          if (m.type === 'progress') {
            done[k] = Number(m.done);
            bar.update(done.reduce((s, x) => s + x, 0));
          }
        });
        return out;
      }),
    );
    bar.stop();
    const extractMs = performance.now() - t0;

    const writeBar = progress('ingest (floor)', files.length);
    const tenths = new Tenths(files.length);
    const names: NameMap = new Map();
    const seen = new Set<string>();
    let ms = 0;
    let articles = 0;
    let batch: ExtractedArticle[] = [];
    const flush = async () => {
      if (batch.length) ms += await writeFloorBatch(driver, app.config.neo4j, floorRows(batch, names));
      articles += batch.length;
      batch = [];
      tenths.mark(articles, ms);
      writeBar.update(articles, `writes ${(ms / 1000).toFixed(0)} s`);
    };
    for (const out of outputs) {
      for await (const line of createInterface({ input: createReadStream(out), crlfDelay: Infinity })) {
        if (!line) continue;
        const extracted = JSON.parse(line) as ExtractedArticle;
        if (seen.has(extracted.article.id)) continue;
        seen.add(extracted.article.id);
        batch.push(extracted);
        if (batch.length >= batchSize) await flush();
      }
    }
    await flush();
    writeBar.stop();
    return {
      articles,
      batchSize,
      concurrency: 1,
      ms,
      perSecond: articles / (ms / 1000),
      extractMs,
      tenths: tenths.rates(),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function dedupe(batch: ExtractedArticle[], seen: Set<string>): ExtractedArticle[] {
  return batch.filter((e) => {
    if (seen.has(e.article.id)) return false;
    seen.add(e.article.id);
    return true;
  });
}

/** One extraction, untimed, once the pool has started its threads (they load their modules and lexicon at start). */
async function warmUp(pool: ExtractionPool, file: string): Promise<void> {
  for await (const item of readSources([file])) {
    if (!('error' in item)) await pool.extract(item).catch(() => undefined);
  }
}
