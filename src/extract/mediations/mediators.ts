/** The mediators near a cue: the subject before it, the agent after it, and the list each belongs to. */

import type { Mention, SentenceAnalysis } from '../actors/mentions.js';
import type { ActorGroup } from '../actors/resolve.js';
import { clauseAround, clauseAroundPhrases, relativeClauseAt } from '../clause.js';
import { type ArticleContext, bodiesNamedBefore } from '../context.js';
import { lexicon } from '../lexicon/index.js';
import type { Token } from '../tokens.js';
import { resolveBodyReference } from '../statements/resolution.js';
import { phraseAt } from './cues.js';
import { actorOf, adjectivePair } from './sides.js';
import { sideNamedBy } from '../parties.js';
import { PORTFOLIO_WORDS, TITLE_WORDS } from '../actors/words.js';

/** True when one of the phrases ends within `window` tokens before token i, inside the clause from `from`. */
export const phraseBefore = (tokens: Token[], i: number, from: number, phrases: string[][], window = 4): boolean => {
  for (let k = Math.max(from, i - window); k < i; k++) if (phrases.some((p) => phraseAt(tokens, k, p))) return true;
  return false;
};

/**
 * Mediators near the cue, within its clause: before it ("Qatar, which is acting as a mediator", "Qatari
 * mediators") or after "by"/"of"/"from" ("mediated by X", "the mediation of Norway"), then the whole
 * coordinated list the nearest belongs to ("Qatar, Egypt and the United States are mediating").
 */
export function nearbyMediators(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  cue: Token,
  parties: ActorGroup[],
): ActorGroup[] {
  const { tokens, mentions } = an;
  const clause = listAfterColon(an, cue.i, clauseAroundPhrases(tokens, cue.i));
  // "Bennett, who flew to Moscow to meet Putin, has been trying to mediate": the subject before the aside
  const asides = asidesBefore(tokens, cue.i);
  const aside = asides.find((r) => r.a <= clause.a && clause.a <= r.b + 1);
  const a = aside ? clauseAround(tokens, Math.max(0, aside.a - 1)).a : clause.a;
  const b = clause.b;
  // after the cue, only the agent: "mediated by X", "the mediation of Norway", "mediators from Qatar"
  const lex = lexicon();
  // "the facilitator of the East African Community peace process": a name before talks words is their topic
  const namesTalks = (m: Mention): boolean =>
    tokens.slice(m.t1, m.t1 + 3).some((t) => lex.mediationWords.talkObjects.has(t.lower));
  // "mediated by X", "the mediation of Norway" (", Minister of Information X said": the subject of a reporting
  // tail, no agent)
  // ("brokered the swap of X for Y", "mediated the return of Ukrainian children": an "of" inside the object names
  // no agent; only the cue's own "of" does)
  // ("brokered the grain deal signed by Ukraine and Russia": who signs is a side, not a mediator; "a mediation attempt
  // launched by Egypt" is Egypt's)
  const signers = lex.meetingWords.agreementMadeVerbs;
  const ownAgent = (n: number): boolean =>
    !tokens.slice(cue.i + 1, cue.i + 1 + n).some((t) => signers.has(t.lower) && !lex.mediationCues.words.has(t.lower));
  const byPreposition = (m: Mention): boolean =>
    m.t0 > cue.i &&
    tokens
      .slice(cue.i + 1, m.t0)
      .some(
        (t, n) =>
          (/^(by|from)$/.test(t.lower) && ownAgent(n)) || (t.lower === 'of' && cuesOwnOf(tokens, cue.i, cue.i + 1 + n)),
      ) &&
    !namesTalks(m) &&
    !lex.reporting.has(tokens[m.t1]?.lower ?? '');
  const agentAfter = (m: Mention): boolean =>
    byPreposition(m) ||
    (m.t0 > cue.i && tokens.slice(cue.i + 1, m.t0).every((t) => /^(the|a|an)$/.test(t.lower))) ||
    apposedAfter(tokens, cue.i, m.t0);
  // "the truce brokered by Washington and Paris": a capital as the agent is its state
  // ("In May, Muscat also brokered a truce": so is a capital that opens the clause of the cue)
  const capitalSubject = (m: Mention): boolean =>
    m.t1 <= cue.i &&
    tokens.slice(m.t1, cue.i).every((t) => lex.subjectVerbFillers.has(t.lower)) &&
    (m.t0 === 0 || tokens[m.t0 - 1]!.text === ',');
  const capitalAgent = (m: Mention): boolean =>
    m.kind === 'PLACE' && m.matchedAs === 'capital' && (byPreposition(m) || capitalSubject(m));
  // words apart from the cue, past the relative clauses between them ("Bennett, who flew to Moscow …, has tried to")
  const distance = (m: Mention): number =>
    Math.abs(m.t0 - cue.i) - asides.filter((r) => r.a >= m.t1 && r.b < cue.i).reduce((n, r) => n + r.b - r.a + 1, 0);
  const window = mentions
    .filter((m) => (m.kind !== 'PLACE' || capitalAgent(m)) && m.t0 >= a && m.t1 <= b && distance(m) <= MEDIATOR_REACH)
    .filter((m) => m.t0 <= cue.i || agentAfter(m))
    // "tried to broker a Turkish-Syrian rapprochement": the pair the adjectives name are the sides
    .filter((m) => !adjectivePair(an, m))
    // "moderated by former New Zealand governor-general Sir Jerry Mateparae": the person, not the title's state
    .filter((m) => m.t0 <= cue.i || !inTitleOfPerson(an, m))
    // "Aliyev thanked Trump for his mediation": the one who thanks is a side
    .filter((m) => !tokens.slice(m.t1, cue.i).some((t) => lex.mediationWords.thanks.has(t.lower)))
    // "Bennett, who flew to Moscow to meet Putin, has been trying to mediate": the aside names no mediator
    .filter((m) => !asides.some((r) => m.t0 > r.a && m.t1 <= r.b))
    .filter((m) => {
      const lo = Math.min(m.t1, cue.i);
      const hi = Math.max(m.t0, cue.i + 1);
      return !tokens.slice(lo, hi).some((t) => t.lower === 'between');
    })
    .sort((x, y) => Number(agentAfter(y)) - Number(agentAfter(x)) || Math.abs(x.t0 - cue.i) - Math.abs(y.t0 - cue.i));
  // "U.S. envoy Steve Witkoff, who helped broker the January deal, …": the one the relative clause is about
  const antecedent = relativeAntecedent(ctx, an, cue);
  const mediators: ActorGroup[] = antecedent && !parties.includes(antecedent) ? [antecedent] : [];
  let first: Mention | undefined;
  for (const m of mediators.length > 0 ? [] : window) {
    const g = capitalAgent(m) ? sideNamedBy(ctx, m) : actorOf(ctx, m);
    if (!g || parties.includes(g) || mediators.includes(g)) continue;
    if (mediators.length > 0 && Math.abs(m.t0 - cue.i) > 6) continue;
    // "A and B, with the facilitation of X": once the agent is found, the subject is a side, not a mediator
    if (first && (byPreposition(first) || apposedAfter(tokens, cue.i, first.t0)) && !agentAfter(m)) continue;
    mediators.push(g);
    first ??= m;
    if (mediators.length >= 4) break;
  }
  if (first) extendList(ctx, an, first, parties, mediators);
  for (const g of companionsAfter(ctx, an, cue)) if (!parties.includes(g) && !mediators.includes(g)) mediators.push(g);
  if (mediators.length === 0) {
    const ready = readySubject(ctx, an, cue);
    if (ready && !parties.includes(ready)) mediators.push(ready);
  }
  if (mediators.length === 0) {
    const owner = referredOwner(ctx, an, cue);
    if (owner && !parties.includes(owner)) mediators.push(owner);
  }
  if (mediators.length === 0)
    for (const g of mediatorsNamedBefore(ctx, an, cue)) if (!parties.includes(g)) mediators.push(g);
  if (mediators.length === 0) {
    const speaker = reportingSubject(ctx, an, cue, parties);
    if (speaker && !parties.includes(speaker)) mediators.push(speaker);
  }
  return mediators;
}

/** The relative clauses (", who …,", ", which …,") that close before token `cue`. */
function asidesBefore(tokens: Token[], cue: number): Array<{ a: number; b: number }> {
  const out: Array<{ a: number; b: number }> = [];
  for (let k = 0; k < cue; k++) {
    const clause = relativeClauseAt(tokens, k);
    if (clause && clause.b < cue) out.push(clause);
  }
  return out;
}

/**
 * "with the mediation of the guarantor countries of the Rio Protocol: Argentina, Brazil…": a clause that ends in a
 * colon after the cue's phrase goes on with the list the colon opens.
 */
function listAfterColon(an: SentenceAnalysis, cue: number, clause: { a: number; b: number }): { a: number; b: number } {
  const { tokens } = an;
  const colon = tokens[clause.b];
  if (colon?.text !== ':' || clause.b - cue > COLON_LIST_REACH) return clause;
  const first = an.mentions.find((m) => m.t0 === clause.b + 1);
  return first ? { a: clause.a, b: clauseAround(tokens, clause.b + 1).b } : clause;
}

const COLON_LIST_REACH = 12;

/** "the mediation of X", "the mediation and assistance of X": an "of" the cue's noun phrase ends in (no object between). */
function cuesOwnOf(tokens: Token[], cue: number, of: number): boolean {
  const between = tokens.slice(cue + 1, of);
  return between.length <= 2 && between.every((t) => t.word && !/^(the|a|an)$/.test(t.lower));
}

/** A state or body named inside the title of the person right after it ("New Zealand governor-general Sir X"). */
function inTitleOfPerson(an: SentenceAnalysis, m: Mention): boolean {
  if (m.kind === 'PERSON') return false;
  const next = an.mentions.find((x) => x.t0 >= m.t1 && x.t0 <= m.t1 + TITLE_GAP);
  const titled = (t: Token) =>
    t.word && (!t.cap || TITLE_WORDS.has(t.text) || PORTFOLIO_WORDS.has(t.text)) && !/^(and|or)$/.test(t.lower);
  return next?.kind === 'PERSON' && an.tokens.slice(m.t1, next.t0).every(titled);
}

const TITLE_GAP = 4;

/** "Moscow was ready to continue facilitating…", "Oman will keep mediating": the subject of the readiness. */
function readySubject(ctx: ArticleContext, an: SentenceAnalysis, cue: Token): ActorGroup | undefined {
  const { tokens } = an;
  const { readinessFillers, subjectVerbFillers } = lexicon();
  let k = cue.i - 1;
  while (k >= 0 && (readinessFillers.has(tokens[k]!.lower) || subjectVerbFillers.has(tokens[k]!.lower))) k--;
  if (k === cue.i - 1) return undefined;
  const m = an.mentions.find((x) => x.t1 === k + 1);
  return m ? sideNamedBy(ctx, m) : undefined;
}

/**
 * "Doha said it would continue its mediation between A and B": a pronoun opening the cue's clause stands for
 * the subject of the reporting verb before it; "Oman … It has been involved in efforts to broker a truce":
 * opening the sentence, for the state or body named latest before it.
 */
function reportingSubject(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  cue: Token,
  parties: ActorGroup[],
): ActorGroup | undefined {
  const { tokens } = an;
  const { a } = clauseAround(tokens, cue.i);
  const pronoun = tokens[a]?.lower === 'that' ? tokens[a + 1] : tokens[a];
  if (!pronoun || !/^(it|they|he|she)$/.test(pronoun.lower)) return undefined;
  if (pronoun.i === 0 && pronoun.lower === 'it') return bodiesNamedBefore(ctx, pronoun.start, 1, parties)[0];
  const verb = tokens[a - 1];
  if (!verb || !lexicon().reporting.has(verb.lower)) return undefined;
  const subject = an.mentions.findLast((m) => m.t1 <= verb.i && m.t1 >= verb.i - 2 && m.kind !== 'PLACE');
  return subject ? actorOf(ctx, subject) : undefined;
}

/**
 * "Egypt, Qatar and the United States have proposed a plan… the three mediators had presented it":
 * "the (three) mediators" are the list of that many states or bodies named last before them.
 */
function mediatorsNamedBefore(ctx: ArticleContext, an: SentenceAnalysis, cue: Token): ActorGroup[] {
  const { tokens } = an;
  const count = lexicon().mediationWords.counts.get(tokens[cue.i - 1]?.lower ?? '');
  const the = tokens[count ? cue.i - 2 : cue.i - 1]?.lower === 'the';
  if (!the || !/s$/.test(cue.lower)) return [];
  const sentences = ctx.analyses
    .filter((x) => x.sentence.index < an.sentence.index)
    .slice(-3)
    .reverse();
  for (const x of sentences) {
    const list = coordinatedBodies(ctx, x);
    if (list.length >= 2 && (!count || list.length === count)) return list;
  }
  return [];
}

/** "offered the bloc's good offices": the body a possessed reference noun before the cue stands for. */
function referredOwner(ctx: ArticleContext, an: SentenceAnalysis, cue: Token): ActorGroup | undefined {
  const { tokens } = an;
  // the cue's first word, past an adjective or two ("the bloc's continued mediation")
  const own = tokens.findLastIndex((t, k) => k < cue.i && k >= cue.i - 3 && /^['’]s$/.test(t.text));
  if (own < 2 || tokens.slice(own + 1, cue.i).some((t) => !t.word || t.cap)) return undefined;
  return resolveBodyReference(ctx, tokens, own - 1);
}

/** The first list of two or more states or bodies joined by commas and "and" in a sentence (extendList's lists). */
function coordinatedBodies(ctx: ArticleContext, an: SentenceAnalysis): ActorGroup[] {
  const body = (g: ActorGroup | undefined): g is ActorGroup => !!g && g.kind !== 'PERSON' && g.kind !== 'MEDIA';
  for (const m of an.mentions.filter((x) => x.kind !== 'PLACE' && !x.modifier).sort((x, y) => x.t0 - y.t0)) {
    const first = actorOf(ctx, m);
    if (!body(first)) continue;
    const list = [first];
    extendList(ctx, an, m, [], list);
    const bodies = list.filter(body);
    if (bodies.length >= 2) return bodies;
  }
  return [];
}

/** "which has been mediating the conflict alongside Angola": who mediates with the mediator. */
function companionsAfter(ctx: ArticleContext, an: SentenceAnalysis, cue: Token): ActorGroup[] {
  const { tokens } = an;
  const { b } = clauseAround(tokens, cue.i);
  const phrases = lexicon().mediationWords.coMediatorLeads;
  for (let k = cue.i + 1; k < b && k <= cue.i + 6; k++) {
    const phrase = phrases.find((p) => phraseAt(tokens, k, p));
    if (!phrase) continue;
    const m = an.mentions.find((x) => x.t0 === k + phrase.length && x.kind !== 'PLACE');
    const g = m ? actorOf(ctx, m) : undefined;
    return g ? [g] : [];
  }
  return [];
}

/** Adds the other members of the coordinated list `first` belongs to. */
export function extendList(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  first: Mention,
  parties: ActorGroup[],
  mediators: ActorGroup[],
): void {
  // ("brokered by Washington and Paris": a list of capitals standing for their states)
  const capitals = first.kind === 'PLACE';
  const member = (m: Mention): boolean => m.kind !== 'PLACE' || (capitals && m.matchedAs === 'capital');
  const sorted = an.mentions.filter(member).sort((x, y) => x.t0 - y.t0);
  // "the Community of … States (CELAC) and the Caribbean Community": an acronym in parentheses stays in the list
  const listGap = (x: number, y: number): boolean =>
    y > x && an.tokens.slice(x, y).every((t) => /^(,|and|the|as|well|\(|\))$/.test(t.lower));
  const add = (m: Mention): void => {
    const g = m.kind === 'PLACE' ? sideNamedBy(ctx, m) : actorOf(ctx, m);
    if (g && !parties.includes(g) && !mediators.includes(g)) mediators.push(g);
  };
  // "mediated by Qatar and Turkey, Qatar's foreign ministry said": the subject of a reporting tail ends the list
  const speaks = (m: Mention): boolean => lexicon().reporting.has(an.tokens[m.t1]?.lower ?? '');
  let at = sorted.indexOf(first);
  for (let k = at - 1; k >= 0 && listGap(sorted[k]!.t1, sorted[at]!.t0); k--, at--) add(sorted[k]!);
  at = sorted.indexOf(first);
  for (let k = at + 1; k < sorted.length && listGap(sorted[at]!.t1, sorted[k]!.t0) && !speaks(sorted[k]!); k++, at++)
    add(sorted[k]!);
}

/** How many words a relative clause may have before its mediation cue ("who has long helped broker"). */
const RELATIVE_CUE_REACH = 5;

/** The actor a ", who …" clause holding the cue is about: the name that ends right before its comma. */
function relativeAntecedent(ctx: ArticleContext, an: SentenceAnalysis, cue: Token): ActorGroup | undefined {
  const { tokens } = an;
  const who = tokens.findLastIndex(
    (t, k) => k < cue.i && k >= cue.i - RELATIVE_CUE_REACH && /^(who|which)$/.test(t.lower),
  );
  if (who < 1 || tokens[who - 1]!.text !== ',' || tokens.slice(who + 1, cue.i).some((t) => !t.word)) return undefined;
  const m = an.mentions.find((x) => x.t1 === who - 1 && x.kind !== 'PLACE');
  return m ? actorOf(ctx, m) : undefined;
}

/** "Ruto will chair a committee of four East African leaders tasked with mediating": how far a mediator may be from its cue. */
const MEDIATOR_REACH = 16;

/**
 * "the guarantor countries - Venezuela, Cuba and Norway -", "the mediators: Egypt and Qatar": the names set
 * off after the cue noun (a group noun, then a dash, colon or parenthesis; or the group noun alone).
 */
function apposedAfter(tokens: Token[], cue: number, at: number): boolean {
  const gap = tokens.slice(cue + 1, at);
  if (gap.length === 0 || gap.length > 2) return false;
  const { groupNouns } = lexicon().meetingWords;
  const opens = (t: Token) => /^[-–—:(]$/.test(t.text);
  const noun = groupNouns.has(gap[0]!.lower);
  return gap.length === 1 ? noun || opens(gap[0]!) : noun && (opens(gap[1]!) || gap[1]!.text === ',');
}

/** "welcomed efforts to …", "rejected efforts to …", "called for efforts to …": the subject does not make them. */
export function judgedEffort(an: SentenceAnalysis, cue: Token): boolean {
  const words = lexicon().mediationWords;
  const { a } = clauseAround(an.tokens, cue.i);
  const judged = phraseBefore(an.tokens, cue.i, a, [...words.bystanders, ...words.refusals], 5);
  return judged || (!attemptToMediate(an, cue) && phraseBefore(an.tokens, cue.i, a, words.requests, 5));
}

/** "has sought to broker", "is seeking to mediate": the subject tries to mediate, it asks nobody to. */
export function attemptToMediate(an: SentenceAnalysis, cue: Token): boolean {
  const before = an.tokens[cue.i - 2];
  return (
    an.tokens[cue.i - 1]?.lower === 'to' &&
    !!before &&
    lexicon().mediationWords.requests.some((p) => p.length === 1 && p[0] === before.lower)
  );
}

/** "US- and EU-brokered": the prefixes left dangling before the one glued to the cue word, at token `at`. */
export function danglingPrefixes(ctx: ArticleContext, an: SentenceAnalysis, at: number): ActorGroup[] {
  const { tokens } = an;
  const out: ActorGroup[] = [];
  let k = at;
  while (/^(and|,)$/.test(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.text === '-') {
    const m = an.mentions.find((x) => x.t1 === k - 2);
    const g = m && actorOf(ctx, m);
    if (!m || !g) break;
    out.unshift(g);
    k = m.t0;
  }
  return out;
}
