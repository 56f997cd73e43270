import { setTimeout as sleep } from 'node:timers/promises';
import type { FetchConfig } from '../config.js';
import type { RawArticle } from '../domain/source.js';
import { FeedItemRepository, type SeenItem } from '../graph/feed/repository.js';
import type { Executor } from '../graph/executor.js';
import { decodeText } from '../parse/decode.js';
import { type FeedItem, parseFeed } from '../parse/feed.js';
import { fetchUrl } from '../parse/fetch.js';
import { inOrder } from '../parse/in-order.js';
import { fetchPage, type SourceItem } from '../parse/sources.js';
import type { IngestService } from './ingest.js';

/** One structured log line per poll of a feed. */
export interface PollReport {
  time: string;
  feed: string;
  status: 'ok' | 'error';
  /** Items in the feed, and how many had not been seen before. */
  items: number;
  new: number;
  stored: number;
  /** Already in the graph (same content) or rejected as no article. */
  skipped: number;
  /** Pages that could not be fetched: not marked seen, tried again at the next poll. */
  failed: number;
  error?: string;
  /** Seconds until this feed is polled again (doubles after each failed poll, up to the cap). */
  nextPollSeconds: number;
}

export interface WatchOptions {
  intervalMs: number;
  /** The longest wait after repeated failures. */
  maxBackoffMs: number;
}

/**
 * Polls feeds and ingests the items it has not seen, remembering them in Neo4j (FeedItem nodes)
 * once handled, so a restart neither loses nor repeats an item. A feed that fails is polled
 * again after twice the previous wait, up to `maxBackoffMs`; a success resets the wait.
 */
export class FeedWatcher {
  private readonly seen: FeedItemRepository;
  private readonly failures = new Map<string, number>();

  constructor(
    executor: Executor,
    private readonly ingest: IngestService,
    private readonly fetch: FetchConfig,
    private readonly options: WatchOptions,
  ) {
    this.seen = new FeedItemRepository(executor);
  }

  /** Polls one feed once: fetch, keep the unseen items, ingest their pages, mark them seen. */
  async poll(feed: string): Promise<PollReport> {
    const time = new Date().toISOString();
    try {
      const fetched = await fetchUrl(feed, this.fetch);
      const items = await parseFeed(decodeText(fetched.bytes, feed));
      const seen = await this.seen.seen(
        feed,
        items.map((i) => i.key),
      );
      const fresh = items.filter((i) => !seen.has(i.key));
      const counts = await this.ingestItems(feed, fresh);
      this.failures.delete(feed);
      const nextPollSeconds = this.waitMs(feed) / 1000;
      return { time, feed, status: 'ok', items: items.length, new: fresh.length, ...counts, nextPollSeconds };
    } catch (error) {
      // the feed, the network or the database failed: nothing of this poll was marked seen
      this.failures.set(feed, (this.failures.get(feed) ?? 0) + 1);
      const empty = { items: 0, new: 0, stored: 0, skipped: 0, failed: 0 };
      const message = (error as Error).message;
      return { time, feed, status: 'error', ...empty, error: message, nextPollSeconds: this.waitMs(feed) / 1000 };
    }
  }

  /** Polls every feed on its own schedule until `signal` aborts; `log` gets one report per poll. */
  async run(feeds: readonly string[], log: (report: PollReport) => void, signal: AbortSignal): Promise<void> {
    const due = new Map(feeds.map((feed) => [feed, Date.now()]));
    while (!signal.aborted) {
      const [feed, at] = [...due].sort((a, b) => a[1] - b[1])[0]!;
      const wait = at - Date.now();
      if (wait > 0) {
        try {
          await sleep(wait, undefined, { signal });
        } catch {
          return; // aborted while waiting
        }
      }
      const report = await this.poll(feed);
      log(report);
      due.set(feed, Date.now() + report.nextPollSeconds * 1000);
    }
  }

  private waitMs(feed: string): number {
    const failures = this.failures.get(feed) ?? 0;
    return Math.min(
      this.options.intervalMs * 2 ** failures,
      Math.max(this.options.maxBackoffMs, this.options.intervalMs),
    );
  }

  private async ingestItems(
    feed: string,
    items: FeedItem[],
  ): Promise<Pick<PollReport, 'stored' | 'skipped' | 'failed'>> {
    const pages: { item: FeedItem; page: SourceItem }[] = [];
    for await (const fetched of inOrder(items, this.fetch.concurrency, async (item) => ({
      item,
      page: await fetchPage(item.link, this.fetch, {}, { publishedAt: item.publishedAt }),
    }))) {
      pages.push(fetched);
    }
    const readable = pages.filter((p): p is { item: FeedItem; page: RawArticle } => !('error' in p.page));
    const results = await this.ingest.ingestBatch(readable.map((p) => p.page));
    const marks: SeenItem[] = readable.map(({ item }, i) => {
      const result = results[i]!;
      return {
        feed,
        item: item.key,
        link: item.link,
        articleId: result.ok ? result.extracted.article.id : null,
        outcome: result.ok ? (result.created ? 'stored' : 'already in the graph') : result.error,
      };
    });
    await this.seen.markSeen(marks);
    const stored = results.filter((r) => r.ok && r.created).length;
    return { stored, skipped: results.length - stored, failed: pages.length - readable.length };
  }
}

/** "90s", "5m", "1h" or a number of seconds, in milliseconds. */
export function parseInterval(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(text.trim());
  if (!m) throw new Error(`--interval must look like 30s, 5m or 1h, got "${text}"`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  const ms = Number(m[1]) * unit;
  if (ms < 1000) throw new Error('--interval must be at least one second');
  return ms;
}
