/** The sides of a mediation, as the constructions around its cue name them. */

import type { Mention, SentenceAnalysis } from '../actors/mentions.js';
import type { ActorGroup } from '../actors/resolve.js';
import { clauseAround } from '../clause.js';
import type { ArticleContext } from '../context.js';
import { lexicon } from '../lexicon/index.js';
import { betweenPair, possessedBy, sideNamedBy } from '../parties.js';
import type { Token } from '../tokens.js';
import { phraseAt } from './cues.js';

export const actorOf = (ctx: ArticleContext, m: Mention): ActorGroup | undefined => {
  const g = m.kind === 'PLACE' ? undefined : ctx.index.group(m);
  return g && g.kind !== 'MEDIA' ? g : undefined;
};

/** "Turkish-Syrian", "Israeli-Palestinian": a state's adjective joined by a hyphen to another's. */
export function adjectivePair(an: SentenceAnalysis, m: Mention): boolean {
  if (m.matchedAs !== 'adjective' && m.matchedAs !== 'demonym') return false;
  const joined = (x: Mention | undefined) => !!x && (x.matchedAs === 'adjective' || x.matchedAs === 'demonym');
  // (one token "Turkish-Syrian" holds both)
  const sameToken = an.mentions.find((x) => x !== m && x.t0 === m.t0 && x.t1 === m.t1);
  const next = an.mentions.find((x) => x.t0 === m.t1 + 1 && an.tokens[m.t1]?.text === '-');
  const before = an.mentions.find((x) => x.t1 === m.t0 - 1 && an.tokens[m.t0 - 1]?.text === '-');
  return joined(sameToken) || joined(next) || joined(before);
}

/** Actors of a coordinated list starting at token k ("Washington and Hezbollah"). */
export function listAfter(ctx: ArticleContext, an: SentenceAnalysis, k: number): ActorGroup[] {
  const out: ActorGroup[] = [];
  let pos = k;
  const titles = lexicon().titleSet;
  for (const m of an.mentions.filter((x) => x.t0 >= k).sort((a, b) => a.t0 - b.t0)) {
    const gap = an.tokens.slice(pos, m.t0).map((t) => t.lower);
    // "between President X and opposition leader Y": a person's title stands between the names
    const titled = m.kind === 'PERSON' && gap.some((w) => titles.has(w));
    const plain = (w: string) =>
      /^(the|and|,|both|its|their)$/.test(w) || titles.has(w) || (titled && /^[a-z-]+$/.test(w));
    if (gap.some((w) => !plain(w)) || (titled && gap.length > 4)) break;
    // "for Washington and Hezbollah": a capital in a list of sides is its state
    const g = sideNamedBy(ctx, m);
    if (g && !out.includes(g)) out.push(g);
    pos = m.t1;
  }
  return out;
}

/** "A and B held talks …": the coordinated subject of a meeting or agreement verb before token `limit`. */
export function coordinatedPair(ctx: ArticleContext, an: SentenceAnalysis, limit: number): ActorGroup[] {
  const { tokens, mentions } = an;
  for (let k = 0; k < limit; k++) {
    if (tokens[k]!.lower !== 'and') continue;
    const left = mentions
      .filter((m) => m.t1 <= k && k - m.t1 <= 3 && m.kind !== 'PLACE' && !m.modifier)
      .sort((a, b) => b.t1 - a.t1)[0];
    const next = mentions
      .filter((m) => m.t0 > k && m.t0 - k <= 3 && m.t0 < limit && m.kind !== 'PLACE' && !m.modifier)
      .sort((a, b) => a.t0 - b.t0)[0];
    // "Israel and Lebanon's Hezbollah movement": the side is the one possessed
    const right = next && possessedBy(an, next, limit);
    if (!left || !right) continue;
    // only the subject: nothing but determiners, possessives and plain words between the mentions and "and"
    const gaps = [...tokens.slice(left.t1, k), ...tokens.slice(k + 1, right.t0)];
    if (gaps.some((t) => !t.word && !/^['’]s$/.test(t.text))) continue;
    if (!tokens.slice(right.t1, right.t1 + 5).some((t) => lexicon().meetingWords.sideVerbs.has(t.lower))) continue;
    const a = actorOf(ctx, left);
    const b = actorOf(ctx, right);
    if (a && b && a !== b) return [a, b];
  }
  return [];
}

/** The sides the cue's sentence names: "between A and B" near the cue, else "A and B held talks". */
export function cueParties(ctx: ArticleContext, an: SentenceAnalysis, cue: Token): ActorGroup[] {
  const between = an.tokens.findIndex((t) => t.lower === 'between');
  // a "between" far after the cue describes something else ("…, aiming to end fighting between A and B")
  const pair = between >= 0 && between <= cue.i + 6 ? betweenPair(ctx, an) : [];
  if (pair.length > 0) return pair;
  const subject = coordinatedPair(ctx, an, cue.i);
  if (subject.length > 0) return subject;
  // "to broker a Turkish-Syrian rapprochement": the pair of adjectives after the cue
  const adjectives = an.mentions.filter(
    (m) => m.t0 > cue.i && m.t0 <= cue.i + ADJECTIVE_PAIR_REACH && adjectivePair(an, m),
  );
  const paired = [...new Set(adjectives.map((m) => sideNamedBy(ctx, m)).filter((g): g is ActorGroup => !!g))];
  if (paired.length === 2) return paired;
  const delegations = delegationsOf(ctx, an, cue.i);
  if (delegations.length > 0) return delegations;
  // "offered its good offices to Armenia and Azerbaijan": the sides the offer is made to
  const to = an.tokens.findIndex((t, k) => k > cue.i && k <= cue.i + OFFERED_TO_REACH && t.lower === 'to');
  const offeredTo = to > 0 && an.tokens.slice(cue.i + 1, to).every((t) => t.word) ? listAfter(ctx, an, to + 1) : [];
  if (offeredTo.length >= 2) return offeredTo;
  const gathered = gatheredSides(ctx, an, cue);
  return gathered.length > 0 ? gathered : talksOf(ctx, an, cue);
}

/** Words between a mediation cue and a pair of adjectives naming its sides ("broker a lasting Turkish-Syrian…"). */
const ADJECTIVE_PAIR_REACH = 4;

/** Words between a mediation cue and the "to" of the sides it is offered to ("good offices to"). */
const OFFERED_TO_REACH = 3;

/** "The talks, facilitated by X, brought together A and B": the sides the talks gather, after the cue. */
export function gatheredSides(ctx: ArticleContext, an: SentenceAnalysis, cue: Token): ActorGroup[] {
  const phrases = lexicon().mediationWords.gatherings;
  const { b } = clauseAround(an.tokens, cue.i);
  for (let k = cue.i + 1; k < b; k++) {
    const phrase = phrases.find((p) => phraseAt(an.tokens, k, p));
    if (!phrase) continue;
    const sides = listAfter(ctx, an, k + phrase.length);
    return sides.length >= 2 ? sides : [];
  }
  return [];
}

/** "a mediator in Chad peace talks": the actor that names the talks after the cue is their side. */
export function talksOf(ctx: ArticleContext, an: SentenceAnalysis, cue: Token): ActorGroup[] {
  const lex = lexicon();
  const m = an.mentions.find(
    (x) => x.t0 > cue.i && x.t0 <= cue.i + 3 && /^(in|on|for)$/.test(an.tokens[x.t0 - 1]?.lower ?? ''),
  );
  if (!m) return [];
  const next = an.tokens[m.t1]?.lower ?? '';
  const names = lex.meetingNouns.has(next) || lex.meetingNouns.has(`${next} ${an.tokens[m.t1 + 1]?.lower ?? ''}`);
  const g = names ? ctx.index.groups.get(ctx.index.keyOf(m)) : undefined;
  return g && g.kind !== 'MEDIA' ? [g] : [];
}

/** The actors of the coordinated list ending just before token `end` ("visit Mali and Niger"). */
export function listBefore(ctx: ArticleContext, an: SentenceAnalysis, end: number): ActorGroup[] {
  const out: ActorGroup[] = [];
  let pos = end;
  for (const m of an.mentions.filter((x) => x.t1 <= end).sort((a, b) => b.t1 - a.t1)) {
    const gap = an.tokens.slice(m.t1, pos).map((t) => t.lower);
    if (gap.some((w) => !/^(the|and|,|both)$/.test(w))) break;
    const g = actorOf(ctx, m);
    if (g && !out.includes(g)) out.unshift(g);
    pos = m.t0;
  }
  return out;
}

/**
 * The sides a meeting verb before the cue meets: "met separately with A and B", "held meetings with A
 * and B in an effort to …" (two at least), or "with (the) leaders of X" (one place, several sides).
 */
export function sidesMet(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  cue: Token,
): { verb: number; parties: ActorGroup[] } | undefined {
  const { tokens } = an;
  const lex = lexicon();
  const { a } = clauseAround(tokens, cue.i);
  const withAt =
    tokens[cue.i + 1]?.lower === 'with'
      ? cue.i + 1
      : tokens.findLastIndex((t, k) => k >= a && k < cue.i && t.lower === 'with');
  if (withAt < 0) return undefined;
  const verb = tokens.findLastIndex(
    (t, k) =>
      k >= Math.max(a, withAt - 4) &&
      k < withAt &&
      (lex.meetingWords.sideVerbs.has(t.lower) || lex.meetingNouns.has(t.lower)),
  );
  if (verb < 0) return undefined;
  let k = withAt + 1;
  if (tokens[k]?.lower === 'the') k++;
  const groupOf = lex.mediationWords.sideGroups.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'of';
  if (groupOf) {
    k += 2;
    while (k < tokens.length && tokens[k]!.word && !tokens[k]!.cap && tokens[k]!.lower !== 'the') k++;
  }
  const parties = listAfter(ctx, an, k);
  // "met separately with EU foreign policy chief Josep Borrell": a body and its official are one side
  const sides = parties.filter((p) => !p.affiliations.some((a) => parties.some((q) => q !== p && q.key === a.key)));
  return sides.length >= (groupOf ? 1 : 2) ? { verb, parties } : undefined;
}

/**
 * "Delegations from A and B met for X-brokered talks": the sides whose people the sentence names
 * before the cue (after it, "mediated by representatives from X" names the mediators).
 */
export function delegationsOf(ctx: ArticleContext, an: SentenceAnalysis, cue: number): ActorGroup[] {
  const { tokens } = an;
  const groups = lexicon().mediationWords.sideGroups;
  const at = tokens.findIndex(
    (t, k) => k < cue && groups.has(t.lower) && /^(from|of)$/.test(tokens[k + 1]?.lower ?? ''),
  );
  if (at < 0) return [];
  const sides = listAfter(ctx, an, at + 2);
  return sides.length >= 2 ? sides : [];
}
