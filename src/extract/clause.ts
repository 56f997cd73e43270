import { lexicon } from './lexicon/index.js';
import { STATEMENT_WORDS } from './statements/words.js';
import type { Token } from './tokens.js';

const CLAUSE_MARKS = /^[;:“”"()]$/;

/** A semicolon, colon, quote mark or bracket: the token ends (or opens) a clause. */
export const isClauseMark = (t: Token): boolean => CLAUSE_MARKS.test(t.text);

/** ", which", ", who", ", that" at token k: a relative clause opens. */
export const opensRelativeClause = (tokens: Token[], k: number): boolean =>
  tokens[k]?.text === ',' && STATEMENT_WORDS.relativeWords.has(tokens[k + 1]?.lower ?? '');
/** A possessive or determiner: a verb form after it (past an -ly adverb) stands before its noun. */
const ATTRIBUTIVE_BEFORE = /^(['’]s|the|a|an|its|their|his|her|our)$/;

/** "the announced visit", "a recently disclosed memo", "Oman's continued facilitation": not a verb. */
export function isAttributive(tokens: Token[], v: number): boolean {
  const before = tokens[v - 1]?.lower ?? '';
  return ATTRIBUTIVE_BEFORE.test(before.endsWith('ly') ? (tokens[v - 2]?.lower ?? '') : before);
}

/** Token range [a, b) of the clause around token i: between clause marks, openers and a reporting tail. */
export function clauseAround(tokens: Token[], i: number): { a: number; b: number } {
  const lex = lexicon();
  // a reporting verb is written in lower case ("states", not "United States")
  const reports = (t: Token): boolean => !t.cap && lex.reporting.has(t.lower);
  // "Oman's continued facilitation", "the announced visit": a participle before its noun reports nothing;
  // "would continue its mediation": a verb that reports only a clause has an object here
  const objectAfter = (k: number): boolean =>
    lex.clauseOnly.has(tokens[k]!.lower) && /^(its|their|his|her|the|to)$/.test(tokens[k + 1]?.lower ?? '');
  const reportsAt = (k: number): boolean => reports(tokens[k]!) && !isAttributive(tokens, k) && !objectAfter(k);
  const opens = (t: Token): boolean => CLAUSE_MARKS.test(t.text) || lex.clauseOpeners.has(t.lower);
  let a = i;
  // "Mutua stated that his country would host the talks": the reporting clause is another clause
  while (a > 0 && !opens(tokens[a - 1]!) && !reportsAt(a - 1)) a--;
  let b = i + 1;
  while (b < tokens.length && !opens(tokens[b]!)) {
    // ", the ministry said": a reporting tail is another clause
    if (tokens[b]!.text === ',' && tokens.slice(b + 1, b + 6).some(reports)) break;
    b++;
  }
  return { a, b };
}

/** ", who …," opening at token k: its range [k, next comma), the comma excluded; null when none opens or closes there. */
export function relativeClauseAt(tokens: Token[], k: number): { a: number; b: number } | null {
  if (!opensRelativeClause(tokens, k)) return null;
  const end = tokens.findIndex((t, j) => j > k + 1 && t.text === ',');
  return end < 0 ? null : { a: k, b: end };
}

/** How many words a quoted phrase inside a clause may have and still be a phrase ('Oman's "constructive role"'). */
const SCARE_QUOTE_WORDS = 4;

/** The quote mark that opens a short quoted phrase closed at token `close`, or -1. */
function scareQuoteOpening(tokens: Token[], close: number): number {
  if (!/^[”"]$/.test(tokens[close]?.text ?? '')) return -1;
  for (let k = close - 1; k >= 0 && close - k <= SCARE_QUOTE_WORDS + 1; k--) {
    if (/^[“"]$/.test(tokens[k]!.text))
      return k > 0 && /[\p{L}\d]/u.test(tokens[k - 1]!.text) && close - k > 1 ? k : -1;
    if (!tokens[k]!.word) return -1;
  }
  return -1;
}

/** The clause around token i, read past short quoted phrases before it ('praised Oman's "constructive role" in mediating'). */
export function clauseAroundPhrases(tokens: Token[], i: number): { a: number; b: number } {
  const clause = clauseAround(tokens, i);
  for (let open = scareQuoteOpening(tokens, clause.a - 1); open > 0; open = scareQuoteOpening(tokens, clause.a - 1))
    clause.a = clauseAround(tokens, open - 1).a;
  return clause;
}

/**
 * The clause around token i, read past a name's acronym in brackets on either side ("the Geneva International
 * Discussions (GID) took place today": the meeting's clause goes on to its verb and date).
 */
export function clauseAroundNames(tokens: Token[], i: number): { a: number; b: number } {
  let { a, b } = clauseAround(tokens, i);
  for (let open = tokens[a - 1]?.text === ')' ? bracketedNameBefore(tokens, a - 1) : -1; open > 0; ) {
    a = clauseAround(tokens, open - 1).a;
    open = tokens[a - 1]?.text === ')' ? bracketedNameBefore(tokens, a - 1) : -1;
  }
  for (let close = tokens[b]?.text === '(' ? bracketedNameAfter(tokens, b) : -1; close > 0 && close < tokens.length; ) {
    b = clauseAround(tokens, close).b;
    close = tokens[b]?.text === '(' ? bracketedNameAfter(tokens, b) : -1;
  }
  return { a, b };
}

/** A name's acronym or short name in brackets: "(GID)", "(OSCE)"; at most three capitalised words. */
const BRACKETED_NAME_WORDS = 3;
const bracketedName = (words: Token[]): boolean =>
  words.length > 0 && words.length <= BRACKETED_NAME_WORDS && words.every((t) => /^\p{Lu}/u.test(t.text));

/** The token after the ")" that closes a bracketed name opening at `open`, or -1. */
function bracketedNameAfter(tokens: Token[], open: number): number {
  const close = tokens.findIndex((t, k) => k > open && t.text === ')');
  return close > 0 && bracketedName(tokens.slice(open + 1, close)) ? close + 1 : -1;
}

/** The "(" that opens a bracketed name closing at `close`, or -1. */
function bracketedNameBefore(tokens: Token[], close: number): number {
  const open = tokens.findLastIndex((t, k) => k < close && t.text === '(');
  return open >= 0 && bracketedName(tokens.slice(open + 1, close)) ? open : -1;
}

/**
 * A relative clause between commas after the phrase of token i ("the talks, which stalled in May, resume…",
 * "talks between A and B, which…"): its token range [a, b), or null.
 */
export function relativeAsideAfter(tokens: Token[], i: number): { a: number; b: number } | null {
  return commaAsideAfter(tokens, i, (t) => STATEMENT_WORDS.relativeWords.has(t.lower));
}

/**
 * An aside between commas after the phrase of token i, past at most `ownWords` of its own words, whose
 * first word `opens` accepts (", which …,", ", between A and B,", ", mediated by X,") and whose closing
 * comma is at most `reach` tokens after the opening one: its range [a, b) (a: the opening comma, b: just
 * past the closing one), or null.
 */
export function commaAsideAfter(
  tokens: Token[],
  i: number,
  opens: (t: Token) => boolean,
  { ownWords = 8, reach = 30 } = {},
): { a: number; b: number } | null {
  let c = i + 1;
  while (c < tokens.length && c <= i + ownWords && tokens[c]!.word) c++;
  if (tokens[c]?.text !== ',' || !tokens[c + 1] || !opens(tokens[c + 1]!)) return null;
  for (let k = c + 2; k < tokens.length && k <= c + reach; k++) {
    if (CLAUSE_MARKS.test(tokens[k]!.text) || tokens[k]!.text === '.') return null;
    if (tokens[k]!.text === ',') return k + 1 < tokens.length ? { a: c, b: k + 1 } : null;
  }
  return null;
}
