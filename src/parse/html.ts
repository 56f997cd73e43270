import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/**
 * A web page to article text and metadata. The text comes out through Readability (Firefox
 * Reader View's algorithm) over a linkedom DOM; the metadata from JSON-LD `NewsArticle` first,
 * then Open Graph / `article:` meta tags, then `<title>`.
 */
export interface HtmlArticle {
  title: string | null;
  /** Paragraphs separated by blank lines, captions and scripts left out. */
  text: string;
  publishedAt: string | null;
  siteName: string | null;
  /** The canonical URL, absolute, else the page's own URL. */
  url: string | null;
  /** A visible "Keywords: a, b, c" line of the page (Readability drops it), else []. */
  keywords: string[];
}

type Doc = ReturnType<typeof parseHTML>['document'];
type El = Doc['body'];
type ReadableDocument = ConstructorParameters<typeof Readability>[0];

/** Elements whose text is a paragraph of the article. */
const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, td';
/** Never article text: captions, scripts, forms and page furniture. */
const NOT_TEXT = 'script, style, noscript, template, figcaption, form, button, nav, aside, footer, iframe, svg';

export function readHtml(html: string, pageUrl: string | null): HtmlArticle {
  const { document } = parseHTML(html);
  const ld = newsArticleLd(document);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const readable = readableArticle(document);
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta('meta[property="og:url"]');
  const title =
    str(ld?.headline) ??
    meta('meta[property="og:title"]') ??
    meta('meta[name="twitter:title"]') ??
    onlyHeading(document) ??
    readable.title ??
    (document.querySelector('title')?.textContent?.trim() || null);
  const publishedAt =
    str(ld?.datePublished) ??
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="article:published_time"]') ??
    meta('meta[itemprop="datePublished"]') ??
    meta('meta[name="date"]') ??
    // Dublin Core, as older and public-broadcaster sites print it
    meta('meta[name="DC.date.issued"]') ??
    meta('meta[name="dcterms.issued"]') ??
    meta('meta[name="DC.date"]') ??
    (document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() || null);
  const siteName = str(publisherName(ld)) ?? meta('meta[property="og:site_name"]');
  return {
    title,
    text: readable.text,
    publishedAt,
    siteName,
    url: absolute(canonical ?? str(ld?.url), pageUrl) ?? pageUrl,
    keywords: keywordLine(document),
  };
}

/** "Keywords: Palestinian reconciliation, Fatah, Hamas": a short visible line of the page's keywords. */
function keywordLine(document: Doc): string[] {
  for (const el of document.querySelectorAll('div, p, span, li')) {
    const text = el.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const m = /^Key ?words\s*:\s*(.{3,200})$/i.exec(text);
    if (m) return m[1]!.split(/\s*[,;]\s*/).filter(Boolean);
  }
  return [];
}

/** True when a text looks like an HTML document rather than plain text. */
export function looksLikeHtml(content: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>])/i.test(content);
}

/** Readability's title (site name trimmed off) and text; the whole body's text when it finds no article. */
function readableArticle(document: Doc): { title: string | null; text: string } {
  // Readability edits the DOM it reads: it gets a clone, and the page keeps its metadata.
  const page = document.cloneNode(true) as Doc;
  for (const el of page.querySelectorAll(NOT_TEXT)) el.remove();
  const parsed = new Readability(page.cloneNode(true) as unknown as ReadableDocument, { charThreshold: 200 }).parse();
  const doc = parsed?.content ? parseHTML(`<html><body>${parsed.content}</body></html>`).document : page;
  const root = doc.body;
  // a line break is a paragraph break for the layout ("<p>GENEVA (Reuters) -<br>Envoys met …")
  for (const br of root?.querySelectorAll('br') ?? []) br.replaceWith(doc.createTextNode('\n'));
  return { title: parsed?.title?.trim() || null, text: paragraphs(root).join('\n\n') };
}

/** The text of each block element that holds no other block, in document order. */
function paragraphs(root: El | null | undefined): string[] {
  if (!root) return [];
  const out: string[] = [];
  for (const el of root.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue;
    for (const line of (el.textContent ?? '').split('\n')) {
      const text = line.replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
    }
  }
  if (out.length === 0) {
    const text = (root.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
    if (text) out.push(...text.split(/\n\s*\n/).map((p: string) => p.replace(/\s+/g, ' ').trim()));
  }
  return out;
}

/** The page's headline when it has exactly one <h1>. */
function onlyHeading(document: Doc): string | null {
  const headings = document.querySelectorAll('h1');
  return headings.length === 1 ? headings[0]!.textContent?.replace(/\s+/g, ' ').trim() || null : null;
}

type Ld = Record<string, unknown>;

/** The first JSON-LD object typed NewsArticle, Article, ReportageNewsArticle… (also inside @graph). */
function newsArticleLd(document: Doc): Ld | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = flattenLd(data).find((node) => {
      const type = node['@type'];
      const types = Array.isArray(type) ? type : [type];
      return types.some((t) => typeof t === 'string' && /Article$/.test(t));
    });
    if (found) return found;
  }
  return null;
}

function flattenLd(data: unknown): Ld[] {
  if (Array.isArray(data)) return data.flatMap(flattenLd);
  if (typeof data !== 'object' || data === null) return [];
  const node = data as Ld;
  return [node, ...flattenLd(node['@graph'])];
}

function publisherName(ld: Ld | null): unknown {
  const publisher = ld?.publisher;
  if (Array.isArray(publisher)) return (publisher[0] as Ld | undefined)?.name;
  return typeof publisher === 'object' && publisher !== null ? (publisher as Ld).name : undefined;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function absolute(url: string | null, base: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url, base ?? undefined).href;
  } catch {
    return null;
  }
}
