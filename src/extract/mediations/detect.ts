import type { Evidence, ExtractedMediation } from '../../domain/article.js';
import type { Mention, SentenceAnalysis } from '../actors/mentions.js';
import type { ActorGroup } from '../actors/resolve.js';
import type { ArticleContext } from '../context.js';
import { lexicon } from '../lexicon/index.js';
import { articleParties, countryKeyOf, joinedPairOf } from '../parties.js';
import { firstMatch } from '../rule.js';
import { findMediationCues, phraseAt } from './cues.js';
import { MEDIATION_RULES } from './rules.js';
import { actorOf } from './sides.js';
import { isNegation } from '../statements/cue.js';
import type { Token } from '../tokens.js';

interface Draft {
  mediators: ActorGroup[];
  parties: ActorGroup[];
  subject: string | null;
  evidence: Evidence[];
  rule: string;
  /** The parties are the article's two sides, not named with the cue. */
  guessedParties?: boolean;
}

/** Rules that read the roles from the construction itself; the rest take the actors near the cue. */
const CONSTRUCTION_RULES = new Set(['X-brokered', 'mediate between the two', 'mediator between A and B']);

/** How often a mediation like this one is right: a construction beats proximity, repetition helps, a guessed side hurts. */
function mediationConfidence(d: Draft): number {
  const base = CONSTRUCTION_RULES.has(d.rule) ? 0.7 : 0.55;
  const reports = 0.1 * (Math.min(3, d.evidence.length) - 1);
  return Math.max(0.3, Math.min(0.85, base + reports - (d.guessedParties ? 0.1 : 0)));
}

/** Every one of `a` is one of `b`, or an organ of it. */
const within = (a: readonly ActorGroup[], b: readonly ActorGroup[]): boolean =>
  a.every((x) => b.some((y) => related(x, y)));

/**
 * The same mediating bodies, whoever speaks for them ("France mediates" and "the US- and France-brokered ceasefire"
 * are two mediator sets, two entries; a person and the state they serve are one).
 */
function sameBodies(a: readonly ActorGroup[], b: readonly ActorGroup[]): boolean {
  const bodies = (x: readonly ActorGroup[]) => x.filter((g) => g.kind !== 'PERSON');
  return within(bodies(a), bodies(b)) && within(bodies(b), bodies(a));
}

/** One side list within the other, or two sides in common ("A and B" and "B and C" are two negotiations). */
function sidesAgree(a: readonly ActorGroup[], b: readonly ActorGroup[]): boolean {
  const shared = a.filter((x) => b.includes(x)).length;
  return shared > 0 && (shared >= 2 || shared === Math.min(a.length, b.length));
}

/**
 * "Omani mediation … Sayyid Badr carried proposals between the two delegations", in a report from Muscat: a person
 * the article ties to no state, mediating between the very sides the article's home state mediates between, acts
 * for it (an outlet names its own officials without their country).
 */
function agentOfHome(ctx: ArticleContext, a: Draft, b: Draft): boolean {
  const unaffiliated = (d: Draft) => d.mediators.every((g) => g.kind === 'PERSON' && g.affiliations.length === 0);
  const byHome = (d: Draft) => !!ctx.home && d.mediators.some((g) => g.key === `lex:${ctx.home}`);
  const sameSides =
    a.parties.length >= 2 && a.parties.length === b.parties.length && a.parties.every((x) => b.parties.includes(x));
  return sameSides && ((unaffiliated(a) && byHome(b)) || (unaffiliated(b) && byHome(a)));
}

/** The same actor, or a ministry and its country ("Qatar" and "Qatari Foreign Ministry"). */
function related(a: ActorGroup, b: ActorGroup): boolean {
  if (a === b) return true;
  const ca = countryKeyOf(a);
  return !!ca && ca === countryKeyOf(b);
}

/** Finds who mediates between whom: "X, acting as a mediator", "X-brokered", "mediated by X", "guarantor countries". */
export function detectMediations(ctx: ArticleContext): ExtractedMediation[] {
  const drafts: Draft[] = [];
  for (const an of ctx.analyses) {
    for (const cue of findMediationCues(an.tokens)) {
      // "the International Forum on Conflict Mediation": a cue inside a name is part of the name
      // ("Mediators from Qatar…" opening a sentence names no actor)
      const inName = (m: Mention) => m.t0 <= cue.tok.i && m.t1 > cue.tok.i && (!m.partial || !!actorOf(ctx, m));
      if (!cue.suffix && an.mentions.some(inName)) continue;
      if (deniedWhenAsked(an, cue.tok.i)) continue;
      const found = firstMatch(MEDIATION_RULES, { ctx, an, cue });
      if (!found || found.output.mediators.length === 0) continue;
      drafts.push({
        mediators: found.output.mediators,
        parties: found.output.parties,
        subject: subjectNear(an, cue.tok.i),
        evidence: [{ sentenceIndex: an.sentence.index, start: cue.tok.start, end: cue.tok.end }],
        rule: found.rule,
      });
    }
  }
  if (drafts.length === 0) return [];
  for (const d of drafts) d.mediators = withPrincipals(ctx, d.mediators, d.parties);
  // "mediation between Irfaan Ali and Nicolás Maduro": the leaders' states are the sides too
  for (const d of drafts) d.parties = withPrincipals(ctx, d.parties, d.mediators);
  const allMediators = new Set(drafts.flatMap((d) => d.mediators));
  const fallback = articleParties(ctx, allMediators);
  for (const d of drafts) {
    d.parties = d.parties.filter((p) => !d.mediators.includes(p));
    if (d.parties.length > 0) continue;
    // "he hosted Somali President X and Ethiopian Prime Minister Y, where the two leaders signed a declaration,
    // brokered by Türkiye": the pair the cue's own sentence joins, before the article's
    const own = joinedPairOf(ctx, d.evidence[0]!.sentenceIndex).filter((p) => !d.mediators.includes(p));
    d.parties = own.length === 2 ? own : fallback.filter((p) => !d.mediators.includes(p));
    d.guessedParties = true;
  }
  // one per mediator set and party set: merge drafts of the same mediating bodies that share a party
  const merged: Draft[] = [];
  for (const d of drafts) {
    // sides the article did not name for one report are the sides another report of the mediator names (a report
    // with guessed sides joins one of the same mediators only: "Qatar, Saudi Arabia, the UAE, Oman and Turkey are all
    // vying to broker…" does not gather every mediation of any of them)
    const same = merged.find(
      (m) =>
        agentOfHome(ctx, m, d) ||
        (m.mediators.some((x) => d.mediators.some((y) => related(x, y))) &&
          (m.parties.length === 0 ||
            d.parties.length === 0 ||
            (!!d.guessedParties && within(d.mediators, m.mediators)) ||
            (!!m.guessedParties && within(m.mediators, d.mediators)) ||
            // ("brokered the Israel-UAE deal… the Bahrain agreement, also mediated by Washington": two party sets)
            (sameBodies(m.mediators, d.mediators) && sidesAgree(m.parties, d.parties)))),
    );
    if (same) {
      for (const x of d.mediators) if (!same.mediators.includes(x)) same.mediators.push(x);
      if (same.guessedParties && !d.guessedParties) {
        same.parties = [...d.parties];
        same.guessedParties = false;
      }
      const parties = d.guessedParties && !same.guessedParties ? [] : d.parties;
      for (const x of parties) if (!same.parties.includes(x) && !same.mediators.includes(x)) same.parties.push(x);
      same.subject ??= d.subject;
      same.evidence.push(...d.evidence);
    } else merged.push({ ...d, mediators: [...d.mediators], parties: [...d.parties], evidence: [...d.evidence] });
  }
  return merged.map((d) => ({
    mediators: d.mediators.map((g) => g.name),
    parties: d.parties.map((g) => g.name),
    subject: d.subject,
    evidence: d.evidence,
    rule: d.rule,
    confidence: mediationConfidence(d),
  }));
}

/**
 * "Asked whether the government was acting as a mediator, he said its role was to host, not to negotiate": a
 * mediation asked about and answered with a denial is none ("…, he said the envoy was carrying messages" is one).
 */
function deniedWhenAsked(an: SentenceAnalysis, cue: number): boolean {
  const { tokens } = an;
  const { questions } = lexicon().mediationWords;
  const stop = (t: Token) => /^[.,;:“”"]$/.test(t.text);
  let asked = false;
  for (let k = cue - 1; k >= 0 && k >= cue - QUESTION_REACH && !stop(tokens[k]!); k--)
    asked ||= questions.some((p) => phraseAt(tokens, k, p));
  const answer = tokens.findIndex((t, k) => k > cue && stop(t));
  return asked && answer > 0 && tokens.slice(answer).some((t) => isNegation(t));
}

/** Words a question word may stand before the mediation cue it asks about. */
const QUESTION_REACH = 10;

/**
 * "Angolan President Joao Lourenco, the mediator": a person mediates for the country or body they serve, which
 * mediates with them (unless it is a side; a former office is no longer served).
 */
function withPrincipals(ctx: ArticleContext, mediators: ActorGroup[], parties: ActorGroup[]): ActorGroup[] {
  const out = [...mediators];
  for (const g of mediators) {
    if (g.kind !== 'PERSON') continue;
    for (const a of g.affiliations) {
      // "former Nigerian leader X" mediates for no state
      if (a.role && /^former\b/i.test(a.role)) continue;
      const principal = ctx.index.groups.get(a.key);
      if (principal && principal.kind !== 'MEDIA' && !parties.includes(principal) && !out.includes(principal))
        out.push(principal);
    }
  }
  return out;
}

/** The subject of negotiation named nearest the cue ("truce", "prisoner exchange"), a short noun phrase. */
function subjectNear(an: SentenceAnalysis, cue: number): string | null {
  const text = an.sentence.text.toLowerCase();
  const at = an.tokens[cue]!.start - an.sentence.start;
  let best: { s: string; d: number } | undefined;
  for (const s of lexicon().subjects) {
    const k = text.indexOf(s);
    if (k < 0) continue;
    const d = Math.abs(k - at);
    if (!best || d < best.d) best = { s, d };
  }
  return best?.s ?? null;
}
