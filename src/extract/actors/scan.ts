import type { Sentence } from '../../domain/article.js';
import { type FormHit, lexicon } from '../lexicon/index.js';
import { type Token, tokenize } from '../tokens.js';
import type { Mention } from './mentions.js';
import { LOCATIVE } from './words.js';

/** One sentence being read for mentions, with the lookups the mention rules share (memoised per sentence). */
export interface Scan {
  sentence: Sentence;
  body: string;
  tokens: Token[];
  /** Lower-case text of token k ('' outside the sentence). */
  lowerAt(k: number): string;
  /** The longest lexicon form starting at token k. */
  lexAt(k: number): FormHit | undefined;
  /** Position fields of a mention over tokens [a, b). */
  base(a: number, b: number): Pick<Mention, 'sentence' | 'start' | 'end' | 't0' | 't1' | 'surface'>;
  /** "in Doha", "to the UN": the name at token a follows a locative preposition. */
  locative(a: number): boolean;
  /** The token after a possessive "'s" at k, or k. */
  skipPossessive(k: number): number;
}

export const isNameCap = (t: Token | undefined): boolean =>
  !!t && t.word && (t.cap || /^(al|el|ad|as|ash|an|ar|at|az|bin|ibn)-\p{Lu}/u.test(t.text));

export const span = (tokens: Token[], a: number, b: number, body: string): string =>
  body.slice(tokens[a]!.start, tokens[b - 1]!.end);

/** Starts reading one sentence of `body`. */
export function createScan(sentence: Sentence, body: string): Scan {
  const tokens = tokenize(sentence.text, sentence.start);
  const lexHits: Array<FormHit | null | undefined> = [];
  const lowerAt = (k: number): string => tokens[k]?.lower ?? '';
  return {
    sentence,
    body,
    tokens,
    lowerAt,
    lexAt: (k) => {
      const known = lexHits[k];
      if (known !== undefined) return known ?? undefined;
      const first = lexicon().formFirstTokens;
      const t = tokens[k];
      const hit = t && (first.exact.has(t.text) || first.lower.has(t.lower)) ? longestForm(tokens, k) : undefined;
      lexHits[k] = hit ?? null;
      return hit;
    },
    base: (a, b) => ({
      sentence: sentence.index,
      start: tokens[a]!.start,
      end: tokens[b - 1]!.end,
      t0: a,
      t1: b,
      surface: span(tokens, a, b, body),
    }),
    locative: (a) => {
      let k = a - 1;
      if (lowerAt(k) === 'the') k--;
      return LOCATIVE.has(lowerAt(k));
    },
    skipPossessive: (k) => {
      if ((tokens[k]?.text === "'" || tokens[k]?.text === '’') && lowerAt(k + 1) === 's') return k + 2;
      if (/^['’]s$/.test(tokens[k]?.text ?? '')) return k + 1;
      return k;
    },
  };
}

/**
 * "Russia today" is not "Russia Today": a name the lexicon knows on its own does not run on, case-blind,
 * into an ordinary lower-case word.
 */
const swallowsWord = (before: FormHit | undefined, next: Token): boolean => !!before && !next.cap;

/** Longest lexicon form starting at token i. */
function longestForm(tokens: Token[], i: number): FormHit | undefined {
  const lex = lexicon();
  let best: FormHit | undefined;
  let text = '';
  for (let n = 0; n < lex.maxFormTokens && i + n < tokens.length; n++) {
    const t = tokens[i + n]!;
    // "Kurdistan Workers’ Party" is the lexicon's "Kurdistan Workers' Party": a curly apostrophe reads as a straight one
    text = `${n === 0 ? '' : `${text}${t.start > tokens[i + n - 1]!.end ? ' ' : ''}`}${t.text.replace(/’/g, "'")}`;
    const lower = text.toLowerCase();
    const exact = lex.forms.get(text);
    const hit = exact ?? (n > 0 && !swallowsWord(best, t) ? lex.lowerForms.get(lower) : undefined);
    if (hit && (n > 0 || tokens[i]!.cap)) best = { ...hit, length: n + 1 };
    // every longer candidate starts with `text`: none can match once no form starts with it
    if (!lex.formPrefixes.has(text) && !lex.lowerFormPrefixes.has(lower)) break;
  }
  return best;
}
