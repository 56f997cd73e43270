import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from '../../src/paths.js';

/**
 * A local web site on 127.0.0.1 for the fetch, HTML, feed and watch tests: article pages the
 * project wrote (test/fixtures/pages), feeds listing them, redirects, a slow page, a 404, a huge
 * page and a non-HTML response. `feedItems` can be changed between polls.
 */
export const PAGES = join(repoRoot(), 'test', 'fixtures', 'pages');
const page = (name: string) => readFileSync(join(PAGES, name), 'utf8');

export interface WebSite {
  base: string;
  /** Paths (under base) that /feed.xml lists, newest first. */
  feedItems: string[];
  /** Requests received, by path. */
  hits: Map<string, number>;
  /** When true, /feed.xml answers 503. */
  feedDown: boolean;
  /** The User-Agent of the last request. */
  userAgent: string | undefined;
  close(): Promise<void>;
}

export async function startWebSite(): Promise<WebSite> {
  const site: WebSite = {
    base: '',
    feedItems: ['/world/armenia-azerbaijan.html', '/africa/jeddah.html'],
    hits: new Map(),
    feedDown: false,
    userAgent: undefined,
    close: async () => undefined,
  };
  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
    '/world/armenia-azerbaijan.html': (_, res) => send(res, 'text/html; charset=utf-8', page('talks-geneva.html')),
    '/africa/jeddah.html': (_, res) => send(res, 'text/html', page('jeddah-gallery.html')),
    '/text/armenia-azerbaijan.txt': (_, res) => send(res, 'text/plain; charset=utf-8', page('talks-geneva.txt')),
    '/short-link': (_, res) => redirect(res, '/hop'),
    '/hop': (_, res) => redirect(res, '/world/armenia-azerbaijan.html'),
    '/loop': (_, res) => redirect(res, '/loop'),
    '/missing': (_, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><body>Not found</body></html>');
    },
    '/slow': (_, res) => {
      const timer = setTimeout(() => send(res, 'text/html', page('talks-geneva.html')), 5_000);
      res.on('close', () => clearTimeout(timer));
    },
    '/huge': (_, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<html><body>${'<p>Filler text of a page that never ends.</p>'.repeat(60_000)}</body></html>`);
    },
    '/logo.png': (_, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    },
    '/feed.xml': (_, res) => {
      if (site.feedDown) {
        res.writeHead(503, { 'content-type': 'text/plain' });
        res.end('down');
        return;
      }
      send(res, 'application/rss+xml', rss(site));
    },
    '/atom.xml': (_, res) => send(res, 'application/atom+xml', atom(site)),
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    site.hits.set(path, (site.hits.get(path) ?? 0) + 1);
    site.userAgent = req.headers['user-agent'];
    const route = routes[path];
    if (route) route(req, res);
    else routes['/missing']!(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  site.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return site;
}

function send(res: ServerResponse, type: string, body: string): void {
  res.writeHead(200, { 'content-type': type });
  res.end(body);
}

function redirect(res: ServerResponse, to: string): void {
  res.writeHead(302, { location: to });
  res.end();
}

function rss(site: WebSite): string {
  const items = site.feedItems
    .map(
      (path, i) => `<item><title>Item ${i}</title><link>${site.base}${path}</link><guid>${path}</guid>
      <pubDate>Mon, 20 May 2024 0${i}:00:00 GMT</pubDate></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>${site.base}/</link><description>News</description>
${items}
</channel></rss>`;
}

function atom(site: WebSite): string {
  const entries = site.feedItems
    .map(
      (path) => `<entry><title>${path}</title><id>tag:example,2024:${path}</id>
      <link href="${site.base}${path}"/><updated>2024-05-20T00:00:00Z</updated></entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title><id>tag:example,2024:feed</id>
<updated>2024-05-20T00:00:00Z</updated>
${entries}
</feed>`;
}
