import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FetchConfig } from '../../src/config.js';
import { FeedWatcher, parseInterval } from '../../src/pipeline/watch.js';
import { TestEnv } from './support.js';
import { startWebSite, type WebSite } from './web-server.js';

const LIMITS: FetchConfig = {
  timeoutMs: 2_000,
  maxBytes: 1_000_000,
  maxRedirects: 3,
  userAgent: 'EventGraph-test',
  concurrency: 2,
};
const OPTIONS = { intervalMs: 60_000, maxBackoffMs: 300_000 };

describe('watch: polls a feed, ingests new items, remembers them in Neo4j', () => {
  let site: WebSite;
  let env: TestEnv;
  let feed: string;

  beforeAll(async () => {
    site = await startWebSite();
    env = await TestEnv.start();
    feed = `${site.base}/feed.xml`;
    site.feedItems = ['/world/armenia-azerbaijan.html'];
  });
  afterAll(async () => {
    await site?.close();
    await env?.stop();
  });

  const watcher = () => new FeedWatcher(env.app.executor, env.app.ingest, LIMITS, OPTIONS);

  it('ingests the items of the first poll, and nothing again at the next', async () => {
    const w = watcher();
    expect(await w.poll(feed)).toMatchObject({
      status: 'ok',
      feed,
      items: 1,
      new: 1,
      stored: 1,
      failed: 0,
      nextPollSeconds: 60,
    });
    expect(await w.poll(feed)).toMatchObject({ status: 'ok', items: 1, new: 0, stored: 0 });
  });

  it('after a restart, ingests only the items that appeared since', async () => {
    site.feedItems = ['/africa/jeddah.html', '/missing', '/world/armenia-azerbaijan.html'];
    const restarted = watcher();
    const report = await restarted.poll(feed);
    expect(report).toMatchObject({ status: 'ok', items: 3, new: 2, stored: 1, failed: 1 });
    const pageHits = site.hits.get('/world/armenia-azerbaijan.html');
    expect(await watcher().poll(feed)).toMatchObject({ new: 1, stored: 0, failed: 1 }); // the 404 is tried again
    expect(site.hits.get('/world/armenia-azerbaijan.html')).toBe(pageHits);
    const count = await env.gql('query { articles { totalCount } }');
    expect(count.data.articles.totalCount).toBe(2);
  });

  it('backs off while the feed fails, and resets after a success', async () => {
    const w = watcher();
    site.feedDown = true;
    const first = await w.poll(feed);
    expect(first).toMatchObject({ status: 'error', nextPollSeconds: 120 });
    expect(first.error).toMatch(/HTTP 503/);
    expect(await w.poll(feed)).toMatchObject({ status: 'error', nextPollSeconds: 240 });
    expect(await w.poll(feed)).toMatchObject({ status: 'error', nextPollSeconds: 300 });
    site.feedDown = false;
    expect(await w.poll(feed)).toMatchObject({ status: 'ok', nextPollSeconds: 60 });
  });

  it('reads intervals', () => {
    expect(parseInterval('5m')).toBe(300_000);
    expect(parseInterval('90s')).toBe(90_000);
    expect(parseInterval('1h')).toBe(3_600_000);
    expect(() => parseInterval('soon')).toThrow(/--interval/);
  });
});
