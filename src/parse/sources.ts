import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { loadFetchConfig, type FetchConfig } from '../config.js';
import { BadArticleError } from '../domain/errors.js';
import type { ArticleOverrides, RawArticle } from '../domain/source.js';
import { decodeText } from './decode.js';
import { looksLikeFeed, parseFeed, type FeedItem } from './feed.js';
import { type Fetched, fetchUrl, isUrl } from './fetch.js';
import { looksLikeHtml } from './html.js';
import { inOrder } from './in-order.js';
import { urlsOf } from './url-list.js';

export type SourceItem = RawArticle | { origin: string; error: BadArticleError };

export interface SourceOptions {
  /** Limits for URLs, URL lists and feeds (default: from the environment, see src/config.ts). */
  fetch?: FetchConfig;
  /** Called when an input turns out to hold more than one article (a URL list, a feed). */
  onMore?: (extra: number) => void;
}

const ARTICLE_EXTENSIONS = ['.txt', '.json', '.html', '.htm'];

const isArticleFile = (name: string): boolean =>
  ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase()) &&
  !name.endsWith('.gold.json') &&
  !name.endsWith('.meta.json');

/** Article files under a folder, recursively, in sorted order. */
export async function listFolder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFolder(p)));
    else if (e.isFile() && isArticleFile(e.name)) out.push(p);
  }
  return out;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Defaults from a sidecar NAME.meta.json beside NAME.txt ({publishedAt, url, source}). */
function sidecar(path: string): ArticleOverrides | { error: string } {
  if (extname(path) !== '.txt') return {};
  const metaPath = join(dirname(path), `${basename(path, '.txt')}.meta.json`);
  let text: string;
  try {
    text = readFileSync(metaPath, 'utf8');
  } catch {
    return {};
  }
  try {
    const m = JSON.parse(text) as Record<string, unknown>;
    const out: ArticleOverrides = {};
    for (const k of ['publishedAt', 'url', 'source'] as const) {
      if (typeof m[k] === 'string') out[k] = m[k] as string;
    }
    return out;
  } catch (e) {
    return { error: `sidecar ${metaPath} is not valid JSON (${(e as Error).message})` };
  }
}

function merge(defaults: ArticleOverrides, overrides: ArticleOverrides | undefined): ArticleOverrides {
  const out: ArticleOverrides = { ...defaults };
  for (const k of ['publishedAt', 'url', 'source'] as const) {
    if (overrides?.[k] != null) out[k] = overrides[k];
  }
  return out;
}

const failed = (origin: string, error: unknown): SourceItem => {
  if (!(error instanceof BadArticleError)) throw error;
  return { origin, error };
};

/**
 * Yields the articles behind paths: files, folders (recursively: `.txt`, `.json` and `.html`
 * files in sorted order, skipping `*.gold.json` and `*.meta.json`), `-` for stdin, and http(s)
 * URLs of pages or feeds. A file or URL may be an RSS/Atom feed (each item's page is fetched), a
 * list of URLs one per line, or a GDELT 2.0 events/mentions export (its URL column). A
 * `NAME.meta.json` beside `NAME.txt` supplies publishedAt/url/source defaults; `overrides` win.
 * Unreadable inputs are yielded as errors, not thrown, so one bad input never stops a batch.
 */
export async function* readSources(
  paths: string[],
  overrides?: ArticleOverrides,
  options: SourceOptions = {},
): AsyncIterable<SourceItem> {
  const config = options.fetch ?? loadFetchConfig();
  const reader = new SourceReader(config, overrides, options.onMore);
  for (const path of paths) {
    if (path === '-') yield* reader.fromBytes('-', await readStdin(), {});
    else if (isUrl(path)) yield* reader.fromUrl(path);
    else yield* reader.fromPath(path);
  }
}

class SourceReader {
  constructor(
    private readonly config: FetchConfig,
    private readonly overrides: ArticleOverrides | undefined,
    private readonly onMore: ((extra: number) => void) | undefined,
  ) {}

  async *fromPath(path: string): AsyncIterable<SourceItem> {
    let files: string[];
    try {
      const s = await stat(path);
      files = s.isDirectory() ? await listFolder(path) : [path];
    } catch {
      yield { origin: path, error: new BadArticleError(path, 'no such file or folder') };
      return;
    }
    for (const file of files) {
      let bytes: Buffer;
      try {
        // Synchronous on purpose: for small article files, fs/promises' readFile (open, fstat,
        // read, close, each a thread-pool round trip) costs ten times the CPU of readFileSync.
        bytes = readFileSync(file);
      } catch (e) {
        yield { origin: file, error: new BadArticleError(file, `cannot be read (${(e as Error).message})`) };
        continue;
      }
      const side = sidecar(file);
      if ('error' in side) yield { origin: file, error: new BadArticleError(file, side.error) };
      else yield* this.fromBytes(file, bytes, side);
    }
  }

  /** A file's or stdin's bytes: a feed, a URL list, or one article. */
  async *fromBytes(origin: string, bytes: Uint8Array, defaults: ArticleOverrides): AsyncIterable<SourceItem> {
    let content: string;
    try {
      content = decodeText(bytes, origin);
    } catch (error) {
      yield failed(origin, error);
      return;
    }
    const ext = extname(origin).toLowerCase();
    if (looksLikeFeed(content)) {
      yield* this.fromFeed(origin, content);
      return;
    }
    const urls = ext === '.json' || ext === '.html' || ext === '.htm' ? null : urlsOf(content);
    if (urls) {
      this.onMore?.(urls.length - 1);
      yield* inOrder(urls, this.config.concurrency, (url) => this.page(url, {}));
      return;
    }
    const format = ext === '.json' ? 'json' : ext === '.html' || ext === '.htm' ? 'html' : formatOf(origin, content);
    yield { origin, content, format, overrides: merge(defaults, this.overrides) };
  }

  async *fromUrl(url: string): AsyncIterable<SourceItem> {
    try {
      const fetched = await fetchUrl(url, this.config);
      const content = decodeText(textBytes(fetched), url);
      if (isFeedType(fetched.contentType) || looksLikeFeed(content)) {
        yield* this.fromFeed(url, content);
        return;
      }
      yield pageItem(fetched.url, fetched.contentType, content, merge({}, this.overrides));
    } catch (error) {
      yield failed(url, error);
    }
  }

  private async *fromFeed(origin: string, content: string): AsyncIterable<SourceItem> {
    let items: FeedItem[];
    try {
      items = await parseFeed(content);
    } catch (error) {
      yield { origin, error: new BadArticleError(origin, `the feed cannot be read (${(error as Error).message})`) };
      return;
    }
    this.onMore?.(items.length - 1);
    yield* inOrder(items, this.config.concurrency, (item) => this.page(item.link, { publishedAt: item.publishedAt }));
  }

  /** One page of a list or feed; the feed's date is a fallback the page's own date replaces. */
  page(url: string, fallbacks: ArticleOverrides): Promise<SourceItem> {
    return fetchPage(url, this.config, merge({}, this.overrides), fallbacks);
  }
}

/** Fetches one article page (HTML, plain text or the JSON shape); errors come back as items. */
export async function fetchPage(
  url: string,
  config: FetchConfig,
  overrides: ArticleOverrides,
  fallbacks: ArticleOverrides = {},
): Promise<SourceItem> {
  try {
    const fetched = await fetchUrl(url, config);
    return pageItem(fetched.url, fetched.contentType, decodeText(textBytes(fetched), url), overrides, fallbacks);
  } catch (error) {
    return failed(url, error);
  }
}

/** The body of a response whose type can hold an article; images, PDFs and the like are refused. */
function textBytes(fetched: Fetched): Uint8Array {
  const type = fetched.contentType;
  if (type === '' || type.startsWith('text/') || /(html|xml|json)$/.test(type)) return fetched.bytes;
  throw new BadArticleError(fetched.url, `not an article page (content type ${type})`);
}

function pageItem(
  url: string,
  contentType: string,
  content: string,
  overrides: ArticleOverrides,
  fallbacks: ArticleOverrides = {},
): SourceItem {
  const format =
    /html/.test(contentType) || looksLikeHtml(content) ? 'html' : /json$/.test(contentType) ? 'json' : 'text';
  // a page's canonical URL (read by the HTML reader) wins over the address it was fetched from
  return { origin: url, content, format, overrides, fallbacks: { ...fallbacks, url } };
}

const isFeedType = (type: string): boolean => /(rss|atom|rdf)\+xml$|^(application|text)\/xml$/.test(type);

function formatOf(origin: string, content: string): RawArticle['format'] {
  if (origin === '-') return 'auto';
  return looksLikeHtml(content) ? 'html' : 'text';
}
