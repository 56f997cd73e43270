import { childResult, forkBench } from './child.js';
import type { ExtractionResult } from './extraction-worker.js';
import { progress } from './progress.js';

export type { ExtractionResult } from './extraction-worker.js';

export interface ExtractionFigures extends ExtractionResult {
  /** Articles per second of wall time on one thread: one core. */
  perCore: number;
  /** Articles per CPU-second (user + system), the same on a quiet machine. */
  perCpuSecond: number;
  /** Heap kept after GC at the end, minus at 10 % of the run: flat memory is near zero. */
  heapGrowthMiB: number;
}

/** Parse + extract every article of the corpus in a separate single-threaded process. */
export async function runExtraction(dir: string, size: number): Promise<ExtractionFigures> {
  const bar = progress('extraction (1 core)', size);
  const child = forkBench('./extraction-worker.ts', [dir, String(size)], ['--expose-gc']);
  try {
    const result = await childResult<ExtractionResult>(child, (m) => {
      if (m.type === 'progress') bar.update(Number(m.done));
    });
    const early = result.samples.find((s) => s.done > 0) ?? result.samples[0]!;
    const last = result.samples[result.samples.length - 1]!;
    return {
      ...result,
      perCore: result.articles / (result.wallMs / 1000),
      perCpuSecond: result.articles / (result.cpuMs / 1000),
      heapGrowthMiB: Math.round((last.heapUsedMiB - early.heapUsedMiB) * 10) / 10,
    };
  } finally {
    bar.stop();
  }
}
