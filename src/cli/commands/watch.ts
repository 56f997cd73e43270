import type { Command } from 'commander';
import { openApp } from '../../app.js';
import { FeedWatcher, parseInterval, type PollReport } from '../../pipeline/watch.js';
import { fetchConfigWith } from '../fetch-options.js';

interface WatchCliOptions {
  interval: string;
  maxBackoff: string;
  concurrency?: string;
  once?: boolean;
}

/** `eventgraph watch FEED... [--interval 5m] [--once]`: one JSON line per poll on stdout. */
export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('poll RSS/Atom feeds and ingest new items as they appear (seen items are remembered in Neo4j)')
    .argument('<feeds...>', 'http(s) URLs of RSS or Atom feeds')
    .option('--interval <time>', 'time between polls of a feed: 30s, 5m, 1h', '5m')
    .option('--max-backoff <time>', 'longest wait after repeated failures of a feed', '1h')
    .option('--concurrency <n>', 'item pages fetched at once')
    .option('--once', 'poll each feed once and exit')
    .action(async (feeds: string[], options: WatchCliOptions) => {
      const intervalMs = parseInterval(options.interval);
      const maxBackoffMs = parseInterval(options.maxBackoff);
      const fetch = fetchConfigWith(options.concurrency);
      const app = await openApp();
      const watcher = new FeedWatcher(app.executor, app.ingest, fetch, { intervalMs, maxBackoffMs });
      const log = (report: PollReport) => console.log(JSON.stringify(report));
      try {
        if (options.once) {
          for (const feed of feeds) {
            const report = await watcher.poll(feed);
            log(report);
            if (report.status === 'error') process.exitCode = 1;
          }
          return;
        }
        const stop = new AbortController();
        for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
        await watcher.run(feeds, log, stop.signal);
      } finally {
        await app.close();
      }
    });
}
