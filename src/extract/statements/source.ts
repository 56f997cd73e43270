import type { Mention, SentenceAnalysis } from '../actors/mentions.js';
import type { ActorGroup } from '../actors/resolve.js';
import { opensRelativeClause } from '../clause.js';
import { type ArticleContext, bodiesNamedBefore, resolveReference } from '../context.js';
import { MEDIA_NOUNS, TITLE_WORDS } from '../actors/words.js';
import { outletCountry } from '../home.js';
import { lexicon } from '../lexicon/index.js';
import { articleParties, nearestJoinedPair, possessedBy, sideNamedBy } from '../parties.js';
import type { Token } from '../tokens.js';
import type { DiscourseState } from './draft.js';
import {
  mostNamedState,
  resolveBodyReference,
  resolveGroupPronoun,
  resolvePersonPronoun,
  resolveRoleReference,
} from './resolution.js';
import { STATEMENT_WORDS as W } from './words.js';

/** The outlet named in the sentence (other than the speaker): the channel that carried the statement. */
export function outletIn(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  speaker: ActorGroup | undefined,
): ActorGroup | null {
  for (const m of an.mentions) {
    const g = ctx.index.group(m);
    if (g && g.kind === 'MEDIA' && g !== speaker) return g;
  }
  return null;
}

/** The actor named between tokens a and b: a person, an organization/country, a reference, or an outlet. */
export function speakerIn(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  a: number,
  b: number,
  state: DiscourseState,
  nearEnd = false,
): ActorGroup | undefined {
  if (b <= a) return undefined;
  const named = an.mentions.filter((m) => m.t0 >= a && m.t1 <= b && m.kind !== 'PLACE' && ctx.index.group(m));
  // "the Iranian mission to the United Nations said": the body a post is accredited to does not speak
  const accredited = (m: Mention): boolean =>
    named.some((o) => o.t1 <= m.t0) &&
    W.accreditedTo.has(an.tokens[an.tokens[m.t0 - 1]?.lower === 'the' ? m.t0 - 2 : m.t0 - 1]?.lower ?? '');
  const all = named.some((m) => !accredited(m)) ? named.filter((m) => !accredited(m)) : named;
  // "the Iran-aligned Houthi movement said": the head, not the modifier ("Lebanon's Hezbollah": the one possessed)
  const possessor = (m: Mention): boolean => possessedBy(an, m, b) !== m;
  const heads = (m: Mention): boolean => !m.modifier && !possessor(m);
  const inside = all.some(heads) ? all.filter(heads) : all;
  const unnamedSources = an.tokens.slice(a, b).some((t) => W.pluralSources.has(t.lower));
  // a named actor beats one named by an adjective ("the Iran-aligned Houthi movement" → the Houthis)
  const pick = (kinds: string[]): Mention | undefined =>
    inside.find((m) => kinds.includes(ctx.index.group(m)!.kind) && m.matchedAs === 'name') ??
    (unnamedSources ? undefined : inside.find((m) => kinds.includes(ctx.index.group(m)!.kind)));
  // "Trump running mate Mike Pence told": of the persons before a cue, the one nearest it
  const person = nearEnd ? lastPerson(ctx, an, inside) : pick(['PERSON']);
  if (person) return ctx.index.group(person);
  const again = sameUnnamedSource(ctx, an, a, b, state);
  if (again) return again;
  const titled = resolveRoleReference(ctx, an, a, b, inside);
  if (titled) return titled;
  const reference = referenceIn(ctx, an, a, b, inside, state);
  if (reference !== undefined) return reference ?? undefined;
  // "North Korea's state news agency KCNA reported": the outlet heads the subject
  // ("Egypt's state-run Al-Qahera News TV said": past the outlet's own nouns)
  const head = inside[inside.length - 1];
  const headEnds = (m: Mention): boolean =>
    an.tokens.slice(m.t1, b).every((t) => MEDIA_NOUNS.has(t.lower) || /^(tv|radio|news)$/.test(t.lower));
  if (head && headEnds(head) && ctx.index.group(head)!.kind === 'MEDIA') return ctx.index.group(head);
  const org = pick(['ORGANIZATION', 'COUNTRY']);
  if (org) return ctx.index.group(org);
  const media = pick(['MEDIA']);
  if (media) return ctx.index.group(media);
  return undefined;
}

/**
 * A pronoun opening the subject, or a reference noun ("the ministry") not preceded by a named body.
 * Returns null when a pronoun resolves to nothing (the subject is that pronoun), undefined when there is no reference.
 */
function referenceIn(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  a: number,
  b: number,
  inside: Mention[],
  state: DiscourseState,
): ActorGroup | null | undefined {
  const words = an.tokens.slice(a, b);
  const covered = (k: number): boolean => inside.some((m) => k >= m.t0 && k < m.t1);
  for (let k = 0; k < words.length; k++) {
    const t = words[k]!;
    if (covered(a + k)) continue;
    if (k === 0 && W.personPronouns.has(t.lower)) return resolvePersonPronoun(ctx, t, state) ?? null;
    if (k === 0 && W.groupPronouns.has(t.lower)) return resolveGroupPronoun(ctx, an, t, state) ?? null;
    if (k === 0 && speaksFor(words)) return resolvePossessor(ctx, an, t, state) ?? null;
    const size = k === 0 ? namedGroupSize(words) : 0;
    if (size > 0) return resolveGroup(ctx, t.start, size, pairKind(words)) ?? null;
    if (inside.some((m) => m.t0 < a + k && ctx.index.group(m)!.kind !== 'MEDIA')) continue;
    // "the regional bloc IGAD said": the noun introduces the name after it
    if (inside.some((m) => m.t0 === a + k + 1)) continue;
    // "the group's Al Masirah TV reported": the possessor modifies the named outlet ("the movement's Telegram
    // channel" is the movement's words all the same)
    const head = /^['’]s$/.test(words[k + 1]?.text ?? '') ? inside.find((m) => m.t0 === a + k + 2) : undefined;
    if (head && !W.platforms.has(ctx.index.group(head)!.name.toLowerCase())) continue;
    const g = resolveBodyReference(ctx, words, k);
    if (g) return g;
  }
  return undefined;
}

/**
 * "both sides", "the two countries", "the four countries": the subject is the group of that many reported before;
 * how many, or 0.
 */
function namedGroupSize(words: Token[]): number {
  const { groupNouns } = lexicon().meetingWords;
  const [first, second, third] = words;
  if (first?.lower === 'both') return groupNouns.has(second?.lower ?? '') ? 2 : 0;
  const size = GROUP_SIZES[second?.lower ?? ''] ?? 0;
  return first?.lower === 'the' && groupNouns.has(third?.lower ?? '') && words.length === 3 ? size : 0;
}

const GROUP_SIZES: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5 };

/** Bodies read back for "the two countries" (organizations named since are passed over). */
const PAIR_LOOKBACK = 8;

/** The kind of actor the pair's noun names ("both leaders": persons), if the lexicon gives one. */
function pairKind(words: Token[]): string | undefined {
  const noun = words.find((t) => lexicon().meetingWords.groupNouns.has(t.lower));
  return noun && lexicon().meetingWords.groupNounKinds.get(noun.lower);
}

/**
 * The first of the latest `size` bodies named before `offset` (any may speak for the group; the first is named
 * first); "both leaders", "the two presidents": of the two latest persons.
 */
function resolveGroup(ctx: ArticleContext, offset: number, size: number, kind?: string): ActorGroup | undefined {
  if (kind === 'PERSON') return size === 2 ? personsJoinedBefore(ctx, offset)[0] : undefined;
  // "Mali, Burkina Faso and Niger … the three juntas": a list of that many states named before
  if (size > 2) return statesListedBefore(ctx, offset, size)[0];
  // "the two countries": the two latest states among the bodies named; "both sides": the two latest bodies
  const named = bodiesNamedBefore(ctx, offset, PAIR_LOOKBACK);
  const pair = (kind === 'COUNTRY' ? named.filter((g) => g.kind === 'COUNTRY') : named).slice(0, 2);
  return pair.length === 2 ? pair[1] : undefined;
}

/**
 * "The United States, Saudi Arabia, the UAE and Egypt …": the latest list of exactly `size` states before `offset`,
 * in its order (names joined by commas, "and" and "the" only).
 */
function statesListedBefore(ctx: ArticleContext, offset: number, size: number): ActorGroup[] {
  for (let s = ctx.analyses.findLastIndex((an) => an.sentence.start <= offset); s >= 0; s--) {
    const an = ctx.analyses[s]!;
    const states = an.mentions.filter((m) => m.end <= offset && ctx.index.group(m)?.kind === 'COUNTRY');
    let run: Mention[] = [];
    let found: Mention[] = [];
    for (const m of states) {
      const last = run.at(-1);
      const joined = last && an.tokens.slice(last.t1, m.t0).every((t) => /^(,|and|the)$/i.test(t.text));
      run = joined ? [...run, m] : [m];
      if (run.length === size) found = run;
      if (run.length > size) found = [];
    }
    if (found.length === size) return found.map((m) => ctx.index.group(m)!);
  }
  return [];
}

/** "Pashinyan and Azerbaijani President Ilham Aliyev …, both leaders said": the latest two persons joined by "and". */
function personsJoinedBefore(ctx: ArticleContext, offset: number): ActorGroup[] {
  for (let s = ctx.analyses.findLastIndex((an) => an.sentence.start <= offset); s >= 0; s--) {
    const an = ctx.analyses[s]!;
    const persons = an.mentions.filter((m) => m.end <= offset && ctx.index.group(m)?.kind === 'PERSON');
    for (let n = persons.length - 2; n >= 0; n--) {
      const [a, b] = [persons[n]!, persons[n + 1]!];
      const link = an.tokens.slice(a.t1, b.t0);
      if (link[0]?.lower !== 'and' || link.length > JOINED_TITLE_WORDS || link.some((t) => !t.word)) continue;
      const [ga, gb] = [ctx.index.group(a)!, ctx.index.group(b)!];
      if (ga !== gb) return [ga, gb];
    }
  }
  return [];
}

/** "and Azerbaijani President": the words between two persons joined by "and". */
const JOINED_TITLE_WORDS = 6;

/** "his office", "its spokesman", "her senior aide": a possessive pronoun and, within two words, one who speaks for its owner. */
function speaksFor(words: Token[]): boolean {
  return W.possessivePronouns.has(words[0]!.lower) && words.slice(1, 3).some((t) => W.voiceNouns.has(t.lower));
}

/** The owner a possessive pronoun refers to, resolved as its subject pronoun ("his" as "he"). */
function resolvePossessor(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  possessive: Token,
  state: DiscourseState,
): ActorGroup | undefined {
  const pronoun = { ...possessive, lower: W.possessivePronouns.get(possessive.lower)! };
  if (!W.personPronouns.has(pronoun.lower)) return resolveGroupPronoun(ctx, an, pronoun, state);
  // "Guterres appointed X as his envoy, his spokesperson said": the sentence's subject, not the latest name
  const subject = an.mentions.find((m) => m.t1 <= possessive.i && ctx.index.group(m)?.kind === 'PERSON');
  // ("Before the meeting, she had spoken with Vucic, her office said": the pronoun before the name is the subject)
  const subjectPronoun = an.tokens.find((t) => t.i < (subject?.t0 ?? possessive.i) && t.lower === pronoun.lower);
  if (subjectPronoun) return resolvePersonPronoun(ctx, subjectPronoun, state);
  return subject ? ctx.index.group(subject) : resolvePersonPronoun(ctx, pronoun, state);
}

function lastPerson(ctx: ArticleContext, an: SentenceAnalysis, inside: Mention[]): Mention | undefined {
  const people = inside.filter((m) => ctx.index.group(m)!.kind === 'PERSON');
  // "X was received by President Y at the palace, …": the agent of a passive is not the subject
  return people.findLast((m) => !passiveAgent(an, m)) ?? people.at(-1);
}

/** "was received by President Y": a person after "by" (past a title) that a passive participle leads to. */
function passiveAgent(an: SentenceAnalysis, m: Mention): boolean {
  const { tokens } = an;
  let k = m.t0 - 1;
  while (k > 0 && tokens[k]!.cap && TITLE_WORDS.has(tokens[k]!.text)) k--;
  return tokens[k]?.lower === 'by' && /ed$/.test(tokens[k - 1]?.lower ?? '');
}

/**
 * The actor a relative pronoun right after `comma` stands for, when a cue follows it: "…, according to a statement
 * from the Office of the President in Juba, which said …" (the body the clause is about; "Democrats in Congress, who
 * say" names no one), "X was received by Prime Minister Y, who stressed that …" (the person named right before).
 */
function relativeAntecedent(ctx: ArticleContext, an: SentenceAnalysis, comma: number): ActorGroup | undefined {
  const pronoun = an.tokens[comma + 1]?.lower;
  if (pronoun === 'which') {
    const m = an.mentions.findLast((x) => x.t1 <= comma && x.kind !== 'PLACE' && x.matchedAs !== 'capital');
    const g = m && ctx.index.group(m);
    return g && g.kind !== 'PERSON' ? g : undefined;
  }
  if (pronoun !== 'who') return undefined;
  const m = an.mentions.find((x) => x.t1 === comma && x.kind === 'PERSON');
  const g = m && ctx.index.group(m);
  return g?.kind === 'PERSON' ? g : undefined;
}

/**
 * The subject of a cue at `v` whose clause starts at `a`: the first comma-separated part that names a
 * speaker, past lead-ins ("In a briefing in Nairobi, Roque said"), so that appositions ("X, spokesman
 * for Y, said") and relative clauses ("Hamas, which runs Gaza, said") leave the head as the subject.
 */
export function subjectSpeaker(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  a: number,
  v: number,
  state: DiscourseState,
): ActorGroup | undefined {
  const { tokens } = an;
  // "a deal …, which Kigali says depends on …": the relative clause's own subject speaks, or no one named does
  const comma = tokens.findLastIndex((t, k) => k >= a && k < v && t.text === ',');
  if (comma >= a && W.relativeWords.has(tokens[comma + 1]?.lower ?? '') && v - comma > 2)
    return speakerIn(ctx, an, comma + 2, v, state, true);
  const antecedent = comma >= a && comma === v - 2 ? relativeAntecedent(ctx, an, comma) : undefined;
  if (antecedent) return antecedent;
  const parts: Array<[number, number]> = [];
  let from = a;
  for (let k = a; k <= v; k++) {
    if (k < v && tokens[k]!.text !== ',') continue;
    // "…, and Kim thanked": the conjunction goes, the part stays
    const start = W.conjunctions.has(tokens[from]?.lower ?? '') ? from + 1 : from;
    if (k > start && !leadsIn(an, start)) parts.push([start, k]);
    from = k + 1;
  }
  const speakers = parts.map(([p0, p1]) => speakerIn(ctx, an, p0, p1, state, true));
  // "Siddiq's spokesman, Idriss Malo, said": the one who speaks for the person named before
  const voice = parts.length >= 2 && W.voiceNouns.has(tokens[parts[0]![1] - 1]?.lower ?? '');
  if (voice && speakers[1]?.kind === 'PERSON') return speakers[1];
  // "The head of the delegation, Jorge Rodriguez, said": a person named in apposition is the speaker (also past a
  // person the title names: "The head of the Ravalomanana movement's delegation, Mamy Rakotoarivelo, told")
  const apposed = parts.length >= 2 ? parts.at(-1)! : undefined;
  const named = apposed && an.mentions.find((m) => m.t0 === apposed[0] && m.t1 === apposed[1] && m.kind === 'PERSON');
  if (named && speakers.at(-1)?.kind === 'PERSON') return speakers.at(-1);
  return speakers.find((g) => g?.kind === 'PERSON') ?? speakers.find((g) => g !== undefined);
}

/** "A and B met … according to a joint statement": the first of the two joined nearest before, who issued it together. */
export function jointStatementSpeaker(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  a: number,
  b: number,
): ActorGroup | undefined {
  const words = an.tokens.slice(a, b).filter((t) => t.word);
  const joint = words.some((t) => t.lower === 'joint') && words.some((t) => W.statementNouns.has(t.lower));
  return joint && words.length <= 4 ? nearestJoinedPair(ctx, an.sentence.index)[0] : undefined;
}

/** A part of the clause before its subject: "In a briefing,", "However,", "Speaking to reporters,". */
export const isLeadIn = (t: Token): boolean => W.leadInWords.has(t.lower) || /^\p{L}+ing$/u.test(t.text);

/** The word at `k` opens a lead-in, and is not a known name that merely ends in "-ing" ("Beijing"). */
export const leadsIn = (an: SentenceAnalysis, k: number): boolean =>
  isLeadIn(an.tokens[k]!) && !an.mentions.some((m) => m.t0 === k && m.entry);

/** How many words the subject after a lead-in may have ("…, the mediators said"). */
const LEAD_IN_SUBJECT_WORDS = 3;

/**
 * "Officials said", "a source briefed on the talks said", "diplomatic sources said": nobody named, so
 * the body named latest before them is taken to be the one they speak for (a guess: low confidence).
 * "the official said" later speaks for whom "a senior Iraqi official" did, however many sentences between.
 */
export function unnamedSpeaker(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  a: number,
  b: number,
  state: DiscourseState,
  /** Where the words said start, when they come before the source ("CLAUSE, officials said"). */
  wordsFrom?: number,
): ActorGroup | undefined {
  const words = an.tokens.slice(a, b).filter((t) => t.word);
  const noun = words.findLast((t) => lexicon().unnamed.has(t.lower) || W.moreUnnamed.has(t.lower))?.lower;
  const definite = words.length === 2 && words[0]!.lower === 'the' && noun !== undefined;
  const remembered = definite ? state.unnamedSources?.get(noun) : undefined;
  if (remembered) return remembered;
  const speaker = unnamedSpeakerOnce(ctx, an, a, b, state, wordsFrom);
  if (speaker && noun) (state.unnamedSources ??= new Map()).set(noun, speaker);
  return speaker;
}

function unnamedSpeakerOnce(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  a: number,
  b: number,
  state: DiscourseState,
  wordsFrom?: number,
): ActorGroup | undefined {
  // "In a joint communique issued at the close of the round, the mediators said": the subject after the lead-in
  // ("A senior official, who asked not to be named because he was not authorised to speak, said": the source is
  // the words before the relative clause)
  const relative = an.tokens.findIndex((_, k) => k >= a && k < b && opensRelativeClause(an.tokens, k));
  const to = relative > a ? relative : b;
  const comma = an.tokens.slice(a, to).findLastIndex((t) => t.text === ',');
  const subject = comma >= 0 && leadsIn(an, a) ? a + comma + 1 : a;
  const from = an.tokens.slice(subject, to).filter((t) => t.word).length <= LEAD_IN_SUBJECT_WORDS ? subject : a;
  const words = an.tokens.slice(from, to).filter((t) => t.word);
  if (words.length === 0 || words.length > 10) return undefined;
  // "The statement said", "the press release stated": the statement reported last
  const statement =
    words.length <= 3 &&
    W.statementNouns.has(words.at(-1)!.lower) &&
    words.every((t) => (!t.cap || t === words[0]) && t.lower !== 'joint');
  if (statement && state.lastSpeaker) return state.lastSpeaker;
  // "…, the official added": the unnamed source named just before ("a Hamas official said") speaks again
  const definiteSource =
    words.length === 2 &&
    words[0]!.lower === 'the' &&
    (lexicon().unnamed.has(words[1]!.lower) || W.moreUnnamed.has(words[1]!.lower));
  if (definiteSource && state.lastSpeaker && state.lastSentence >= an.sentence.index - 1) return state.lastSpeaker;
  // "the two countries' foreign ministries said": the first of the two states joined nearest before
  const { groupNouns, groupNounKinds } = lexicon().meetingWords;
  const states = (w: string) => groupNouns.has(w) && groupNounKinds.get(w) !== 'PERSON';
  const pairOf = words.findIndex((t, k) => /^(two|both)$/.test(t.lower) && states(words[k + 1]?.lower ?? ''));
  if (pairOf >= 0) return nearestJoinedPair(ctx, an.sentence.index)[0] ?? articleParties(ctx, new Set())[0];
  // "the mediators said", "the co-chairs said": the first mediator of the mediation reported latest
  if (words.length <= 3 && words.some((t) => W.mediatorReferences.has(t.lower))) return mediatorBefore(ctx, an, state);
  const unnamed = lexicon().unnamed;
  if (!words.some((t) => unnamed.has(t.lower) || W.moreUnnamed.has(t.lower))) return undefined;
  // "Yemeni sources": a country's unnamed sources are nobody's voice (its diplomatic or security sources are its own)
  // "a government official in Seoul", "a spokesperson for the presidency in Antananarivo": the state whose capital
  // the source sits in
  const locative = (m: Mention) => /^(in|at)$/.test(an.tokens[m.t0 - 1]?.lower ?? '');
  const inside = an.mentions.filter((m) => m.t0 >= from && m.t1 <= to);
  const seat = inside.find((m) => locative(m) && m.matchedAs === 'capital' && m.entry?.kind === 'COUNTRY');
  if (seat && inside.every(locative)) return sideNamedBy(ctx, seat);
  // "Turkish diplomatic sources", "Egyptian security sources": a state's own sources speak for it
  const demonym = inside.length === 1 && inside[0]!.matchedAs === 'adjective' && inside[0]!.entry?.kind === 'COUNTRY';
  if (demonym && words.some((t) => W.stateSourceModifiers.has(t.lower))) return sideNamedBy(ctx, inside[0]!);
  if (inside.length > 0) return undefined;
  const at = an.tokens[from]!.start;
  // "a government source": the government named latest, if one was named so
  const bodyNoun = words.find((t) => W.bodyNouns.has(t.lower));
  // ("a senior government official" with no government named so: the state named latest)
  if (bodyNoun) {
    const kinds = W.bodyNouns.get(bodyNoun.lower)!;
    return (
      resolveReference(ctx, bodyNoun.lower, at, kinds, true) ??
      (W.stateReferences.has(bodyNoun.lower) ? mostNamedState(ctx, at) : undefined) ??
      defaultStateOf(ctx, bodyNoun.lower, at)
    );
  }
  // "An official source told SPA": a state agency's unnamed official speaks for its own state
  const agencyState = outletCountry(ctx.article.source);
  const own = agencyState ? ctx.index.groups.get(`lex:${agencyState}`) : undefined;
  if (own && words.some((t) => W.stateSourceModifiers.has(t.lower) || /^officials?$/.test(t.lower))) return own;
  // "The plan, drafted by Egypt and Qatar, …, the sources said": whom they speak for was named before the
  // words, if anyone was; a name inside the words is only the guess left
  const before =
    wordsFrom === undefined ? undefined : resolveReference(ctx, 'they', wordsFrom, ['ORGANIZATION', 'COUNTRY']);
  return before ?? resolveReference(ctx, 'they', at, ['ORGANIZATION', 'COUNTRY']);
}

/** The first mediator of the latest mediation the article reported up to this sentence, as an actor group. */
function mediatorBefore(ctx: ArticleContext, an: SentenceAnalysis, state: DiscourseState): ActorGroup | undefined {
  const before = state.mediations.filter((m) => m.evidence.some((e) => e.sentenceIndex <= an.sentence.index));
  const name = before.at(-1)?.mediators[0];
  return name === undefined ? undefined : [...ctx.index.groups.values()].find((g) => g.name === name);
}

/**
 * "…, according to a Qatari diplomat. …, the diplomat said": the unnamed source of the statement just before,
 * named again by its noun (before a person of a like title, "the diplomat" as a minister, is looked for).
 */
function sameUnnamedSource(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  a: number,
  b: number,
  state: DiscourseState,
): ActorGroup | undefined {
  const words = an.tokens.slice(a, b).filter((t) => t.word);
  if (words.length !== 2 || words[0]!.lower !== 'the' || !lexicon().unnamed.has(words[1]!.lower)) return undefined;
  if (!state.lastSpeaker || state.lastSentence < an.sentence.index - 1) return undefined;
  const last = ctx.analyses[state.lastSentence];
  if (!last) return undefined;
  const noun = words[1]!.lower;
  const introduced = last.tokens.some(
    (t, k) => t.lower === noun && last.tokens.slice(Math.max(0, k - 4), k).some((x) => /^(a|an|one)$/.test(x.lower)),
  );
  return introduced ? state.lastSpeaker : undefined;
}

/**
 * "a senior administration official": the state the lexicon gives the noun, when it is an actor of the article
 * and no "X administration" named another before `offset`; else the state named most.
 */
function defaultStateOf(ctx: ArticleContext, noun: string, offset: number): ActorGroup | undefined {
  const state = W.bodyNounStates.get(noun);
  if (!state) return undefined;
  const own = new RegExp(`\\b[A-Z][\\p{L}-]+ ${noun}\\b`, 'u').test(ctx.article.body.slice(0, offset));
  const group = [...ctx.index.groups.values()].find((g) => g.kind === 'COUNTRY' && g.name === state);
  return own || !group ? mostNamedState(ctx, offset) : group;
}
