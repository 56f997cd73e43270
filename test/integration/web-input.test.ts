import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FetchConfig } from '../../src/config.js';
import type { ExtractedArticle } from '../../src/domain/article.js';
import { createRuleExtractor } from '../../src/extract/index.js';
import { parseArticle } from '../../src/parse/index.js';
import { readSources, type SourceItem } from '../../src/parse/sources.js';
import { TestEnv } from './support.js';
import { PAGES, startWebSite, type WebSite } from './web-server.js';

const LIMITS: FetchConfig = {
  timeoutMs: 1_000,
  maxBytes: 1_000_000,
  maxRedirects: 3,
  userAgent: 'EventGraph-test/1.0 (ingester)',
  concurrency: 2,
};

const extractor = createRuleExtractor();

async function collect(paths: string[]): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of readSources(paths, {}, { fetch: LIMITS })) out.push(item);
  return out;
}

async function extracted(item: SourceItem | undefined): Promise<ExtractedArticle> {
  if (!item || 'error' in item) throw new Error(`no article: ${item && 'error' in item ? item.error.message : ''}`);
  return extractor.extract(parseArticle(item));
}

const summary = (x: ExtractedArticle) => ({
  dateline: x.article.dateline,
  source: x.article.source,
  body: x.article.body,
  actors: x.actors.map((a) => a.name).sort(),
  statements: x.statements.map((s) => `${s.speaker}: ${s.text}`).sort(),
  mediations: x.mediations.length,
  meetings: x.meetings.map((m) => `${m.kind} ${m.location} ${m.participants.join(',')}`).sort(),
});

describe('web pages, URLs, URL lists and feeds', () => {
  let site: WebSite;
  let env: TestEnv;
  const dir = mkdtempSync(join(tmpdir(), 'eventgraph-web-'));

  beforeAll(async () => {
    site = await startWebSite();
    env = await TestEnv.start();
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await site?.close();
    await env?.stop();
  });

  it('extracts an HTML page as well as its text version, with the page title, date and canonical URL', async () => {
    const [page] = await collect([`${site.base}/world/armenia-azerbaijan.html`]);
    const [text] = await collect([join(PAGES, 'talks-geneva.txt')]);
    const fromPage = await extracted(page);
    const fromText = await extracted(text);
    expect(summary(fromPage)).toEqual(summary(fromText));
    expect(fromPage.actors.length).toBeGreaterThan(3);
    expect(fromPage.article.title).toBe('Armenia and Azerbaijan agree to new round of border talks in Geneva');
    expect(fromPage.article.publishedAt).toBe('2024-03-04');
    expect(fromPage.article.url).toBe('https://news.example.org/world/armenia-azerbaijan-geneva-talks');
    expect(fromPage.article.warnings).toEqual([]);
    expect(site.userAgent).toBe(LIMITS.userAgent);
  });

  it('reads an .html file the same way as the page', async () => {
    const [file] = await collect([join(PAGES, 'talks-geneva.html')]);
    const [page] = await collect([`${site.base}/world/armenia-azerbaijan.html`]);
    expect(summary(await extracted(file))).toEqual(summary(await extracted(page)));
  });

  it('keeps the whole article behind a gallery, captions, ads and copyright lines', async () => {
    const x = await extracted((await collect([`${site.base}/africa/jeddah.html`]))[0]);
    expect(x.article.dateline).toBe('Jeddah');
    expect(x.article.source).toBe('AP');
    expect(x.article.publishedAt).toBe('2024-05-20');
    expect(x.article.url).toBe(`${site.base}/world/jeddah-talks-resume`);
    expect(x.article.body).not.toMatch(/Full Screen|1 \/ 9|AP Photo|Copyright|Advertisement|Read also/);
    expect(x.article.body.split('\n\n')).toHaveLength(5);
    expect(x.article.body).toMatch(/continued across the country\.$/);
    expect(x.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Rapid Support Forces', 'Saudi Arabia']));
  });

  it('follows redirects within the limit and gives a clear error for each failed URL', async () => {
    const items = await collect(
      ['/short-link', '/loop', '/missing', '/slow', '/huge', '/logo.png'].map((p) => site.base + p),
    );
    expect('content' in items[0]! && items[0].origin).toBe(`${site.base}/world/armenia-azerbaijan.html`);
    const errors = items.slice(1).map((i) => ('error' in i ? i.error.message : 'stored'));
    expect(errors).toEqual([
      `${site.base}/loop: more than 3 redirects`,
      `${site.base}/missing: HTTP 404 Not Found`,
      `${site.base}/slow: no answer within 1000 ms`,
      `${site.base}/huge: the response is larger than 1000000 bytes`,
      `${site.base}/logo.png: not an article page (content type image/png)`,
    ]);
  });

  it('reads a file of URLs and the URL column of a GDELT export, in order', async () => {
    const list = join(dir, 'urls.txt');
    writeFileSync(
      list,
      `# today's pages\n${site.base}/africa/jeddah.html\n\n${site.base}/world/armenia-azerbaijan.html\n`,
    );
    const gdelt = join(dir, '20240520.export.CSV');
    const row = (url: string) => [...Array.from({ length: 60 }, (_, i) => String(i)), url].join('\t');
    writeFileSync(gdelt, `${row(`${site.base}/world/armenia-azerbaijan.html`)}\n${row(`${site.base}/missing`)}\n`);
    const fromList = await collect([list]);
    expect(fromList.map((i) => i.origin)).toEqual([
      `${site.base}/africa/jeddah.html`,
      `${site.base}/world/armenia-azerbaijan.html`,
    ]);
    const fromGdelt = await collect([gdelt]);
    expect(fromGdelt.map((i) => ('error' in i ? i.error.message : i.origin))).toEqual([
      `${site.base}/world/armenia-azerbaijan.html`,
      `${site.base}/missing: HTTP 404 Not Found`,
    ]);
  });

  it('ingests every item of an RSS or Atom feed; the same story at another URL is not stored twice', async () => {
    const fromRss = await env.app.ingest.ingestStream(readSources([`${site.base}/feed.xml`], {}, { fetch: LIMITS }));
    expect(fromRss.articles).toBe(2);
    expect(fromRss.skipped).toEqual([]);
    const fromAtom = await env.app.ingest.ingestStream(readSources([`${site.base}/atom.xml`], {}, { fetch: LIMITS }));
    expect(fromAtom.articles).toBe(0);
    expect(fromAtom.skipped.map((s) => s.reason)).toEqual([
      'already in the graph (same content)',
      'already in the graph (same content)',
    ]);
    const viaRedirect = await env.app.ingest.ingestStream(
      readSources([`${site.base}/short-link`], {}, { fetch: LIMITS }),
    );
    expect(viaRedirect.skipped).toEqual([
      {
        origin: `${site.base}/world/armenia-azerbaijan.html`,
        outcome: 'already-stored',
        reason: 'already in the graph (same content)',
      },
    ]);
    const listed = await env.gql(
      'query { articles(first: 5, orderBy: OLDEST_FIRST) { totalCount edges { node { url publishedAt siteName } } } }',
    );
    expect(listed.data.articles.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        url: 'https://news.example.org/world/armenia-azerbaijan-geneva-talks',
        publishedAt: '2024-03-04',
        siteName: 'The Daily Example',
      },
      { url: `${site.base}/world/jeddah-talks-resume`, publishedAt: '2024-05-20', siteName: 'Example Wire' },
    ]);
  });
});
