import type { ExtractedStatement } from '../../domain/article.js';
import type { ArticleContext } from '../context.js';
import { findDates } from '../dates.js';
import { lexicon } from '../lexicon/index.js';
import { confidenceOf } from './confidence.js';
import { cleanText } from './content.js';
import type { Draft } from './draft.js';
import { STATEMENT_WORDS as W } from './words.js';

/** Words too few to be a statement: a draft with fewer is dropped (and reads as no statement while detecting). */
export const MIN_STATEMENT_WORDS = 3;

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Drafts → statements: cleaned text, one statement per repeated text of a speaker, a date and a channel. */
export function finish(ctx: ArticleContext, drafts: Draft[]): ExtractedStatement[] {
  const body = ctx.article.body;
  const out: ExtractedStatement[] = [];
  const dating: Dating = { lastDate: ctx.article.publishedAt, lastSentence: -1 };
  // content words of each statement in `out`, computed at most once and only when compared
  const outWords: Array<Set<string> | undefined> = [];
  for (const d of drafts) {
    const text = [[d.textStart, speakerActEnd(body, d)] as const, ...(d.more ?? [])]
      .map(([a, b]) => cleanText(body.slice(a, b)))
      .reduce((all, part) => (d.gapped || /[.?!]$/.test(all) ? `${all} ${part}` : `${all}. ${part}`));
    if (wordCount(text) < MIN_STATEMENT_WORDS) continue;
    let words: Set<string> | undefined;
    const repeats = (o: ExtractedStatement, k: number): boolean =>
      o.speaker === d.speaker.name &&
      overlap((outWords[k] ??= contentWords(o.text)), (words ??= contentWords(text))) >= 0.5;
    if (out.some(repeats)) continue;
    const sentence = ctx.article.sentences[d.sentence]!;
    out.push({
      speaker: d.speaker.name,
      text,
      direct: d.direct,
      date: dateOf(ctx, d, dating),
      via: d.via?.name ?? (W.socialChannel.test(sentence.text) ? 'Twitter' : null),
      evidence: {
        sentenceIndex: d.sentence,
        start: Math.min(d.textStart, d.verb.start),
        end: Math.max(d.textEnd, d.verb.end),
      },
      confidence: confidenceOf(ctx, d),
      rule: d.rule,
    });
    outWords.push(words);
  }
  return out;
}

/**
 * "said Moscow remained ready but declined to comment": what the speaker did next is not what was said;
 * "said Sudan backed it, a claim Khartoum did not confirm": nor is the writer's aside; nor
 * "said both sides must return, his spokesperson told reporters": the attribution again.
 */
function speakerActEnd(body: string, d: Draft): number {
  if (d.direct) return d.textEnd;
  const text = body.slice(d.textStart, d.textEnd);
  const ends = [
    W.speakerActs.exec(text),
    W.writerAsides.exec(text),
    W.repeatedAttribution.exec(text),
    W.sourceTail.exec(text),
  ]
    .filter((m) => m !== null)
    .map((m) => m.index);
  return ends.length > 0 ? d.textStart + Math.min(...ends) : d.textEnd;
}

/** How far after its reporting verb a date may be the attribution's ("said late on Friday"). */
const ATTRIBUTION_CHARS = 30;

interface Dating {
  lastDate: string | null;
  lastSentence: number;
}

/** A date in the sentence before the text; else the publication day (present tense) or the date of the sentence's previous statement. */
function dateOf(ctx: ArticleContext, d: Draft, dating: Dating): string | null {
  const sentence = ctx.article.sentences[d.sentence]!;
  // a date of the attribution ("said on Friday", "On Friday, X said"), not one inside what was said
  const said = ctx.article.sentences[d.sentence]!.start;
  // ("…, the Kremlin said, and Xi accepted an invitation for May 9": past the attribution's comma, another clause's)
  // ("expressed concern over the clashes in a statement issued late on Friday": the words end before the attribution)
  const attribution = (at: number): boolean => {
    const from = Math.max(d.verb.end, d.textEnd);
    const between = ctx.article.body.slice(Math.min(from, at), Math.max(from, at));
    return at < d.textStart || (between.length <= ATTRIBUTION_CHARS && !between.includes(','));
  };
  const dated = findDates(sentence.text, ctx.article.publishedAt).find(
    (x) =>
      !x.monthOnly && (x.start + said < d.textStart || (x.start + said >= d.textEnd && attribution(x.start + said))),
  );
  let date: string | null;
  if (dated) date = dated.date;
  else if (lexicon().presentTense.has(d.verb.lower)) date = ctx.article.publishedAt;
  else if (d.sentence === dating.lastSentence) date = dating.lastDate;
  else date = ctx.article.publishedAt;
  dating.lastDate = date;
  dating.lastSentence = d.sentence;
  return date;
}

const contentWords = (s: string): Set<string> =>
  new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 3),
  );

/** Dice overlap of two texts' content words (a repeated statement is one statement). */
function overlap(x: Set<string>, y: Set<string>): number {
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return x.size + y.size ? (2 * n) / (x.size + y.size) : 0;
}
