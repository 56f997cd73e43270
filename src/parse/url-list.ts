import { isUrl } from './fetch.js';

/**
 * Lists of pages to fetch: a text file of URLs, one per line ("#" comments and blank lines
 * allowed), or a GDELT 2.0 events or mentions export (tab-separated; the URL column is the
 * SOURCEURL of events and the MentionIdentifier of mentions, whichever field holds a URL).
 * Returns null when the text is not such a list. URLs come back once each, in file order.
 */
export function urlsOf(content: string): string[] | null {
  const lines = content
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  if (lines.length === 0) return null;
  if (lines.every(isUrl)) return [...new Set(lines)];
  if (!lines.every(isTabbedRow)) return null;
  // a mention of a broadcast or print source has a name, not a URL, in the column: skipped
  const urls = lines.map(urlField).filter((u): u is string => u !== undefined);
  return urls.length > 0 ? [...new Set(urls)] : null;
}

/** A GDELT row: many tab-separated fields. */
function isTabbedRow(line: string): boolean {
  return line.split('\t').length >= 5;
}

function urlField(line: string): string | undefined {
  return line.split('\t').find(isUrl)?.trim();
}
