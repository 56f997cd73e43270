import type { ArticleContext } from '../context.js';
import { DATE_WORDS } from '../actors/words.js';
import type { Token } from '../tokens.js';
import { type Quote, quoteEndingIn } from './quotes.js';
import { STATEMENT_WORDS as W } from './words.js';

const CLAUSE_BREAK = /^[.;:“”"]$/;

/** A quote closing shortly before the cue at `at` (only words of the speaker between): “…,” said X / “…,” X, who …, said. */
export function quoteEndingBefore(ctx: ArticleContext, at: number, from: number): Quote | undefined {
  const body = ctx.article.body;
  return quoteEndingIn(ctx.quotes, from, at, (q) => {
    const between = body.slice(q.end, at);
    const extra = appositionChars(between);
    // "…,” Qatari foreign ministry spokesman Majed al-Ansari told": a title and a name
    if (between.replace(/[\s,]/g, '').length > 64 + extra) return false;
    const trimmed = between.trim();
    if (/[.!?]\s*$/.test(trimmed || 'x') || trimmed.length >= 80 + extra) return false;
    return (between.match(/\w+/g) ?? []).length <= 10 + (extra ? 8 : 0);
  });
}

/** Extra room for an apposition between a quote and its verb ("…,” X, who chaired the meeting, told …", "…,” X, an expert at Y, said"). */
function appositionChars(between: string): number {
  // ("…,” Sheikh Mohammed, Qatar's prime minister and foreign minister, told …": a title in the possessive)
  return /,\s*(?:(?:who|which|an?|the)\s|\p{Lu}[\p{L}.-]*['’]s\s)[^,]*,\s*$/iu.test(between) ? 60 : 0;
}

export function lastIndexBefore(tokens: Token[], v: number, text: string): number {
  for (let k = v - 1; k >= 0; k--) if (tokens[k]!.text === text) return k;
  return -1;
}

/** Where the subject of the verb at v starts: after the last clause break that is not an apposition. */
export function subjectStart(tokens: Token[], v: number): number {
  let depth = 0;
  for (let k = v - 1; k >= 0; k--) {
    const t = tokens[k]!.text;
    if (t === ',') depth++;
    // "calling it “delusional”, but said…": a short quote inside the clause does not break it
    const open = /^[”"]$/.test(t) ? inlineQuoteOpening(tokens, k) : -1;
    if (open >= 0) {
      k = open;
      continue;
    }
    if (CLAUSE_BREAK.test(t)) return k + 1;
    if (tokens[k]!.lower === 'that' && depth === 0) return k + 1;
    // "A said X, while B said Y"
    const comma =
      tokens[k - 1]?.text === ',' || (/^[”"]$/.test(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.text === ',');
    if (W.subjectBreaks.has(tokens[k]!.lower) && comma) return k + 1;
    // "…, days after Trump said…": the writer's time aside opens a clause of its own
    if (tokens[k - 1]?.text === ',' && timeAsideAt(tokens, k)) return k + 2;
  }
  return 0;
}

/** "days after", "shortly before" at token k: the writer's time aside, which opens a clause of its own. */
export function timeAsideAt(tokens: Token[], k: number): boolean {
  return W.timeAsideLeads.has(tokens[k]?.lower ?? '') && W.timeClauseLeads.has(tokens[k + 1]?.lower ?? '');
}

/** The opening quote of a quote of a few words that closes at k and follows a lower-case word of the clause, or -1. */
function inlineQuoteOpening(tokens: Token[], k: number): number {
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    if (!/^[“"]$/.test(tokens[j]!.text)) continue;
    const before = tokens[j - 1];
    return before?.word && !before.cap ? j : -1;
  }
  return -1;
}

/** Words of an apposition after the source ("a foreign policy adviser to Azerbaijani President Ilham Aliyev"). */
const APPOSITION_WORDS = 12;

/** End of the "according to X" phrase: the first comma after X, past a short apposition ("X, one of the groups,"). */
export function accordingEnd(tokens: Token[], from: number): number {
  let k = from;
  while (k < tokens.length && !CLAUSE_BREAK.test(tokens[k]!.text) && !(tokens[k]!.text === ',' && k - from >= 1)) k++;
  if (tokens[k]?.text === ',') {
    let j = k + 1;
    while (j < tokens.length && j - k <= APPOSITION_WORDS && !/^[.;:,“”"]$/.test(tokens[j]!.text)) j++;
    const apposition =
      W.appositionLeads.has(tokens[k + 1]?.lower ?? '') &&
      tokens[j]?.text === ',' &&
      !tokens.slice(k + 1, j).some((t) => W.appositionVerbs.has(t.lower));
    if (apposition && tokens.length - j > 4) return j;
  }
  return k;
}

/**
 * ", according to the statement, WORDS" at comma `k`: a source set off by commas; the token after its closing comma,
 * or -1.
 */
export function sourceAsideEnd(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== ',' || tokens[k + 1]?.lower !== 'according' || tokens[k + 2]?.lower !== 'to') return -1;
  const end = accordingEnd(tokens, k + 3);
  return tokens[end]?.text === ',' ? end + 1 : -1;
}

/** Start offset of reported content after a verb: skips "that", ":", adverbials like "on Monday,". */
/** How far the ", that" after phrases set off by commas may be from the cue. */
const SET_OFF_REACH = 24;

/** "during the meeting, in remarks he later posted on social media, that": the "that" after an adverbial's phrases. */
function setOffThat(tokens: Token[], k: number): number {
  if (!W.adverbialLeads.has(tokens[k]?.lower ?? '')) return -1;
  for (let j = k + 1; j < tokens.length && j < k + SET_OFF_REACH; j++) {
    if (/^[.;“"”]$/.test(tokens[j]!.text)) return -1;
    if (tokens[j]!.lower === 'that' && tokens[j - 1]?.text === ',') return j;
  }
  return -1;
}

export function contentStart(tokens: Token[], c: number): number | null {
  let k = c;
  // "announced Wednesday afternoon in Pretoria that": skip an adverbial up to a nearby "that"
  // (not "said U.S. demands that…", "said the truce held, adding that…")
  const that = tokens.findIndex((t, j) => j >= k && j < k + 14 && t.lower === 'that');
  // "said on Tuesday the army would not attend talks that…": a verb before the "that" makes it the words' own
  const clauseBefore = that > k && tokens.slice(k, that).some((t) => W.finiteVerbs.has(t.lower));
  const adverbial =
    that > k && !clauseBefore && (DATE_WORDS.has(tokens[k]!.text) || W.adverbialLeads.has(tokens[k]!.lower));
  // "said during the closed-door meeting, in remarks he later posted on social media, that …": set-off phrases
  const setOff = that < 0 || clauseBefore ? setOffThat(tokens, k) : -1;
  if ((that === k || adverbial) && !tokens.slice(k, that).some((t) => /^[.;“"]$/.test(t.text))) k = that + 1;
  else if (setOff > 0) k = setOff + 1;
  else if (that < 0 || clauseBefore) k = pastTimePhrase(tokens, k);
  // "sources said Tuesday, dealing a blow to…": a participle after the day goes on with the act, it says nothing
  const day = W.dayWords.has(tokens[k]?.text ?? '') && tokens[k + 1]?.text === ',' ? k + 2 : -1;
  const gerund = day > 0 && /ing$/.test(tokens[day]?.lower ?? '') && !W.participleCues.has(tokens[day]!.lower);
  if (gerund) return null;
  while (k < tokens.length && (tokens[k]!.text === ':' || tokens[k]!.text === ',')) k++;
  // "affirmed, according to the statement, his country's aspiration…": the source set off after the verb
  const aside = sourceAsideEnd(tokens, k - 1);
  if (aside > 0) k = tokens[aside]?.lower === 'that' ? aside + 1 : aside;
  if (k >= tokens.length || tokens.length - k < 3) return null;
  // "said what he was emphasising was that …": the words after the cleft's "that"
  const cleft = pseudoCleftEnd(tokens, k);
  if (cleft > 0) k = cleft;
  if (tokens.length - k < 3) return null;
  // "did not say which areas…", "explained why…": a question, not a statement ("said that if…, …" is a condition)
  if (W.questionWords.has(tokens[k]!.lower) && !(tokens[k]!.lower === 'if' && tokens[k - 1]?.lower === 'that'))
    return null;
  // "dismissed the remarks, saying (that) …", "…, writing on X that …": the participle's own words
  if (W.participleCues.has(tokens[k]!.lower) && tokens[k - 1]?.text === ',') {
    k++;
    const platform = tokens.findIndex((t, j) => j >= k && j <= k + 3 && t.cap && W.platforms.has(t.lower));
    if (/^(on|in)$/.test(tokens[k]?.lower ?? '') && platform > 0) k = platform + 1;
    if (tokens[k]?.lower === 'that') k++;
    if (tokens.length - k < 3) return null;
  }
  if (W.contentPrepositions.has(tokens[k]!.lower) && that < 0) {
    // "said in a statement" without content; "said in a statement on Monday:" and a quote
    const skip = tokens.findIndex((t, j) => j > k && (t.text === ',' || t.text === ':' || t.lower === 'that'));
    // "said on X he had thanked…", "wrote on Telegram the talks…": a platform ends the phrase;
    // "said in a statement it had struck…": so does the statement noun
    const platform = tokens.findIndex((t, j) => j > k && j <= k + 3 && t.cap && W.platforms.has(t.lower));
    const noun = tokens.findIndex((t, j) => j > k && j <= k + 3 && W.statementNouns.has(t.lower));
    const end = platform >= 0 ? platform : noun;
    if (skip < 0 && end < 0) return null;
    // "said in a statement on Monday it had…": past the statement's day too
    k = skip < 0 ? pastTimePhrase(tokens, end + 1) : skip + 1;
    if (tokens.length - k < 3) return null;
    // "said in a statement posted on its Telegram channel": the participle describes the statement, says nothing
    if (skip < 0 && /^[a-z]{3,}ed$/.test(tokens[k]!.text)) return null;
  }
  return tokens[k]!.start;
}

/** "what he meant was that", "what matters is that": the token after "that", or -1. */
function pseudoCleftEnd(tokens: Token[], k: number): number {
  if (tokens[k]?.lower !== 'what') return -1;
  for (let j = k + 2; j < k + 9 && j < tokens.length - 1; j++) {
    if (!tokens[j]!.word) return -1;
    if (W.copulas.has(tokens[j]!.lower) && tokens[j + 1]!.lower === 'that') return j + 2;
  }
  return -1;
}

/**
 * "said on Monday the talks…", "said late Tuesday night the truce…", "said yesterday the…": the
 * content begins after a day named without "that"; "said Monday's attack…" keeps its day.
 */
function pastTimePhrase(tokens: Token[], k: number): number {
  let j = k;
  while (j < k + 2 && W.timeLeads.has(tokens[j]?.lower ?? '')) j++;
  const day = tokens[j];
  if (!day || !(W.dayWords.has(day.text) || W.dayWords.has(day.lower))) return k;
  j++;
  if (W.partsOfDay.has(tokens[j]?.lower ?? '')) j++;
  const next = tokens[j];
  return next?.word && !next.text.startsWith("'") && !next.text.startsWith('’') ? j : k;
}

/** Offset of the first word of the sentence from token `from`. */
export function sentenceContentStart(tokens: Token[], from: number): number {
  let k = from;
  while (k < tokens.length && !tokens[k]!.word) k++;
  return tokens[k]?.start ?? tokens[from]!.start;
}

/** The statement's text as stored: no quote marks, no leading "that", no trailing punctuation. */
export function cleanText(text: string): string {
  return text
    .trim()
    .replace(/^(that|:)\s+/i, '')
    .replace(/^[“”"'‘’\s]+|[“”"'‘’\s,;:]+$/g, '')
    .replace(/[.,;:\s]+$/, (m) => (m.includes('.') ? '.' : ''))
    .replace(/\.$/, '')
    .replace(/[“”"]/g, '')
    .trim();
}

/**
 * "…, both countries said Thursday, a major step toward peace", "…, X said on Wednesday, days before talks in
 * Oman": after the day, the writer's aside on it all (no "that" of reported words after it).
 */
export function asideAfterTime(tokens: Token[], from: number): boolean {
  // "…, X told reporters, days after…": the audience of a tell cue comes before the aside
  let k =
    W.tellCues.has(tokens[from - 1]?.lower ?? '') && W.audienceNouns.has(tokens[from]?.lower ?? '') ? from + 1 : from;
  const timely = (t: Token) =>
    W.dayWords.has(t.text) || W.dayWords.has(t.lower) || W.timeWords.has(t.lower) || W.timeLeads.has(t.lower);
  while (k < from + 4 && tokens[k]?.word && timely(tokens[k]!)) k++;
  const opener = tokens[k + 1]?.lower ?? '';
  // "…, Trump said Saturday after speaking by phone with both leaders", "…, Anwar announced after hosting
  // talks": a time clause, no reported words
  const timeClause = W.timeClauseLeads.has(tokens[k]?.lower ?? '') && /ing$/.test(tokens[k + 1]?.lower ?? '');
  if (timeClause) return !tokens.slice(k + 1).some((t) => t.lower === 'that' || /^[:“"]$/.test(t.text));
  // "…, sources said Tuesday, dealing a fresh blow to…": a participle goes on with the act reported
  const participle = /ing$/.test(opener) && !W.participleCues.has(opener) && !W.continuationCues.has(opener);
  if (k > from && tokens[k]?.text === ',' && participle) return true;
  if (k === from || tokens[k]?.text !== ',' || !W.asideOpeners.has(opener)) return false;
  // "a move that…" is the aside's own clause; after "as" or "days before", a "that" may open reported words
  return /^(a|an)$/.test(opener) || !tokens.slice(k + 1).some((t) => t.lower === 'that' || /^[:“"]$/.test(t.text));
}
