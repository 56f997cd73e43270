import type { ExtractedArticle } from '../../domain/article.js';
import { nameKey } from '../../domain/keys.js';
import { cypher, type CypherQuery } from '../cypher.js';
import type { Row } from '../executor.js';

/**
 * Suspected duplicates: an article with the same title and a near-identical body from another
 * URL (a syndicated copy with a different footer), or the same canonical URL with another text
 * (the page was edited). Flagged with a warning, never merged: both stay evidence.
 */

/** Word-set overlap (Jaccard) above which two bodies are the same story. */
const NEAR_IDENTICAL = 0.85;

export const DUPLICATE_WARNING = (id: string, why: string) => `suspected duplicate of article ${id} (${why})`;

interface Candidate {
  id: string;
  titleKey: string;
  url: string | null;
  body: string;
}

/** Stored articles sharing a title key or a URL with the batch. */
export function findDuplicateCandidates(articles: readonly ExtractedArticle[]): CypherQuery {
  const titleKeys = articles.map((e) => nameKey(e.article.title)).filter(Boolean);
  const urls = articles.map((e) => e.article.url).filter((u): u is string => !!u);
  return cypher(
    `CALL () {
      UNWIND $titleKeys AS key MATCH (a:Article {titleKey: key}) RETURN a
      UNION
      UNWIND $urls AS url MATCH (a:Article {url: url}) RETURN a
    }
    RETURN a.id AS id, a.titleKey AS titleKey, a.url AS url, a.body AS body`,
    { titleKeys, urls },
  );
}

/** Adds a duplicate warning to each article of the batch that repeats a stored or earlier one. */
export function flagDuplicates(articles: readonly ExtractedArticle[], stored: readonly Row[]): void {
  const seen: Candidate[] = stored.map((r) => ({
    id: String(r.id),
    titleKey: String(r.titleKey ?? ''),
    url: r.url == null ? null : String(r.url),
    body: String(r.body ?? ''),
  }));
  for (const { article } of articles) {
    const mine: Candidate = { id: article.id, titleKey: nameKey(article.title), url: article.url, body: article.body };
    const why = seen.map((other) => [other.id, duplicateReason(mine, other)] as const).find(([, reason]) => reason);
    if (why) article.warnings = [...(article.warnings ?? []), DUPLICATE_WARNING(why[0], why[1]!)];
    seen.push(mine);
  }
}

function duplicateReason(a: Candidate, b: Candidate): string | null {
  if (a.id === b.id) return null;
  if (a.url && a.url === b.url) return 'same URL, another text';
  if (a.titleKey && a.titleKey === b.titleKey && similarity(a.body, b.body) >= NEAR_IDENTICAL) {
    return `same title and near-identical body${a.url && b.url ? ' from another URL' : ''}`;
  }
  return null;
}

function similarity(a: string, b: string): number {
  const words = (s: string) => new Set(s.toLowerCase().match(/\p{L}+|\d+/gu) ?? []);
  const wa = words(a);
  const wb = words(b);
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.max(1, wa.size + wb.size - common);
}
