import { createHash } from 'node:crypto';
import type { ArticleMeta } from '../domain/article.js';
import { BadArticleError } from '../domain/errors.js';
import type { ArticleOverrides, RawArticle } from '../domain/source.js';
import { dateInHeader, normalizeIsoDate } from './dates.js';
import { looksLikeHtml, readHtml } from './html.js';
import { layoutText, matchDateline, type Layout } from './layout.js';
import { splitSentences } from './sentences.js';
import { articleWarnings } from './warnings.js';

export { splitSentences } from './sentences.js';
export { readSources, type SourceItem } from './sources.js';

/** The article identity: sha256 of the normalised title and body. */
export function articleId(title: string, body: string): string {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256')
    .update(`${norm(title)}\n${norm(body)}`)
    .digest('hex');
}

/** Turns raw input (wire/plain text or the JSON article shape) into an `ArticleMeta`. */
export function parseArticle(raw: RawArticle): ArticleMeta {
  const content = raw.content ?? '';
  if (!content.trim()) throw new BadArticleError(raw.origin, 'the article is empty');
  const format = raw.format === 'auto' ? sniffFormat(content) : raw.format;
  const layout =
    format === 'json'
      ? layoutJson(raw.origin, content)
      : format === 'html'
        ? layoutHtml(raw.origin, content)
        : { ...layoutText(content), inputText: content };
  const meta = layout as Layout & { url?: string | null; publishedAt?: string | null; siteName?: string | null };

  const title = layout.title?.trim();
  if (!title) throw new BadArticleError(raw.origin, 'the article has no title');
  const body = layout.body.trim() ? layout.body : '';
  if (!body) throw new BadArticleError(raw.origin, 'the article has no body (only a title)');

  const overrides: ArticleOverrides = raw.overrides ?? {};
  const fallbacks: ArticleOverrides = raw.fallbacks ?? {};
  const publishedAt =
    pickDate(raw.origin, overrides.publishedAt ?? meta.publishedAt ?? null) ??
    layout.headerDate ??
    pickDate(raw.origin, fallbacks.publishedAt ?? null);
  const sentences = splitSentences(body);
  return {
    title,
    keywords: layout.keywords,
    dateline: layout.dateline,
    publishedAt,
    // a page that credits no agency is the site's own story
    source: overrides.source ?? layout.source ?? fallbacks.source ?? meta.siteName ?? null,
    url: overrides.url ?? meta.url ?? fallbacks.url ?? null,
    siteName: meta.siteName ?? null,
    id: articleId(title, body),
    body,
    sentences,
    warnings: articleWarnings({ title, body, publishedAt, sentences }, layout.inputText),
  };
}

function sniffFormat(content: string): 'json' | 'html' | 'text' {
  if (/^\s*\{/.test(content)) return 'json';
  return looksLikeHtml(content) ? 'html' : 'text';
}

/** A web page: Readability's text laid out as wire text under the page's headline and date. */
function layoutHtml(origin: string, content: string): PageLayout {
  const page = readHtml(content, /^https?:\/\//i.test(origin) ? origin : null);
  const layout = layoutText(`${page.title ?? ''}\n\n${page.text}`);
  const date = page.publishedAt ? (normalizeIsoDate(page.publishedAt) ?? dateInHeader(page.publishedAt)) : null;
  return {
    ...layout,
    keywords: layout.keywords.length > 0 ? layout.keywords : page.keywords,
    title: page.title ?? layout.title,
    url: page.url,
    publishedAt: date,
    siteName: page.siteName,
    inputText: page.text,
  };
}

/** A layout with what the input itself says of the article, and the input as text (for warnings). */
type PageLayout = Layout & {
  url: string | null;
  publishedAt: string | null;
  siteName?: string | null;
  inputText: string;
};

function pickDate(origin: string, value: string | null): string | null {
  if (value == null || value === '') return null;
  const iso = normalizeIsoDate(String(value));
  if (!iso) throw new BadArticleError(origin, `publishedAt "${value}" is not an ISO date (YYYY-MM-DD)`);
  return iso;
}

function str(origin: string, obj: Record<string, unknown>, key: string): string | null {
  const v = obj[key];
  if (v == null) return null;
  if (typeof v !== 'string') throw new BadArticleError(origin, `"${key}" must be a string`);
  return v;
}

/** The JSON article shape {title, body, publishedAt, url, source, keywords[, dateline]}. */
function layoutJson(origin: string, content: string): PageLayout {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (e) {
    throw new BadArticleError(origin, `the JSON cannot be parsed (${(e as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new BadArticleError(origin, 'the JSON must be an object {title, body, ...}');
  }
  const obj = data as Record<string, unknown>;
  const kw = obj.keywords;
  let keywords: string[] = [];
  if (Array.isArray(kw))
    keywords = kw
      .filter((k): k is string => typeof k === 'string')
      .map((k) => k.trim())
      .filter(Boolean);
  else if (typeof kw === 'string')
    keywords = kw
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean);
  else if (kw != null) throw new BadArticleError(origin, '"keywords" must be a list of strings');

  let body = (str(origin, obj, 'body') ?? str(origin, obj, 'text') ?? str(origin, obj, 'content') ?? '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n\n');
  let dateline = str(origin, obj, 'dateline');
  let source = str(origin, obj, 'source');
  if (!dateline && body) {
    const dl = matchDateline(body);
    if (dl) {
      dateline = dl.place;
      source ??= dl.agency;
      body = body.slice(dl.length);
    }
  }
  return {
    title: str(origin, obj, 'title')?.trim() ?? null,
    keywords,
    dateline,
    source,
    body,
    headerDate: null,
    url: str(origin, obj, 'url'),
    publishedAt: obj.publishedAt == null ? null : String(obj.publishedAt),
    inputText: body,
  };
}
