import { dateInHeader, isDateLine } from './dates.js';
import { isCaptionLine, isPromotionLine, isTailMarker, isUrlLine, PHOTO_CREDIT } from './boilerplate.js';

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

const PLACE_WORD = String.raw`(?:[A-Z][\p{L}'’.-]*|[A-Z]{2,}|de|del|da|al|el|es|of|la)`;
const PLACE = `(?:${PLACE_WORD})(?: ${PLACE_WORD}){0,3}`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATE_PART = String.raw`${MONTH} \d{1,2}(?:,? \d{4})?|\d{1,2} ${MONTH}(?: \d{4})?`;
const AGENCY = String.raw`\(([^()]{2,40})\)`;

/**
 * Datelines at the start of the body:
 *   "Moscow, Nov 21.- ", "DOHA (Reuters) - ", "ADDIS ABABA, Nov 2 (Xinhua) -- ",
 *   "ADDIS ABABA – ", "Jeddah: ", "BEIJING, April 6 (Xinhua) -- ", "Riyadh (South24) ".
 */
const DATELINE_RES: RegExp[] = [
  // place, date, optional agency, then a dash or ".-"
  new RegExp(String.raw`^(${PLACE}),? (?:${DATE_PART})\.?\s*(?:${AGENCY})?\s*(?:\.?-{1,2}|[–—:])\s*`, 'u'),
  // place and agency, then a dash or nothing (the line may end there)
  new RegExp(String.raw`^(${PLACE}),?\s*${AGENCY}\s*(?:-{1,2}|[–—:])?\s*`, 'u'),
  // place then a dash/colon (no date, no agency): only when the place is upper case or short
  new RegExp(String.raw`^(${PLACE})\s*(?:-{1,2}|[–—:])\s+`, 'u'),
];

function titleCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

export interface DatelineMatch {
  place: string;
  agency: string | null;
  length: number;
}

/** Recognises a dateline at the start of a paragraph. */
export function matchDateline(text: string): DatelineMatch | null {
  for (let i = 0; i < DATELINE_RES.length; i++) {
    const m = DATELINE_RES[i]!.exec(text);
    if (!m) continue;
    const place = m[1]!.trim();
    const agency = i === 1 ? (m[2] ?? null) : i === 0 ? (m[2] ?? null) : null;
    const words = place.split(/\s+/);
    if (words.length > 4) continue;
    if (i === 2) {
      // "Jeddah: ...", "ADDIS ABABA – ...": a bare place needs an all-caps form or a short name,
      // and the rest of the line must read as a sentence.
      const upper = place === place.toUpperCase() && /[A-Z]{3,}/.test(place);
      if (!upper && words.length > 2) continue;
      if (/^(Update|Note|Editor|Breaking|Exclusive|Analysis|Opinion|Watch|Video|Live|Photos?)$/i.test(place)) continue;
      if (text.length - m[0].length < 20) continue;
    }
    if (i === 1 && agency && !/^[A-Z\p{Lu}][\p{L}\d .&'/-]*$/u.test(agency)) continue;
    // "The Barisan Revolusi Nasional (BRN) said …": a name with its acronym inside a sentence, not a dateline
    if (i === 1 && !/[-–—:]/.test(m[0]) && m[0].length < text.trimEnd().length && place !== place.toUpperCase())
      continue;
    return { place: titleCase(place), agency: agency?.trim() ?? null, length: m[0].length };
  }
  return null;
}

/** A source credit closing the text: "(Sputnik)" (not a photo credit). */
const CLOSING_CREDIT = /\s*\(([A-Z][\p{L}\d .&'-]{1,30})\)\s*$/u;

/** Lays out the wire/plain text format. */
export function layoutText(content: string): Layout {
  let ls = lines(content);
  const keywords = ls.length > 2 ? keywordsOf(ls[0]!) : null;
  if (keywords) ls = ls.slice(1);
  const title = ls.shift() ?? null;
  let source: string | null = null;
  let dateline: string | null = null;
  let headerDate: string | null = null;

  // Header lines between the title and the first paragraph of prose.
  while (ls.length > 0) {
    const line = ls[0]!;
    if (title && line.toLowerCase() === title.toLowerCase()) {
      ls.shift();
      continue;
    }
    if (isUrlLine(line) || isPromotionLine(line) || (isCaptionLine(line) && ls.length > 1)) {
      ls.shift();
      continue;
    }
    if (isDateLine(line)) {
      headerDate ??= dateInHeader(line);
      const agency = /^([A-Z][\p{L}\d .&-]{1,30})\)/u.exec(line); // "Xinhua) 08:30, April 07, 2023"
      if (agency) source ??= agency[1]!.trim();
      ls.shift();
      continue;
    }
    const dl = matchDateline(line);
    if (dl && dl.length >= line.length - 1) {
      // a dateline on its own line: "Riyadh (South24)"
      dateline = dl.place;
      if (dl.agency) source = dl.agency;
      ls.shift();
      continue;
    }
    // A short line of capitalised words only, right after the title: an outlet credit ("Global News").
    if (
      !source &&
      ls.length > 1 &&
      /^[A-Z][\p{L}\d&'-]*(?: [A-Z][\p{L}\d&'-]*){0,3}$/u.test(line) &&
      !/[.!?]$/.test(line)
    ) {
      source = line;
      ls.shift();
      continue;
    }
    break;
  }

  // Boilerplate tail, promotions and captions anywhere.
  const kept: string[] = [];
  for (const line of ls) {
    if (isTailMarker(line)) break;
    if (isPromotionLine(line) || isUrlLine(line)) continue;
    // "(Photo: AP)" closing a paragraph is stripped; a line credited "(Agency/Name)" is a caption.
    const text = line.replace(PHOTO_CREDIT, '');
    if (text !== line) {
      if (text.trim()) kept.push(text.trimEnd());
      continue;
    }
    if (isCaptionLine(line)) continue;
    kept.push(line);
  }
  // Trailing short lines without sentence punctuation (site name, "Read more here").
  while (kept.length > 1) {
    const last = kept[kept.length - 1]!;
    if (/[.!?"”’)]$/.test(last) || last.split(/\s+/).length > 6) break;
    kept.pop();
  }

  // Dateline at the start of the first paragraph.
  if (kept.length > 0 && !dateline) {
    const dl = matchDateline(kept[0]!);
    if (dl) {
      dateline = dl.place;
      if (dl.agency) source = dl.agency;
      kept[0] = kept[0]!.slice(dl.length);
    }
  }

  // Source credit and photo credit closing the text.
  if (kept.length > 0) {
    let last = kept[kept.length - 1]!;
    last = last.replace(PHOTO_CREDIT, '');
    const credit = CLOSING_CREDIT.exec(last);
    if (credit && !/\d/.test(credit[1]!)) {
      source ??= credit[1]!.trim();
      last = last.slice(0, credit.index);
    }
    last = last.replace(PHOTO_CREDIT, '').trimEnd();
    if (last) kept[kept.length - 1] = last;
    else kept.pop();
  }

  return {
    title,
    keywords: keywords ?? [],
    dateline,
    source,
    body: kept.join('\n\n'),
    headerDate,
  };
}
