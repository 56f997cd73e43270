import { Presets, SingleBar } from 'cli-progress';
import type { IngestProgress } from '../pipeline/ingest.js';
import { count } from '../plural.js';
import { printNote } from './output.js';

export interface ProgressReport {
  update(progress: IngestProgress): void;
  /** The last progress seen: after a failure, what was already committed. */
  readonly last: IngestProgress;
  /** More inputs than counted up front (the items of a feed or a URL list). */
  grow(extra: number): void;
  stop(): void;
}

/**
 * Ingest progress on stderr: a bar on a terminal; otherwise (a log, CI) one line at most every
 * `everyMs` (0: one per update), so that a long run shows it is alive and how far it got.
 */
export function startProgress(initialTotal: number, options: { terminal: boolean; everyMs: number }): ProgressReport {
  let total = initialTotal;
  let last: IngestProgress = { done: 0, stored: 0, skipped: 0 };
  if (options.terminal) {
    const bar = new SingleBar(
      { format: 'ingest [{bar}] {value}/{total} articles | stored {stored} | skipped {skipped}', hideCursor: true },
      Presets.shades_classic,
    );
    bar.start(total, 0, { stored: 0, skipped: 0 });
    return {
      update: (p) => {
        last = p;
        bar.update(p.done, { stored: p.stored, skipped: p.skipped });
      },
      get last() {
        return last;
      },
      grow: (extra) => {
        total += extra;
        bar.setTotal(total);
      },
      stop: () => bar.stop(),
    };
  }
  let printedAt = Date.now();
  return {
    update: (p) => {
      last = p;
      if (Date.now() - printedAt < options.everyMs) return;
      printedAt = Date.now();
      printNote(progressLine(p, total));
    },
    get last() {
      return last;
    },
    grow: (extra) => {
      total += extra;
    },
    stop: () => {},
  };
}

export function progressLine(p: IngestProgress, total: number): string {
  return `ingest: ${p.done} of ${count(total, 'article')} read, ${p.stored} stored, ${p.skipped} skipped`;
}
