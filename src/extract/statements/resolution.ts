import type { SentenceAnalysis } from '../actors/mentions.js';
import { type ActorGroup, isStateOrBody } from '../actors/resolve.js';
import { HONORIFIC_INITIALS, ORG_REFERENCES } from '../actors/words.js';
import { lexicon } from '../lexicon/index.js';
import { type ArticleContext, latestMentionOf, resolvePersonByRole, resolveReference } from '../context.js';
import type { Mention } from '../actors/mentions.js';
import type { Token } from '../tokens.js';
import type { DiscourseState } from './draft.js';
import { STATEMENT_WORDS as W } from './words.js';

/** "He said…": the latest speaker if a person, unless another person was named since; else the latest person named. */
export function resolvePersonPronoun(
  ctx: ArticleContext,
  pronoun: Token,
  state: DiscourseState,
): ActorGroup | undefined {
  const last = state.lastSpeaker;
  const person = resolveReference(ctx, pronoun.lower, pronoun.start, ['PERSON']);
  // "Ruto said …. The spokesman, Patrick Muyaya, dismissed the offer. “…,” he told reporters": a person
  // opening a sentence since the latest speaker spoke is the one the pronoun follows
  if (last && last.kind === 'PERSON')
    return person && person !== last && opensSentenceSince(ctx, person, pronoun, state) ? person : last;
  if (last && last.kind !== 'MEDIA' && state.lastSentence >= 0) {
    // "He highlighted…" right after a ministry's statement: the latest speaker, unless a person was named since
    const latest = person && latestMentionOf(ctx, person, pronoun.start);
    const namedSince = !!latest && latest.sentence >= state.lastSentence;
    if (!namedSince) return last;
  }
  return person;
}

/** The person's latest mention before the pronoun is in a sentence after the latest statement, ahead of any other person there. */
function opensSentenceSince(ctx: ArticleContext, person: ActorGroup, pronoun: Token, state: DiscourseState): boolean {
  const latest = latestMentionOf(ctx, person, pronoun.start);
  if (!latest || state.lastSentence < 0 || latest.sentence <= state.lastSentence) return false;
  const sentence = ctx.analyses[latest.sentence];
  const first = sentence?.mentions.find((m) => ctx.index.group(m)?.kind === 'PERSON');
  // "He met Muyaya on Monday": the pronoun is that sentence's subject, the person its object
  const opener = sentence?.tokens.find((t) => t.word);
  return first === latest && latest.t0 <= SUBJECT_REACH && !W.pronouns.has(opener?.lower ?? '');
}

/** How far into its sentence a subject may begin ("The Congolese government spokesman, Patrick Muyaya, …"). */
const SUBJECT_REACH = 8;

/** "It said…", "they said…": the latest speaker if a body (an outlet only right after it spoke), else the latest body named. */
export function resolveGroupPronoun(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  pronoun: Token,
  state: DiscourseState,
): ActorGroup | undefined {
  const last = state.lastSpeaker;
  const recentOutlet = pronoun.lower === 'it' && state.lastSentence >= an.sentence.index - 1;
  if (last && last.kind !== 'PERSON' && (last.kind !== 'MEDIA' || recentOutlet)) return last;
  return resolveReference(ctx, pronoun.lower, pronoun.start, ['ORGANIZATION', 'COUNTRY']);
}

/**
 * "The ministry said", "a ministry spokesman said": the body of that kind named latest. `words` are the
 * subject's tokens and `k` the reference noun among them.
 */
export function resolveBodyReference(ctx: ArticleContext, words: Token[], k: number): ActorGroup | undefined {
  const t = words[k]!;
  // "the armed alliance", "the rebel group": one lower-case modifier may stand between
  const modified = k >= 2 && words[k - 1]!.word && !words[k - 1]!.cap && W.definiteDeterminers.has(words[k - 2]!.lower);
  const before = modified ? words[k - 2]!.lower : (words[k - 1]?.lower ?? '');
  const spokes = W.spokesNouns.has(words[k + 1]?.lower ?? '');
  const indefinite = W.indefiniteArticles.has(before);
  if (!ORG_REFERENCES.has(t.lower) || k === 0) return undefined;
  if (!(W.definiteDeterminers.has(before) || (indefinite && spokes))) return undefined;
  const kinds = W.mediaReferences.has(t.lower)
    ? ['MEDIA']
    : W.mixedReferences.has(t.lower)
      ? ['MEDIA', 'ORGANIZATION']
      : ['ORGANIZATION', 'COUNTRY'];
  const named = resolveReference(ctx, t.lower, t.start, kinds, true);
  const owned = kinds.includes('COUNTRY') ? ownerOfUnnamedBody(ctx, t.lower, t.start) : undefined;
  if (owned && (!named || (latestMentionOf(ctx, named, t.start)?.end ?? -1) < owned.at)) return owned.group;
  // "the regional bloc said", with no bloc named so: the latest body, and a state only for a state's word
  // ("according to the health ministry": a state's organ, so the state named latest, never an armed group)
  const fallback = W.stateReferences.has(t.lower) ? kinds : kinds.filter((kind) => kind !== 'COUNTRY');
  const organ = W.stateOrganNouns.has(t.lower) && kinds.includes('COUNTRY') ? ['COUNTRY'] : fallback;
  // ("the transitional government says", no government named so: the state the article names most, not the
  // one named last, "exile in South Africa")
  const state = !named && !indefinite && t.lower === 'government' ? mostNamedState(ctx, t.start) : undefined;
  return named ?? state ?? (indefinite ? undefined : resolveReference(ctx, t.lower, t.start, organ));
}

/** "Egypt's water ministry", "the Ethiopian finance ministry": an owner and at most two lower-case words before the noun. */
const OWNED_BODY_GAP = /^(?:['’]s)?(?:\s+[a-z][a-z-]*){0,2}\s+$/;

/**
 * "Egypt's water ministry said … The ministry said": the owner of the latest body of that noun the article
 * named without a name of its own, and where the noun stood; undefined when it last stood inside a name.
 */
function ownerOfUnnamedBody(
  ctx: ArticleContext,
  noun: string,
  offset: number,
): { group: ActorGroup; at: number } | undefined {
  const { body } = ctx.article;
  const { mentions, groups } = ctx.references;
  const uses = [...body.slice(0, offset).matchAll(new RegExp(`\\b${noun}\\b`, 'gi'))];
  const use = uses.at(-1);
  if (use === undefined) return undefined;
  const at = use.index;
  if (mentions.some((m) => m.start <= at && m.end > at)) return undefined;
  const owner = mentions.findLastIndex(
    (m) => m.end <= at && at - m.end <= 30 && OWNED_BODY_GAP.test(body.slice(m.end, at)),
  );
  const group = owner >= 0 ? groups[owner] : undefined;
  return group && isStateOrBody(group) ? { group, at } : undefined;
}

/**
 * "The president said", "the metropolitan said", "the North Korean leader went on": a subject that is only
 * "the", adjectives and a lower-case title is the person of that title named latest (of the country an
 * adjective names).
 */
export function resolveRoleReference(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  a: number,
  b: number,
  inside: Mention[],
): ActorGroup | undefined {
  // ("HM the King said": past an honorific's initials)
  const from = HONORIFIC_INITIALS.has(an.tokens[a]?.text ?? '') ? a + 1 : a;
  const words = an.tokens.slice(from, b);
  const head = words[words.length - 1];
  // "The Minister expressed…" (a press release's capitals): a title word, not a name
  const titleHead = !!head && head.cap && lexicon().titleSet.has(head.lower) && !inside.some((m) => m.t1 === b);
  // ("Colombia's foreign minister": a state's, named by its possessive)
  const possessive =
    inside.length === 1 && inside[0]!.t0 === from && /^['’]s$/.test(an.tokens[inside[0]!.t1]?.text ?? '');
  const opens = words[0]?.lower === 'the' || possessive;
  if (words.length < 2 || words.length > 5 || !opens || !head?.word || (head.cap && !titleHead)) return undefined;
  if (!words.slice(1).every((t) => t.word || (possessive && /^['’]s$/.test(t.text)))) return undefined;
  if (inside.length > 1) return undefined;
  const owner = inside.length === 1 ? ctx.index.group(inside[0]!) : undefined;
  // "the Kremlin aide": a person of that body named before by the role, if one was (else the body speaks)
  if (inside.some((m) => m.matchedAs !== 'adjective' && m.matchedAs !== 'demonym'))
    return owner && owner.kind !== 'PERSON' ? personOfBody(ctx, owner, head.lower, head.start, an) : undefined;
  return resolvePersonByRole(ctx, head.lower, owner?.key, head.start);
}

const RECENT_SENTENCES = 3;

/**
 * The person named before `offset` by `role` who serves `body` or its country, or who has no tie named and was
 * named in the last few sentences (a quote of two sentences stands between "X said" and "the aide told").
 */
function personOfBody(
  ctx: ArticleContext,
  body: ActorGroup,
  role: string,
  offset: number,
  an: SentenceAnalysis,
): ActorGroup | undefined {
  const person = resolvePersonByRole(ctx, role, undefined, offset);
  if (!person) return undefined;
  const ties = person.affiliations.map((f) => f.key);
  if (ties.length === 0)
    return person.mentions.some((m) => m.sentence >= an.sentence.index - RECENT_SENTENCES) ? person : undefined;
  const countryName = body.mentions.find((m) => m.entry?.country)?.entry?.country;
  const country = [...ctx.index.groups.values()].find((g) => g.kind === 'COUNTRY' && g.name === countryName)?.key;
  return ties.includes(body.key) || (!!country && ties.includes(country)) ? person : undefined;
}

/**
 * The state the article names most before `offset`, by its name, adjective or capital or by its bodies ("the
 * Sudanese army" counts for Sudan): whose government an unnamed source is; none when that state is no actor of
 * the article.
 */
export function mostNamedState(ctx: ArticleContext, offset: number): ActorGroup | undefined {
  const counts = new Map<string, number>();
  ctx.references.mentions.forEach((m, i) => {
    const g = ctx.references.groups[i]!;
    const state = g.kind === 'COUNTRY' ? g.name : m.entry?.country;
    if (state && m.end <= offset) counts.set(state, (counts.get(state) ?? 0) + 1);
  });
  const top = [...counts].sort((x, y) => y[1] - x[1])[0]?.[0];
  return [...ctx.index.groups.values()].find((g) => g.kind === 'COUNTRY' && g.name === top);
}
