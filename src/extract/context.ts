import type { ArticleMeta } from '../domain/article.js';
import { type ActorGroup, type ActorIndex, isStateOrBody } from './actors/resolve.js';
import { findMentions, type Mention, type SentenceAnalysis } from './actors/mentions.js';
import { findQuotes, type Quote } from './statements/quotes.js';
import { STATEMENT_WORDS } from './statements/words.js';

/** Everything the item detectors share for one article. */
export interface ArticleContext {
  article: ArticleMeta;
  analyses: SentenceAnalysis[];
  /** The headline's mentions (its names, not its own actors: "Chad, Niger sign…" joins the article's sides). */
  title: SentenceAnalysis | null;
  index: ActorIndex;
  /** The article's home country: its dateline's, else its national outlet's (null when neither is known). */
  home: string | null;
  /** Quoted passages, in body order. */
  quotes: Quote[];
  references: ReferenceIndex;
}

/**
 * The article's actor mentions in order, built once per article so that resolving a reference
 * looks back with a binary search instead of rescanning every mention (linear in article size).
 */
export interface ReferenceIndex {
  mentions: Mention[];
  groups: ActorGroup[];
  /** Body offset of the start of each mention's sentence (non-decreasing). */
  sentenceStarts: number[];
  /** Positions in `mentions` that fit a lookup (word and kinds), filled on first use. */
  fitting: Map<string, number[]>;
  /** Lower-cased names and aliases of each group, joined. */
  names: Map<ActorGroup, string>;
}

export function createContext(
  article: ArticleMeta,
  analyses: SentenceAnalysis[],
  index: ActorIndex,
  home: string | null = null,
): ArticleContext {
  return {
    article,
    analyses,
    home,
    title: article.title
      ? findMentions({ index: -1, start: 0, end: article.title.length, text: article.title }, article.title)
      : null,
    index,
    quotes: findQuotes(article.body),
    references: indexReferences(article, analyses, index),
  };
}

function indexReferences(article: ArticleMeta, analyses: SentenceAnalysis[], index: ActorIndex): ReferenceIndex {
  const mentions: Mention[] = [];
  const groups: ActorGroup[] = [];
  for (const a of analyses) {
    for (const m of a.mentions) {
      const g = m.kind === 'PLACE' ? undefined : index.group(m);
      if (!g) continue;
      mentions.push(m);
      groups.push(g);
    }
  }
  const sentenceStarts = mentions.map((m) => article.sentences[m.sentence]?.start ?? m.start);
  return { mentions, groups, sentenceStarts, fitting: new Map(), names: new Map() };
}

/** The actor a generic reference ("the movement", "the Commission", "he") points to: the latest fitting one before `offset`. */
export function resolveReference(
  ctx: ArticleContext,
  word: string,
  offset: number,
  kinds: string[],
  byNameOnly = false,
): ActorGroup | undefined {
  const refs = ctx.references;
  const w = word.toLowerCase();
  if ((w === 'he' || w === 'she') && kinds.includes('PERSON')) {
    // '“… That is Putin's answer,” he said': the one the attribution's pronoun means was named before the quote
    offset = quoteJustBefore(ctx, offset)?.start ?? offset;
    // "Rubio held meetings with Wagner and Nduhungirehe. On Thursday, he spoke by phone…": a subject "he" goes on the
    // subject of the sentence before, not the person named last
    // ('Ankara was ready to join "if our brothers agree," he said': a clause with no person before the pronoun is
    // the attribution's, which opens the sentence)
    const subject = previousSubject(ctx, offset) ?? previousSubject(ctx, clauseStartWithoutPerson(ctx, offset));
    if (subject) return subject;
  }
  if (!STATEMENT_WORDS.pronouns.has(w)) {
    const named = latestFitting(refs, `name:${w}:${kinds.join()}`, offset, (g) => {
      if (!kinds.includes(g.kind)) return false;
      return namesOf(refs, g).includes(w);
    });
    if (named) return named;
  }
  if (byNameOnly) return undefined;
  return latestFitting(refs, `kind:${kinds.join()}`, offset, (g) => kinds.includes(g.kind));
}

/** The quote closing right before `offset` (only a comma or spaces between), as in '“…,” he said'. */
function quoteJustBefore(ctx: ArticleContext, offset: number): { start: number; end: number } | undefined {
  const body = ctx.article.body;
  return ctx.quotes.findLast((q) => q.end <= offset && /^[\s,]*$/.test(body.slice(q.end, offset)));
}

/** The start of the sentence at `offset` when no person is named in it before `offset`, else `offset`. */
function clauseStartWithoutPerson(ctx: ArticleContext, offset: number): number {
  const an = ctx.analyses[sentenceAt(ctx, offset)];
  if (!an || an.mentions.some((m) => m.kind === 'PERSON' && m.start < offset)) return offset;
  return an.sentence.start;
}

/** The index of the sentence that holds body offset `offset`, or -1. */
function sentenceAt(ctx: ArticleContext, offset: number): number {
  return ctx.analyses.findIndex((a) => a.sentence.start <= offset && offset < a.sentence.end);
}

/** Words that open a lead-in before a sentence's subject ("At a press conference with X, Y said"). */
const LEAD_IN_WORDS = /^(at|in|on|during|after|before|with|following|speaking|addressing|ahead|despite|while)$/;
const LEAD_IN_REACH = 16;

/** How far into its sentence a subject's name may start ("Secretary of State Marco Rubio"). */
const SUBJECT_REACH = 6;

/**
 * The person who is the subject of the sentence before the one at `offset`, when the pronoun at `offset` opens its
 * clause (past a lead-in such as "On Thursday,"; the pronoun of a quote's attribution is read where the quote opens):
 * named within the first words of that sentence, the first actor.
 */
function previousSubject(ctx: ArticleContext, offset: number): ActorGroup | undefined {
  const at = sentenceAt(ctx, offset);
  if (at < 1) return undefined;
  const an = ctx.analyses[at]!;
  const k = an.tokens.findIndex((t) => t.start >= offset);
  const lead = an.tokens.slice(0, k);
  if (k < 0 || (lead.length > 0 && (lead.length > 5 || lead[lead.length - 1]!.text !== ','))) return undefined;
  const before = ctx.analyses[at - 1]!;
  // ("At a press conference with Albusaidi after the talks, Hussein rejected…": the subject follows the lead-in)
  const leadIn = LEAD_IN_WORDS.test(before.tokens[0]?.lower ?? '')
    ? before.tokens.findIndex((t, j) => j < LEAD_IN_REACH && t.text === ',') + 1
    : 0;
  // ("Bosnian presidency member Denis Becirovic welcomed…": the body in the title is no subject of its own)
  const first = before.mentions.find((m) => m.t0 >= leadIn && m.kind === 'PERSON' && ctx.index.group(m));
  if (!first || first.t0 - leadIn > SUBJECT_REACH) return undefined;
  if (before.tokens.slice(0, first.t0).some((t) => t.lower === 'and')) return undefined;
  // the subject is followed by its verb (a lower-case word), not by "and" or a comma that lists others
  const next = before.tokens[first.t1];
  if (!next?.word || next.cap || next.lower === 'and') return undefined;
  return ctx.index.group(first);
}

/**
 * "The president said", "the North Korean leader went on": the latest person named before `offset` whose
 * title or role has the word `role` or one it covers ("leader": "president") (and who is affiliated with `country`, when one is given).
 */
export function resolvePersonByRole(
  ctx: ArticleContext,
  role: string,
  country: string | undefined,
  offset: number,
): ActorGroup | undefined {
  const accepted = new Set([role, ...(STATEMENT_WORDS.roleSynonyms.get(role) ?? [])]);
  return latestFitting(ctx.references, `role:${role}:${country ?? ''}`, offset, (g) => {
    if (g.kind !== 'PERSON') return false;
    if (country && !g.affiliations.some((f) => f.key === country)) return false;
    const titles = [...g.affiliations.map((f) => f.role), ...g.mentions.map((m) => m.title)];
    return titles.some(
      (t) =>
        !!t &&
        t
          .toLowerCase()
          .split(/[\s-]+/)
          .some((w) => accepted.has(w)),
    );
  });
}

/** The `count` states or bodies named latest before `offset`, latest first, none of `skip`. */
export function bodiesNamedBefore(
  ctx: ArticleContext,
  offset: number,
  count: number,
  skip: readonly ActorGroup[] = [],
): ActorGroup[] {
  const { mentions, groups } = ctx.references;
  const found: ActorGroup[] = [];
  for (let i = mentions.length - 1; i >= 0 && found.length < count; i--) {
    const g = groups[i]!;
    if (mentions[i]!.end > offset || !isStateOrBody(g)) continue;
    if (!found.includes(g) && !skip.includes(g)) found.push(g);
  }
  return found;
}

/** The latest mention of `group` ending at or before `offset`. */
export function latestMentionOf(ctx: ArticleContext, group: ActorGroup, offset: number): Mention | undefined {
  const refs = ctx.references;
  const i = latestFittingIndex(refs, `group:${group.key}`, offset, (g) => g === group);
  return i === undefined ? undefined : refs.mentions[i];
}

function namesOf(refs: ReferenceIndex, g: ActorGroup): string {
  let names = refs.names.get(g);
  if (names === undefined) {
    names = [g.name, ...g.aliases].join(' ').toLowerCase();
    refs.names.set(g, names);
  }
  return names;
}

/** The group of the latest mention ending at or before `offset` whose group fits. */
function latestFitting(
  refs: ReferenceIndex,
  key: string,
  offset: number,
  fits: (g: ActorGroup) => boolean,
): ActorGroup | undefined {
  const i = latestFittingIndex(refs, key, offset, fits);
  return i === undefined ? undefined : refs.groups[i];
}

/** Position in `refs.mentions` of the latest mention ending at or before `offset` whose group fits. */
function latestFittingIndex(
  refs: ReferenceIndex,
  key: string,
  offset: number,
  fits: (g: ActorGroup) => boolean,
): number | undefined {
  let positions = refs.fitting.get(key);
  if (positions === undefined) {
    positions = [];
    for (let i = 0; i < refs.groups.length; i++) if (fits(refs.groups[i]!)) positions.push(i);
    refs.fitting.set(key, positions);
  }
  // mentions of sentences starting after `offset` end after it; only the last sentences need a check
  const limit = firstGreater(refs.sentenceStarts, offset);
  for (let p = firstGreaterOrEqualIndex(positions, limit) - 1; p >= 0; p--) {
    const i = positions[p]!;
    if (refs.mentions[i]!.end <= offset) return i;
  }
  return undefined;
}

/** Index of the first element of the non-decreasing `xs` greater than `x`. */
function firstGreater(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the first element of the increasing `xs` at least `x`. */
function firstGreaterOrEqualIndex(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
