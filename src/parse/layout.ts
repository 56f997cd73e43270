import { boilerplateOf, isArticleLike, isUrlLine, PHOTO_CREDIT } from './boilerplate.js';
import {
  bylineOf,
  closingCredit,
  datelineLine,
  knownAgency,
  matchDateline,
  openingCredit,
  MEDIA_WORDS,
  outletAfterDate,
  outletBeforeDate,
  outletNamed,
  outletLine,
  sourceLine,
} from './credits.js';
import { dateInHeader, isDateLine } from './dates.js';

export { matchDateline } from './credits.js';

/** What the text layout yields before sentence splitting. */
export interface Layout {
  title: string | null;
  keywords: string[];
  dateline: string | null;
  source: string | null;
  body: string;
  /** A publication date printed in the header lines, used when no publishedAt is given. */
  headerDate: string | null;
}

/** How many paragraphs may stand before the dateline (subtitle, caption, video title). */
const DATELINE_SEARCH_DEPTH = 4;

/** Splits the raw text into trimmed non-empty lines. */
function lines(content: string): string[] {
  return content
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[\t\u00a0 ]+/g, ' ').trim())
    .filter((l) => l.length > 0);
}

/** "Israel, Hamas, Palestine, Gaza, truce": a keyword line has ≥3 short comma-separated items. */
function keywordsOf(line: string): string[] | null {
  if (/[.!?:"“”]$/.test(line)) return null;
  const items = line.split(/\s*[,;]\s*/).filter(Boolean);
  if (items.length < 3) return null;
  if (!items.every((i) => i.split(/\s+/).length <= 3 && !/[.!?]/.test(i))) return null;
  return items;
}

/** A line that ends a sentence after many words ("ANKARA (AA) - Turkish Foreign Minister … sources."): no headline. */
function isParagraph(line: string): boolean {
  return /[.”"]$/.test(line) && line.split(/\s+/).length > 20;
}

/** A live blog's entry time ("10:42 GMT", "Updated 9.15am", "25 mins ago"): furniture. */
const ENTRY_TIME =
  /^(?:(?:posted|updated|published)\s+(?:at\s+)?)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}(?:[+-]\d{1,2})?)?$|^\d+\s+(?:mins?|minutes?|hours?|hrs?)\s+ago$/i;

/** A short line without a sentence's end: an entry's heading when an entry time stands above it. */
const isHeading = (line: string): boolean => !/[.!?"”’]$/.test(line) && line.split(/\s+/).length <= 12;

/** Credits gathered while reading the lines; the first found wins. */
interface Credits {
  /** The agency of the dateline ("DOHA (Reuters) -"): the strongest credit. */
  wire: string | null;
  /** Bylines naming an agency, "Source:" lines, closing credits. */
  source: string | null;
  /** A short capitalised line under the title ("Global News"): the source when nothing better is credited. */
  outlet: string | null;
  dateline: string | null;
  headerDate: string | null;
}

/** Header lines between the title and the first paragraph of prose. */
function readHeader(ls: string[], title: string | null, credits: Credits): void {
  while (ls.length > 0) {
    const line = ls[0]!;
    if (title && line.toLowerCase() === title.toLowerCase()) {
      ls.shift();
      continue;
    }
    const furniture = boilerplateOf(line);
    if (furniture?.effect === 'line' || isUrlLine(line)) {
      if (furniture?.name === 'date and link stamps') credits.headerDate ??= dateInHeader(line);
      ls.shift();
      continue;
    }
    const byline = bylineOf(line);
    if (byline !== undefined) {
      credits.source ??= byline;
      credits.headerDate ??= dateInHeader(line);
      ls.shift();
      continue;
    }
    if (ENTRY_TIME.test(line)) break; // the first entry of a live blog (dropFurniture)
    if (isDateLine(line)) {
      credits.headerDate ??= dateInHeader(line);
      credits.source ??= outletBeforeDate(line) ?? outletAfterDate(line);
      // "Muscat, 12 January 2025" on its own line: the dateline too
      const placed = ls.length > 1 ? datelineLine(line) : null;
      if (placed) credits.dateline ??= placed.place;
      if (placed?.agency) credits.wire ??= placed.agency;
      const agency = /^([A-Z][\p{L}\d .&-]{1,30})\)/u.exec(line); // "Xinhua) 08:30, April 07, 2023"
      if (agency) credits.wire ??= agency[1]!.trim();
      ls.shift();
      continue;
    }
    const outlet = outletLine(line);
    if (outlet) {
      credits.source ??= outlet;
      ls.shift();
      continue;
    }
    const dl = datelineLine(line);
    if (dl && ls.length > 1) {
      credits.dateline ??= dl.place;
      if (dl.agency) credits.wire ??= dl.agency;
      ls.shift();
      continue;
    }
    // A short line of capitalised words only, right after the title: an outlet credit ("Global News").
    if (
      !credits.source &&
      !credits.wire &&
      !credits.outlet &&
      ls.length > 1 &&
      /^[A-Z][\p{L}\d&'-]*(?: [A-Z][\p{L}\d&'-]*){0,3}$/u.test(line) &&
      !/[.!?]$/.test(line) &&
      // "Key Points", "Live Updates": a heading; an outlet is a known one or says what it is
      (!!knownAgency(line) || MEDIA_WORDS.test(line))
    ) {
      credits.outlet = knownAgency(line) ?? line;
      ls.shift();
      continue;
    }
    // "Doval, Wang Yi review situation along LAC" then "Meera Raghavan" then "NEW DELHI": a standfirst and a byline
    // standing in the header, above a dateline or date line (never body text)
    if (ls.length > 2 && headerAbove(ls, 1) && (isStandfirst(line) || isPersonalByline(line))) {
      ls.shift();
      continue;
    }
    break;
  }
}

/** A short unpunctuated line: a standfirst, byline, dateline or date stamp of a header. */
const isShortHeaderLine = (line: string): boolean => !/[.!?"”]$/.test(line) && line.split(/\s+/).length <= 30;

/** The header goes on below line `k` (a byline, a dateline or a date line come next, before prose). */
function headerAbove(ls: string[], k: number): boolean {
  for (let n = k; n < Math.min(ls.length, k + 3); n++) {
    const line = ls[n]!;
    if (datelineLine(line) || isDateLine(line)) return true;
    if (!isPersonalByline(line)) return false;
  }
  return false;
}

/** A subheading under the title: words in lower case too, no sentence's end. */
const isStandfirst = (line: string): boolean => isShortHeaderLine(line) && /\s[a-z]/.test(line);

/** "Meera Raghavan": two to four capitalised name words alone on a line. */
const isPersonalByline = (line: string): boolean =>
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}$/u.test(line) && line !== line.toUpperCase();

/**
 * Drops furniture wherever it stands. A `block` rule (related links, tags) drops what follows
 * up to the next article-like paragraph, so furniture in the middle never ends the article; an
 * `end` rule (comment forms) ends it. Bylines, "Source:" lines and captions never reach the body.
 */
function dropFurniture(ls: string[], credits: Credits): string[] {
  const kept: string[] = [];
  let inBlock = false;
  for (let i = 0; i < ls.length; i++) {
    const line = ls[i]!;
    // a live blog's entry: its time, and the heading under it that the entry's prose says again
    if (ENTRY_TIME.test(line)) {
      if (i + 2 < ls.length && isHeading(ls[i + 1]!) && !ENTRY_TIME.test(ls[i + 1]!)) i++;
      continue;
    }
    const rule = boilerplateOf(line);
    if (rule?.effect === 'end') break;
    if (rule?.effect === 'block') {
      inBlock = true;
      continue;
    }
    if (inBlock && !isArticleLike(line)) continue;
    inBlock = false;
    if (rule || isUrlLine(line)) continue;
    if (line === ls[i + 1] || line === ls[i - 1]) continue; // a caption printed twice by a gallery
    const byline = bylineOf(line);
    if (byline !== undefined) {
      if (byline) credits.source ??= byline;
      credits.headerDate ??= dateInHeader(line); // "By Jane Doe | October 4, 2026 | 6 Min Read" under a summary
      continue;
    }
    const source = sourceLine(line);
    if (source) {
      credits.source ??= source;
      credits.headerDate ??= dateInHeader(line); // "Source: Xinhua| 2024-03-04 10:32:45|Editor: …"
      continue;
    }
    if (isDateLine(line)) {
      if (kept.length < 3) credits.headerDate ??= dateInHeader(line); // "Published On 21 Apr 2022" under a standfirst
      continue;
    }
    kept.push(stripPhotoCredit(line));
  }
  return kept.filter((l) => l.length > 0);
}

/** "(Photo: AP)" closing a paragraph of prose is removed; the prose stays. */
function stripPhotoCredit(line: string): string {
  return line.replace(PHOTO_CREDIT, '').trimEnd();
}

/**
 * The dateline opens the first paragraph of the story; a standfirst, caption or video title may
 * stand before it. A standfirst is prose and stays; labels and titles before it are dropped.
 */
function takeDateline(kept: string[], credits: Credits): string[] {
  if (credits.dateline) return kept;
  const depth = Math.min(DATELINE_SEARCH_DEPTH, kept.length);
  for (let i = 0; i < depth; i++) {
    const dl = matchDateline(kept[i]!);
    if (!dl) continue;
    const strong = dl.agency !== null || dl.place === dl.place.toUpperCase() || /^\p{Lu}{2,}/u.test(kept[i]!);
    if (i > 0 && !strong) continue;
    credits.dateline = dl.place;
    if (dl.agency) credits.wire ??= dl.agency;
    credits.headerDate ??= dateInHeader(kept[i]!.slice(0, dl.length)); // "NEW YORK, 12 March 2026 -"
    const rest = kept[i]!.slice(dl.length);
    return [...kept.slice(0, i).filter(isArticleLike), ...(rest ? [rest] : []), ...kept.slice(i + 1)];
  }
  const opening = kept.length > 0 ? openingCredit(kept[0]!) : null;
  if (!opening) return kept;
  credits.wire ??= opening.source;
  return [kept[0]!.slice(opening.length), ...kept.slice(1)];
}

/** Trailing short lines without sentence punctuation (site name, "Read more here"). */
function dropTrailingLabels(kept: string[], credits: Credits): string[] {
  const out = [...kept];
  while (out.length > 1) {
    const last = out[out.length - 1]!;
    if (/[.!?"”’)]$/.test(last) || last.split(/\s+/).length > 6 || closingCredit(last)) break;
    const agency = knownAgency(last.replace(/^[-–—]+\s*/, '')) ?? outletNamed(last);
    if (agency) credits.source ??= agency; // "Reuters", "SABC News" alone on the last line
    out.pop();
  }
  return out;
}

/** A source credit closing the text: "(Sputnik)", "/BGNES", "— Reuters" (not a photo credit). */
function takeClosingCredit(kept: string[], credits: Credits): string[] {
  if (kept.length === 0) return kept;
  const out = [...kept];
  const credit = closingCredit(out[out.length - 1]!);
  if (!credit) return out;
  credits.source ??= credit.source;
  if (credit.rest) out[out.length - 1] = credit.rest;
  else out.pop();
  return out;
}

/** Lays out the wire/plain text format. */
export function layoutText(content: string): Layout {
  let ls = lines(content);
  // a keyword line comes before a title: when the next line reads as a paragraph, the first line is the title
  const keywords = ls.length > 2 && !isParagraph(ls[1]!) ? keywordsOf(ls[0]!) : null;
  if (keywords) ls = ls.slice(1);
  const title = ls.shift() ?? null;
  const credits: Credits = { wire: null, source: null, outlet: null, dateline: null, headerDate: null };

  readHeader(ls, title, credits);
  let kept = dropFurniture(ls, credits);
  kept = dropTrailingLabels(kept, credits);
  kept = takeDateline(kept, credits);
  kept = takeClosingCredit(kept, credits);

  return {
    title,
    keywords: keywords ?? [],
    dateline: credits.dateline,
    source: credits.wire ?? credits.source ?? credits.outlet,
    body: kept.join('\n\n'),
    headerDate: credits.headerDate,
  };
}
