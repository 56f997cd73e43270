import type { Sentence } from '../domain/article.js';
import { nlp } from './nlp.js';

/**
 * Splits a body into sentences with UTF-16 offsets. Paragraphs (blank-line or newline separated)
 * never share a sentence; inside a paragraph wink-nlp finds the boundaries (it handles
 * abbreviations such as "Gen." and "U.S." and glued boundaries such as "conflict.The").
 * Offsets come from locating each wink token in the original text, so they are exact.
 */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  const paragraph = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = paragraph.exec(body)) !== null) {
    const text = m[0];
    if (!text.trim()) continue;
    for (const [s, e] of splitParagraph(text)) {
      const start = m.index + s;
      const end = m.index + e;
      out.push({ index: out.length, start, end, text: body.slice(start, end) });
    }
  }
  return out;
}

function splitParagraph(text: string): Array<[number, number]> {
  const winkNlp = nlp();
  const doc = winkNlp.readDoc(text);
  // whole-collection outputs: two arrays instead of an item object per sentence and per token
  const values = doc.tokens().out();
  // its.span gives each sentence's [first, last] token index (wink's types widen it to string[])
  const sentences = doc.sentences().out(winkNlp.its.span) as Array<[number, number]>;
  const spans: Array<[number, number]> = [];
  let cursor = 0;
  for (const [first, last] of sentences) {
    let start = -1;
    let end = -1;
    for (let t = first; t <= last; t++) {
      const value = values[t]!;
      const at = text.indexOf(value, cursor);
      if (at < 0) continue; // wink normalised the token; keep the previous cursor
      if (start < 0) start = at;
      cursor = at + value.length;
      end = cursor;
    }
    if (start >= 0 && end > start) spans.push([start, end]);
  }
  // A straight quote glued after a boundary (`said.""It is`) opens the next sentence when the
  // sentence would otherwise hold an odd number of straight quotes.
  for (let i = 0; i + 1 < spans.length; i++) {
    const span = spans[i]!;
    const body = text.slice(span[0], span[1]);
    const quotes = (body.match(/"/g) ?? []).length;
    if (quotes % 2 === 1 && /[.?!]"$/.test(body) && text[span[1]] !== ' ') {
      span[1] -= 1;
      spans[i + 1]![0] = span[1];
    }
  }
  splitAfterPlatformX(text, spans);
  // A period before a lower-case word ends an abbreviation, not a sentence; an initialism is one word
  // ("China-U.S." split as "China-U." and "S. relationship").
  for (let i = spans.length - 1; i > 0; i--) {
    const previous = text.slice(spans[i - 1]![0], spans[i - 1]![1]);
    const next = text.slice(spans[i]![0]);
    const lowerAfter = /\.$/.test(previous) && /^\p{Ll}/u.test(next);
    const initialism = /(?:^|[\s-])(?:\p{Lu}\.)+$/u.test(previous) && /^\p{Lu}\./u.test(next);
    if (lowerAfter || initialism) {
      spans[i - 1]![1] = spans[i]![1];
      spans.splice(i, 1);
    }
  }
  // Sentences must tile the paragraph's text: extend each to the next one's start (trimmed).
  const result: Array<[number, number]> = [];
  for (let i = 0; i < spans.length; i++) {
    const [s] = spans[i]!;
    let e = i + 1 < spans.length ? spans[i + 1]![0] : text.length;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    result.push([s, e]);
  }
  if (result.length === 0 && text.trim()) {
    const s = text.length - text.trimStart().length;
    result.push([s, text.trimEnd().length]);
  }
  return result;
}

/** "wrote on X. He added…": the platform's name is no initial; the sentence ends after it. */
const PLATFORM_X = /\b(?:on|via) X\.(?=\s+["“]?\p{Lu})/gu;

function splitAfterPlatformX(text: string, spans: Array<[number, number]>): void {
  for (let i = 0; i < spans.length; i++) {
    const [s, e] = spans[i]!;
    for (const m of text.slice(s, e).matchAll(PLATFORM_X)) {
      const cut = s + m.index + m[0].length;
      const next = cut + (text.slice(cut).length - text.slice(cut).trimStart().length);
      if (next >= e) continue;
      spans.splice(i, 1, [s, cut], [next, e]);
      break;
    }
  }
}
