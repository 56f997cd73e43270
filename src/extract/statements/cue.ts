import { DATE_WORDS } from '../actors/words.js';
import { lexicon } from '../lexicon/index.js';
import type { Token } from '../tokens.js';
import { isAttributive } from '../clause.js';
import { STATEMENT_WORDS as W } from './words.js';

/**
 * What a token can cue, from the narrowest to the widest reading:
 * - `verb`: a reporting verb ("said", "saying"; not "Said" the name, "the said", "is to report");
 * - `quote`: a reporting verb that may follow a quote ("“…,” he posted on X");
 * - `clause`: a reporting verb heading reported speech (a verb that needs a clause only before "that", ":" or a quote);
 * - `act`: a speech act with an object ("urged the parties to…", "called on X to…", "accused X of…");
 * - `continuation`: ", adding that…", ", saying…" after a statement of the same sentence;
 * - `statement`: "issued a statement saying…";
 * - `according`: "according to";
 * - `sentence`: the sentence as a whole (a quote continuing the previous statement).
 */
export type CueKind = 'verb' | 'quote' | 'clause' | 'act' | 'continuation' | 'statement' | 'according' | 'sentence';

const NO_CUE: ReadonlySet<CueKind> = new Set();

/** Every word that can start a cue, to pass over the others at once. */
const CUE_WORDS: ReadonlySet<string> = new Set([
  ...[...lexicon().reporting].map((r) => r.split(' ')[0]!),
  ...W.actCues,
  ...W.quotedActCues,
  ...W.continuationCues,
  ...W.characterisingCues,
  ...W.statementParticiples,
  'according',
]);

export function cueKinds(tokens: Token[], v: number): ReadonlySet<CueKind> {
  const t = tokens[v]!;
  if (!CUE_WORDS.has(t.lower)) return NO_CUE;
  const kinds = new Set<CueKind>();
  if (!t.word || t.cap) {
    if (t.lower === 'according' && tokens[v + 1]?.lower === 'to') kinds.add('according');
    return kinds;
  }
  if (t.lower === 'according' && tokens[v + 1]?.lower === 'to') kinds.add('according');
  if (isActCue(tokens, v)) kinds.add('act');
  // ", adding that…", ", while stressing that…"
  const joined =
    tokens[v - 1]?.text === ',' || (W.participleJoiners.has(tokens[v - 1]?.lower ?? '') && tokens[v - 2]?.text === ',');
  const withSpeaker = withSourcesAt(tokens, v) > 0 || withNamedAt(tokens, v) > 0;
  if (W.continuationCues.has(t.lower) && (joined || withSpeaker)) kinds.add('continuation');
  if (addedAfterPronoun(tokens, v)) kinds.add('continuation');
  if (characterisingAt(tokens, v) >= 0) kinds.add('continuation');
  // "X expressed concern and said it would…"
  // ("…, but stressed that…")
  if (
    /^(and|but)$/.test(tokens[v - 1]?.lower ?? '') &&
    lexicon().reporting.has(t.lower) &&
    !lexicon().clauseOnly.has(t.lower)
  )
    kinds.add('continuation');
  if (W.statementParticiples.has(t.lower) && W.statementNouns.has(tokens[v - 1]?.lower ?? '')) kinds.add('statement');
  if (!isCue(tokens, v)) return kinds;
  kinds.add('verb');
  if (isQuoteCue(tokens, v)) kinds.add('quote');
  if (isClauseCue(tokens, v)) kinds.add('clause');
  return kinds;
}

/** "“…,” she said, though she added that…": the speaker of the sentence goes on in a clause of its own. */
function addedAfterPronoun(tokens: Token[], v: number): boolean {
  return (
    W.addedCues.has(tokens[v]!.lower) &&
    W.pronouns.has(tokens[v - 1]?.lower ?? '') &&
    W.addedJoiners.has(tokens[v - 2]?.lower ?? '') &&
    tokens[v - 3]?.text === ','
  );
}

/** ", calling it “a first step”", ", describing the talks as “useful”": the quote's opening token, or -1. */
export function characterisingAt(tokens: Token[], v: number): number {
  const verb = tokens[v]!.lower;
  if (!W.characterisingCues.has(verb)) return -1;
  // "calling it “…”" continues a clause after its comma; "called the talks “…”" is the clause's own verb
  if (verb.endsWith('ing') ? tokens[v - 1]?.text !== ',' : W.actParticles.has(tokens[v + 1]?.lower ?? '')) return -1;
  // "disagreed on what he called “the one issue”": a name given inside the words reported, no statement of its own
  if (tokens[v - 2]?.lower === 'what' && W.pronouns.has(tokens[v - 1]?.lower ?? '')) return -1;
  for (let k = v + 1; k <= v + 6 && k < tokens.length; k++)
    if (/^[“"]$/.test(tokens[k]!.text)) return quotedName(tokens, k) ? -1 : k;
  return -1;
}

/** "dubbed the “Trump Route for International Peace”": quoted words in title case are a name given, not words said. */
function quotedName(tokens: Token[], open: number): boolean {
  const words: Token[] = [];
  for (let k = open + 1; k < tokens.length && !/^[”"]$/.test(tokens[k]!.text); k++)
    if (tokens[k]!.word) words.push(tokens[k]!);
  const content = words.filter((t) => !/^(of|for|and|the|a|an|to|in|on|at)$/.test(t.lower));
  return content.length >= 2 && content.every((t) => t.cap);
}

/** The token after the cue: past the particle of a phrasal cue ("pointed out"). */
export function afterCue(tokens: Token[], v: number): number {
  return isPhrasalCue(tokens, v) ? v + 2 : v + 1;
}

const isPhrasalCue = (tokens: Token[], v: number): boolean =>
  v >= 0 && !!tokens[v + 1] && lexicon().reporting.has(`${tokens[v]!.lower} ${tokens[v + 1]!.lower}`);

function isCue(tokens: Token[], v: number): boolean {
  const verb = tokens[v]!;
  if (!lexicon().reporting.has(verb.lower) && !isPhrasalCue(tokens, v)) return false;
  if (verb.lower.endsWith('ing') && !W.continuingCues.has(verb.lower)) return false;
  if (verb.lower === 'said' && tokens[v - 1]?.lower === 'the') return false;
  // "the recently disclosed memorandum", "an announced visit": a participle before a noun, not a report
  if (verb.lower.endsWith('ed') && isAttributive(tokens, v)) return false;
  // "the first country to acknowledge X": an infinitive, not a report ("he went on to add:" is one)
  if (tokens[v - 1]?.lower === 'to' && !isPhrasalCue(tokens, v - 3)) return false;
  // "the leaders are to reach and declare": an infinitive too
  if (W.conjunctions.has(tokens[v - 1]?.lower ?? '') && tokens[v - 3]?.lower === 'to') return false;
  // "did not say", "didn't mention", "declined to comment": nothing was said
  if (isNegation(tokens[v - 1]) || isNegation(tokens[v - 2])) return false;
  // "a denuclearisation pledge that…", "the report": a noun in its base form after an article
  if (isBaseNoun(tokens, v)) return false;
  // "it was reported", "it was announced that…": passive, nobody named (unless "by X" follows)
  if (W.copulas.has(tokens[v - 1]?.lower ?? '') && verb.lower.endsWith('ed') && !W.quoteCues.has(verb.lower))
    return tokens[v + 1]?.lower === 'by';
  return !(W.copulas.has(tokens[v - 1]?.lower ?? '') && tokens[v + 1]?.lower === 'to');
}

/** "saying" only after "as" or "sources"; "the report was", "member states were": a noun before its verb. */
function isQuoteCue(tokens: Token[], v: number): boolean {
  const prev = tokens[v - 1]?.lower ?? '';
  if (tokens[v]!.lower.endsWith('ing') && prev !== 'as' && !W.sourceNouns.has(prev)) return false;
  const next = tokens[v + 1];
  return !(next && W.auxiliaries.has(next.lower));
}

/** A verb that needs a clause ("urged", "believes") only before "that", ":" or a quote; a noun ("the report") never. */
function isClauseCue(tokens: Token[], v: number): boolean {
  if (!isQuoteCue(tokens, v)) return false;
  const verb = tokens[v]!;
  const next = tokens[afterCue(tokens, v)];
  const opensClause =
    !!next && (next.lower === 'that' || next.text === ':' || thatAfterTime(tokens, afterCue(tokens, v)));
  // "expressed “deep concern” that…": after a speech act the quote is its object, not what was said
  const opensQuote =
    !W.actCues.has(verb.lower) &&
    !!next &&
    (/^[“"]$/.test(next.text) || (next.text === ',' && /^[“"]$/.test(tokens[v + 2]?.text ?? '')));
  if (lexicon().clauseOnly.has(verb.lower) && !(opensClause || opensQuote)) return false;
  // "state media", "the report", "a claim": a noun, not a verb; "…, Reuters reports." and "…, KBC reports
  // citing officials" close a sentence after a name: a verb
  const closing = !next || (!next.word && next.text !== ',') || W.citingWords.has(next.lower);
  const afterName = !!tokens[v - 1]?.word && !!tokens[v - 1]?.cap;
  return !(W.nounCues.has(verb.lower) && !opensClause && !(closing && afterName));
}

/** "urged the parties to…", "called on X to…": a speech-act verb with an object, not a noun ("the calls for…"). */
function isActCue(tokens: Token[], v: number): boolean {
  const t = tokens[v]!;
  if (!(W.actCues.has(t.lower) || W.quotedActCues.has(t.lower)) || W.nounBefore.has(tokens[v - 1]?.lower ?? ''))
    return false;
  const next = tokens[v + 1];
  if (!next || next.lower === 'that' || !(next.word || /^[“"]$/.test(next.text))) return false;
  return !W.particleActs.has(t.lower) || (actParticleAt(tokens, v) > 0 && !courtesyCallAt(tokens, v));
}

/**
 * "The Chinese delegation called on Foreign Minister X.": "called on" a person, with no "to" or "for" asking something
 * of them before the clause ends, is a courtesy visit, not a speech act ("called on the rebels to lay down arms").
 */
export function courtesyCallAt(tokens: Token[], v: number): boolean {
  if (!lexicon().meetingWords.courtesyCallVerbs.has(tokens[v]?.lower ?? '') || tokens[v + 1]?.lower !== 'on')
    return false;
  if (!tokens[v + 2]?.cap) return false;
  for (let k = v + 2; k < tokens.length && k < v + 2 + COURTESY_CALL_REACH; k++) {
    const t = tokens[k]!;
    if (t.lower === 'to' || t.lower === 'for') return false;
    if (/^[.;:!?,]$/.test(t.text)) return true;
  }
  return false;
}

/** Words after "called on" in which an ask ("to…", "for…") would show. */
const COURTESY_CALL_REACH = 20;

/**
 * The particle of "called for", "called on X to", also past a time phrase ("called in October last year
 * for", "called on Monday for"); -1 when there is none.
 */
export function actParticleAt(tokens: Token[], v: number): number {
  let k = v + 1;
  while (k < v + 7 && isTimeWord(tokens, k)) k++;
  if (k > v + 1 && !isTimeWord(tokens, k - 1)) return -1;
  return W.actParticles.has(tokens[k]?.lower ?? '') && (k === v + 1 || !isTimeWord(tokens, k)) ? k : -1;
}

/** A word of a time phrase ("in October last year", "on Monday", "again"), with at least a day, month or period in it. */
function isTimeWord(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.word) return false;
  if (DATE_WORDS.has(t.text) || W.dayWords.has(t.lower) || W.timeWords.has(t.lower) || /^\d+$/.test(t.text))
    return true;
  // a lead ("in", "on", "last") only before a day or period
  return W.adverbialLeads.has(t.lower) && isTimeWord(tokens, k + 1);
}

/** "clarified on Tuesday that", "insisted late Monday that": "that" past a short time phrase. */
function thatAfterTime(tokens: Token[], c: number): boolean {
  const first = tokens[c];
  if (!first || !(W.timeLeads.has(first.lower) || W.dayWords.has(first.text) || W.dayWords.has(first.lower)))
    return false;
  for (let k = c; k < c + 5 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower === 'that') return k > c;
    if (!t.word) return false;
  }
  return false;
}

/** "not", "never", "didn't": a word that negates the verb after it. */
export const isNegation = (t: Token | undefined): boolean =>
  !!t && (W.negations.has(t.lower) || t.lower.endsWith("n't") || t.lower.endsWith('n’t'));

/** "a pledge that…", "a denuclearisation pledge that…": a base form right after an article, or a noun after it. */
function isBaseNoun(tokens: Token[], v: number): boolean {
  const w = tokens[v]!.lower;
  const present = lexicon().presentTense;
  const before = tokens[v - 1]?.lower ?? '';
  // "dismissed the remarks", "his comments": a plural noun after a determiner, not a verb
  if (present.has(w) && W.nounDeterminers.has(before)) return true;
  if (!(present.has(`${w}s`) || present.has(`${w}es`))) return false;
  return W.indefiniteArticles.has(before) || before === 'the' || W.indefiniteArticles.has(tokens[v - 2]?.lower ?? '');
}

/** ", with officials stressing…", ", with diplomats saying…": the position of "with", or -1. */
export function withSourcesAt(tokens: Token[], v: number): number {
  const who = tokens[v - 1]?.lower ?? '';
  const unnamed = lexicon().unnamed.has(who) || W.moreUnnamed.has(who);
  return unnamed && tokens[v - 2]?.lower === 'with' && tokens[v - 3]?.text === ',' ? v - 2 : -1;
}

/**
 * ", with spokesman Dmitry Peskov telling reporters…": a named speaker in an absolute "with" phrase before
 * the participle at `v`; the index of "with", or -1.
 */
export function withNamedAt(tokens: Token[], v: number): number {
  const k = tokens.findLastIndex((t, j) => j < v - 1 && j >= v - WITH_PHRASE_WORDS - 1 && t.lower === 'with');
  if (k < 1 || tokens[k - 1]?.text !== ',') return -1;
  const phrase = tokens.slice(k + 1, v);
  // ("with Colombia's foreign minister saying")
  return phrase.every((t) => t.word || /^['’]s$/.test(t.text)) && phrase.some((t) => t.cap) ? k : -1;
}

/** Words of a "with" phrase naming a speaker ("with Chadian Foreign Minister Omar Siddiq saying"). */
const WITH_PHRASE_WORDS = 7;
