import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractedArticle } from '../domain/article.js';
import { type ArticleErrorCode, BadArticleError } from '../domain/errors.js';
import type { RawArticle } from '../domain/source.js';
import { type ArticleExtraction, timedOut } from './extraction.js';

interface Task {
  id: number;
  raw: RawArticle;
  resolve: (extracted: ExtractedArticle) => void;
  reject: (error: Error) => void;
}

interface Reply {
  ready?: true;
  id: number;
  extracted?: ExtractedArticle;
  error?: { badArticle: boolean; message: string; code?: ArticleErrorCode };
}

interface Slot {
  worker: Worker;
  /** The worker has loaded its modules: an article's time budget starts when it gets the article. */
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

/**
 * The worker's entry. Run from source (tsx, vitest), the worker is TypeScript: a small ESM
 * bootstrap registers tsx's loader in the worker thread, then imports it (loader flags of the
 * parent thread do not reach workers under vitest).
 */
function workerEntry(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./extraction-worker.js', import.meta.url);
  // require.resolve gives the CommonJS build; the worker imports its ESM twin beside it.
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const worker = new URL('./extraction-worker.ts', import.meta.url).href;
  const boot = `import { register } from ${JSON.stringify(tsxApi)}; register(); await import(${JSON.stringify(worker)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
}

/**
 * The rule extractor in `size` worker threads (node:worker_threads), off the event loop: the
 * server keeps answering while articles are extracted, and N articles are extracted at once.
 * Tasks wait in one queue; an article that runs past `timeoutMs` is refused and its worker is
 * replaced (a synchronous extraction can only be stopped by ending its thread).
 */
export class ExtractionPool implements ArticleExtraction {
  readonly name = 'rules';
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly timeoutMs: number,
  ) {}

  extract(raw: RawArticle): Promise<ExtractedArticle> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, raw, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const closed = new Error('the extraction pool is closed');
    for (const task of this.queue.splice(0)) task.reject(closed);
    for (const slot of this.slots) slot.task?.reject(closed);
    await Promise.all(this.slots.splice(0).map((slot) => this.stop(slot)));
  }

  private dispatch(): void {
    while (this.queue.length) {
      const slot = this.slots.find((s) => s.ready && s.task === null);
      if (!slot) {
        this.spawn();
        return;
      }
      const task = this.queue.shift()!;
      slot.task = task;
      slot.timer = setTimeout(() => this.expire(slot), this.timeoutMs);
      slot.worker.postMessage({ id: task.id, raw: task.raw });
    }
  }

  /** Starts one more worker while there is work waiting that no starting worker will take. */
  private spawn(): void {
    const starting = this.slots.filter((s) => !s.ready).length;
    if (this.slots.length >= this.size || starting >= this.queue.length) return;
    const slot: Slot = { worker: new Worker(workerEntry()), ready: false, task: null, timer: null };
    slot.worker.on('message', (reply: Reply) => this.settle(slot, reply));
    slot.worker.on('error', (error) => this.fail(slot, error));
    slot.worker.on('exit', (code) => this.fail(slot, new Error(`an extraction worker exited with code ${code}`)));
    this.slots.push(slot);
    this.spawn();
  }

  private settle(slot: Slot, reply: Reply): void {
    if (reply.ready) {
      slot.ready = true;
      this.dispatch();
      return;
    }
    const task = slot.task;
    if (!task || task.id !== reply.id) return;
    this.release(slot);
    if (reply.extracted) task.resolve(reply.extracted);
    else if (reply.error?.badArticle)
      task.reject(new BadArticleError(task.raw.origin, reply.error.message, reply.error.code));
    else task.reject(extractionFailed(task, reply.error?.message ?? 'no result'));
    this.dispatch();
  }

  private expire(slot: Slot): void {
    const task = slot.task;
    this.remove(slot);
    task?.reject(timedOut(task.raw.origin, this.timeoutMs));
    this.dispatch();
  }

  /** A worker that crashed or exited: its task fails, a fresh worker takes the queue. */
  private fail(slot: Slot, error: Error): void {
    if (!this.slots.includes(slot)) return;
    const task = slot.task;
    this.remove(slot);
    task?.reject(extractionFailed(task, error.message));
    // A worker that cannot even start would fail again: the waiting work fails instead of looping.
    if (!slot.ready) for (const waiting of this.queue.splice(0)) waiting.reject(error);
    if (!this.closed) this.dispatch();
  }

  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.task = null;
    slot.timer = null;
  }

  private remove(slot: Slot): void {
    this.release(slot);
    this.slots.splice(this.slots.indexOf(slot), 1);
    void this.stop(slot);
  }

  private async stop(slot: Slot): Promise<void> {
    slot.worker.removeAllListeners('exit');
    await slot.worker.terminate();
  }
}

/**
 * An extractor that throws or a worker that dies on one article (a bug, memory): that article is
 * refused with the reason, the others go on.
 */
function extractionFailed(task: Task, reason: string): BadArticleError {
  return new BadArticleError(task.raw.origin, `extraction failed: ${reason.split('\n')[0]}`);
}
