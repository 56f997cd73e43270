/**
 * Child process of the extraction stage: reads the corpus files, parses and extracts every
 * article on one thread (one core), and reports the rate, the CPU time and the memory profile.
 */
import { cpuUsage, memoryUsage } from 'node:process';
import { createRuleExtractor } from '../src/extract/index.js';
import { checkExtraction } from '../src/graph/ingest/write.js';
import { parseArticle, readSources } from '../src/parse/index.js';
import { runAsChild } from './child.js';

export interface MemorySample {
  done: number;
  rssMiB: number;
  /** Heap after a full GC: what the process keeps, which must stay flat. */
  heapUsedMiB: number;
}

export interface ExtractionResult {
  articles: number;
  failed: number;
  wallMs: number;
  cpuMs: number;
  peakRssMiB: number;
  samples: MemorySample[];
  items: { actors: number; statements: number; mediations: number; meetings: number };
}

const [dir, sizeText] = process.argv.slice(2);
const size = Number(sizeText);
const gc = (globalThis as { gc?: () => void }).gc;
const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

await runAsChild<ExtractionResult>(async () => {
  if (!dir || !size) throw new Error('usage: extraction-worker DIR SIZE');
  const extractor = createRuleExtractor();
  const items = { actors: 0, statements: 0, mediations: 0, meetings: 0 };
  const samples: MemorySample[] = [];
  let peakRss = memoryUsage.rss();
  const sample = (done: number) => {
    gc?.();
    const rss = memoryUsage.rss();
    peakRss = Math.max(peakRss, rss);
    samples.push({ done, rssMiB: mib(rss), heapUsedMiB: mib(memoryUsage().heapUsed) });
  };
  sample(0);
  const every = Math.max(1, Math.floor(size / 10));
  let done = 0;
  let failed = 0;
  let gcMs = 0;
  const cpu0 = cpuUsage();
  const t0 = performance.now();
  for await (const item of readSources([dir])) {
    if ('error' in item) throw item.error;
    try {
      const extracted = await extractor.extract(parseArticle(item));
      checkExtraction(extracted);
      items.actors += extracted.actors.length;
      items.statements += extracted.statements.length;
      items.mediations += extracted.mediations.length;
      items.meetings += extracted.meetings.length;
    } catch {
      failed += 1;
    }
    done += 1;
    if (done % 100 === 0) {
      peakRss = Math.max(peakRss, memoryUsage.rss());
      process.send!({ type: 'progress', done });
    }
    if (done % every === 0) {
      const g = performance.now();
      sample(done);
      gcMs += performance.now() - g;
    }
  }
  const wallMs = performance.now() - t0 - gcMs;
  const cpu = cpuUsage(cpu0);
  if (done !== size) throw new Error(`read ${done} articles, expected ${size}`);
  return {
    articles: done,
    failed,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000 - gcMs,
    peakRssMiB: mib(peakRss),
    samples,
    items,
  };
});
