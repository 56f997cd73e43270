import type { Mention, SentenceAnalysis } from '../actors/mentions.js';
import type { ActorGroup } from '../actors/resolve.js';
import { clauseAround } from '../clause.js';
import type { ArticleContext } from '../context.js';
import { lexicon } from '../lexicon/index.js';
import { articlePair, betweenPair } from '../parties.js';
import type { Rule } from '../rule.js';
import type { Token } from '../tokens.js';
import { type MediationCue, phraseAt } from './cues.js';

/** Where a mediation rule looks: one cue of a sentence. */
export interface MediationInput {
  ctx: ArticleContext;
  an: SentenceAnalysis;
  cue: MediationCue;
}

/** The roles a rule reads; no mediators means the cue names no mediation (refused, only asked for). */
export interface MediationRoles {
  mediators: ActorGroup[];
  parties: ActorGroup[];
}

type MediationRule = Rule<MediationInput, MediationRoles>;

/** The cue names no mediation. */
const NONE: MediationRoles = { mediators: [], parties: [] };

const actorOf = (ctx: ArticleContext, m: Mention): ActorGroup | undefined => {
  const g = m.kind === 'PLACE' ? undefined : ctx.index.group(m);
  return g && g.kind !== 'MEDIA' ? g : undefined;
};

/** Actors of a coordinated list starting at token k ("Washington and Hezbollah"). */
function listAfter(ctx: ArticleContext, an: SentenceAnalysis, k: number): ActorGroup[] {
  const out: ActorGroup[] = [];
  let pos = k;
  for (const m of an.mentions.filter((x) => x.t0 >= k).sort((a, b) => a.t0 - b.t0)) {
    const gap = an.tokens.slice(pos, m.t0).map((t) => t.lower);
    if (gap.some((w) => !/^(the|and|,|both|its|their)$/.test(w))) break;
    // "for Washington and Hezbollah": a capital in a list of sides is its state
    const g = m.entry?.kind === 'COUNTRY' ? ctx.index.groups.get(`lex:${m.entry.name}`) : actorOf(ctx, m);
    if (g && !out.includes(g)) out.push(g);
    pos = m.t1;
  }
  return out;
}

/** "A and B held talks …": the coordinated subject of a meeting or agreement verb before token `limit`. */
function coordinatedPair(ctx: ArticleContext, an: SentenceAnalysis, limit: number): ActorGroup[] {
  const { tokens, mentions } = an;
  for (let k = 0; k < limit; k++) {
    if (tokens[k]!.lower !== 'and') continue;
    const left = mentions
      .filter((m) => m.t1 <= k && k - m.t1 <= 3 && m.kind !== 'PLACE' && !m.modifier)
      .sort((a, b) => b.t1 - a.t1)[0];
    const right = mentions
      .filter((m) => m.t0 > k && m.t0 - k <= 3 && m.t0 < limit && m.kind !== 'PLACE' && !m.modifier)
      .sort((a, b) => a.t0 - b.t0)[0];
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
function cueParties(ctx: ArticleContext, an: SentenceAnalysis, cue: Token): ActorGroup[] {
  const between = an.tokens.findIndex((t) => t.lower === 'between');
  // a "between" far after the cue describes something else ("…, aiming to end fighting between A and B")
  const pair = between >= 0 && between <= cue.i + 6 ? betweenPair(ctx, an) : [];
  if (pair.length > 0) return pair;
  const subject = coordinatedPair(ctx, an, cue.i);
  if (subject.length > 0) return subject;
  const delegations = delegationsOf(ctx, an, cue.i);
  if (delegations.length > 0) return delegations;
  const gathered = gatheredSides(ctx, an, cue);
  return gathered.length > 0 ? gathered : talksOf(ctx, an, cue);
}

/** "The talks, facilitated by X, brought together A and B": the sides the talks gather, after the cue. */
function gatheredSides(ctx: ArticleContext, an: SentenceAnalysis, cue: Token): ActorGroup[] {
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
function talksOf(ctx: ArticleContext, an: SentenceAnalysis, cue: Token): ActorGroup[] {
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

/** True when one of the phrases ends within `window` tokens before token i, inside the clause from `from`. */
const phraseBefore = (tokens: Token[], i: number, from: number, phrases: string[][], window = 4): boolean => {
  for (let k = Math.max(from, i - window); k < i; k++) if (phrases.some((p) => phraseAt(tokens, k, p))) return true;
  return false;
};

/**
 * Mediators near the cue, within its clause: before it ("Qatar, which is acting as a mediator", "Qatari
 * mediators") or after "by"/"of"/"from" ("mediated by X", "the mediation of Norway"), then the whole
 * coordinated list the nearest belongs to ("Qatar, Egypt and the United States are mediating").
 */
function nearbyMediators(ctx: ArticleContext, an: SentenceAnalysis, cue: Token, parties: ActorGroup[]): ActorGroup[] {
  const { tokens, mentions } = an;
  const { a, b } = clauseAround(tokens, cue.i);
  // after the cue, only the agent: "mediated by X", "the mediation of Norway", "mediators from Qatar"
  const lex = lexicon();
  // "the facilitator of the East African Community peace process": a name before talks words is their topic
  const namesTalks = (m: Mention): boolean =>
    tokens.slice(m.t1, m.t1 + 3).some((t) => lex.mediationWords.talkObjects.has(t.lower));
  const byPreposition = (m: Mention): boolean =>
    m.t0 > cue.i && tokens.slice(cue.i + 1, m.t0).some((t) => /^(by|of|from)$/.test(t.lower)) && !namesTalks(m);
  const agentAfter = (m: Mention): boolean =>
    byPreposition(m) || (m.t0 > cue.i && tokens.slice(cue.i + 1, m.t0).every((t) => /^(the|a|an)$/.test(t.lower)));
  const window = mentions
    .filter((m) => m.kind !== 'PLACE' && m.t0 >= a && m.t1 <= b && Math.abs(m.t0 - cue.i) <= 12)
    .filter((m) => m.t0 <= cue.i || agentAfter(m))
    .filter((m) => {
      const lo = Math.min(m.t1, cue.i);
      const hi = Math.max(m.t0, cue.i + 1);
      return !tokens.slice(lo, hi).some((t) => t.lower === 'between');
    })
    .sort((x, y) => Number(agentAfter(y)) - Number(agentAfter(x)) || Math.abs(x.t0 - cue.i) - Math.abs(y.t0 - cue.i));
  const mediators: ActorGroup[] = [];
  let first: Mention | undefined;
  for (const m of window) {
    const g = actorOf(ctx, m);
    if (!g || parties.includes(g) || mediators.includes(g)) continue;
    if (mediators.length > 0 && Math.abs(m.t0 - cue.i) > 6) continue;
    // "A and B, with the facilitation of X": once the agent is found, the subject is a side, not a mediator
    if (first && byPreposition(first) && !agentAfter(m)) continue;
    mediators.push(g);
    first ??= m;
    if (mediators.length >= 4) break;
  }
  if (first) extendList(ctx, an, first, parties, mediators);
  return mediators;
}

/** Adds the other members of the coordinated list `first` belongs to. */
function extendList(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  first: Mention,
  parties: ActorGroup[],
  mediators: ActorGroup[],
): void {
  const sorted = an.mentions.filter((m) => m.kind !== 'PLACE').sort((x, y) => x.t0 - y.t0);
  const listGap = (x: number, y: number): boolean =>
    y > x && an.tokens.slice(x, y).every((t) => /^(,|and|the|as|well)$/.test(t.lower));
  const add = (m: Mention): void => {
    const g = actorOf(ctx, m);
    if (g && !parties.includes(g) && !mediators.includes(g)) mediators.push(g);
  };
  let at = sorted.indexOf(first);
  for (let k = at - 1; k >= 0 && listGap(sorted[k]!.t1, sorted[at]!.t0); k--, at--) add(sorted[k]!);
  at = sorted.indexOf(first);
  for (let k = at + 1; k < sorted.length && listGap(sorted[at]!.t1, sorted[k]!.t0); k++, at++) add(sorted[k]!);
}

/** The mediation rules, in priority order: the first that matches a cue reads its roles. */
export const MEDIATION_RULES: readonly MediationRule[] = [
  {
    name: 'mediation refused or asked for',
    examples: [
      { text: 'Mali is opposed to French mediation in the dispute with Niger.', expect: 'none' },
      { text: 'Egypt and Sudan are seeking an international mediation with Ethiopia.', expect: 'none' },
    ],
    match: ({ an, cue }) => {
      if (cue.suffix) return undefined;
      const words = lexicon().mediationWords;
      const { a } = clauseAround(an.tokens, cue.tok.i);
      const refused = phraseBefore(an.tokens, cue.tok.i, a, [...words.refusals, ...words.requests]);
      return refused ? { mediators: [], parties: [] } : undefined;
    },
  },
  {
    name: 'X-brokered',
    examples: [
      { text: 'Sudan and South Sudan signed a Qatar-brokered deal.', expect: 'Qatar' },
      { text: 'Ethiopia insisted on African Union-mediated talks with Egypt.', expect: 'African Union' },
      {
        text: 'Delegations from Armenia and Azerbaijan met for US- and EU-brokered talks.',
        expect: 'United States, European Union → Armenia, Azerbaijan',
      },
    ],
    match: ({ ctx, an, cue }) => {
      if (!cue.suffix) return undefined;
      const m = an.mentions.find((x) => x.t0 <= cue.tok.i && x.t1 > cue.tok.i);
      const g = m && actorOf(ctx, m);
      if (!g) return undefined;
      return { mediators: [...danglingPrefixes(ctx, an, m.t0), g], parties: cueParties(ctx, an, cue.tok) };
    },
  },
  {
    name: 'mediate between the two',
    examples: [
      {
        text: 'Togo will send Foreign Minister Robert Dussey to Mali and Niger to mediate between the two.',
        expect: 'Togo → Mali, Niger',
      },
      { text: 'Qatar offered to mediate between Hamas and Israel.', expect: 'Qatar → Hamas, Israel' },
    ],
    match: ({ ctx, an, cue }) => {
      const { tokens, mentions } = an;
      const i = cue.tok.i;
      if (tokens[i - 1]?.lower !== 'to' || tokens[i + 1]?.lower !== 'between') return undefined;
      const { a } = clauseAround(tokens, i);
      const anaphoric = lexicon().mediationWords.anaphoricParties;
      const named = listAfter(ctx, an, tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2);
      const before = mentions.filter((m) => m.t0 >= a && m.t1 <= i && actorOf(ctx, m));
      // "visit A and B to mediate between the two": the parties are the list just before "to mediate"
      const parties =
        anaphoric.has(tokens[i + 2]?.lower ?? '') || anaphoric.has(tokens[i + 3]?.lower ?? '')
          ? listBefore(ctx, an, i - 1)
          : named;
      const subject = before.map((m) => actorOf(ctx, m)!).find((g) => !parties.includes(g));
      return subject && parties.length >= 2 ? { mediators: [subject], parties } : undefined;
    },
  },
  {
    name: 'mediator between A and B',
    examples: [
      { text: 'Nabil Haddad acted as a go-between for Hamas and Fatah.', expect: 'Nabil Haddad → Hamas, Fatah' },
    ],
    match: ({ ctx, an, cue }) => {
      if (!/^(for|between|among)$/.test(an.tokens[cue.tok.i + 1]?.lower ?? '')) return undefined;
      const parties = listAfter(ctx, an, cue.tok.i + 2);
      if (parties.length < 2) return undefined;
      const mediators = nearbyMediators(ctx, an, cue.tok, parties).filter((g) => !parties.includes(g));
      return mediators.length > 0 ? { mediators, parties } : undefined;
    },
  },
  {
    name: 'host of talks between parties',
    examples: [
      {
        text: 'Talks between Ethiopia and Somalia opened in Ankara. The meeting was hosted by Foreign Minister Hakan Fidan.',
        expect: 'Hakan Fidan → Ethiopia, Somalia',
      },
      { text: 'Norway hosted talks between Colombia and Venezuela in Oslo.', expect: 'Norway → Colombia, Venezuela' },
    ],
    match: ({ ctx, an, cue }) => {
      if (!cue.host) return undefined;
      const by = an.tokens[cue.tok.i + 1]?.lower === 'by';
      const { a } = clauseAround(an.tokens, cue.tok.i);
      const host = by
        ? nearbyMediators(ctx, an, cue.tok, []).slice(0, 1)
        : an.mentions
            .filter((m) => m.t0 >= a && m.t1 <= cue.tok.i && m.kind !== 'PLACE')
            .map((m) => actorOf(ctx, m))
            .filter((g): g is ActorGroup => !!g)
            .slice(0, 1);
      if (host.length === 0) return { mediators: [], parties: [] };
      // the sides: "hosted talks between A and B", else the pair the article names with "between"
      const between = an.tokens.findIndex((t, k) => k > cue.tok.i && t.lower === 'between');
      const named = between >= 0 ? betweenPair(ctx, an) : [];
      const parties = (named.length > 0 ? named : articlePair(ctx, new Set(host))).filter((g) => !host.includes(g));
      return parties.length > 0 ? { mediators: host, parties } : { mediators: [], parties: [] };
    },
  },
  {
    name: 'efforts to end a conflict between A and B',
    examples: [
      {
        text: 'Kenyan President William Ruto is leading efforts to end the conflict between Sudan and South Sudan.',
        expect: 'William Ruto, Kenya → Sudan, South Sudan',
      },
      {
        text: 'The Security Council welcomed efforts to end the fighting between Armenia and Azerbaijan.',
        expect: 'none',
      },
    ],
    match: ({ ctx, an, cue }) => {
      if (!cue.effort) return undefined;
      const { tokens } = an;
      const between = tokens.findIndex((t, k) => k > cue.tok.i && k <= cue.tok.i + 8 && t.lower === 'between');
      if (between < 0) return undefined;
      if (judgedEffort(an, cue.tok)) return NONE;
      const parties = listAfter(ctx, an, between + 1);
      if (parties.length < 2) return NONE;
      const mediators = nearbyMediators(ctx, an, cue.tok, parties);
      return mediators.length > 0 ? { mediators, parties } : NONE;
    },
  },
  {
    name: 'meets each side',
    examples: [
      {
        text: 'UN Secretary-General Antonio Guterres met separately with Armenia and Azerbaijan in Geneva.',
        expect: 'United Nations, Antonio Guterres → Armenia, Azerbaijan',
      },
      {
        text: 'The Norwegian envoy held meetings with leaders of divided Cyprus in an effort to revive the talks.',
        expect: 'Norway → Cyprus',
      },
      { text: 'Israel held talks with Hamas in a bid to revive the negotiations.', expect: 'none' },
    ],
    match: ({ ctx, an, cue }) => {
      if (!cue.effort && !cue.separately) return undefined;
      if (judgedEffort(an, cue.tok)) return NONE;
      const sides = sidesMet(ctx, an, cue.tok);
      if (!sides) return NONE;
      const { a } = clauseAround(an.tokens, cue.tok.i);
      const mediators = an.mentions
        .filter((m) => m.t0 >= a && m.t1 <= sides.verb && m.kind !== 'PLACE')
        .map((m) => actorOf(ctx, m))
        .filter((g): g is ActorGroup => !!g && !sides.parties.includes(g));
      return mediators.length > 0 ? { mediators: [...new Set(mediators)], parties: sides.parties } : NONE;
    },
  },
  {
    name: 'actors near the cue',
    examples: [
      { text: 'Qatar, which is acting as a mediator, said Hamas and Israel were close to a truce.', expect: 'Qatar' },
      {
        text: 'Envoys of Chad and Niger held talks, brokered by Togo and the African Union.',
        expect: 'Togo, African Union',
      },
      {
        text: 'The talks, facilitated by the African Union, brought together Ethiopia and the Tigray People’s Liberation Front.',
        expect: 'African Union → Ethiopia, TPLF',
      },
    ],
    match: ({ ctx, an, cue }) => {
      const parties = cueParties(ctx, an, cue.tok);
      const mediators = nearbyMediators(ctx, an, cue.tok, parties);
      return mediators.length > 0 ? { mediators, parties } : undefined;
    },
  },
];

/** The actors of the coordinated list ending just before token `end` ("visit Mali and Niger"). */
function listBefore(ctx: ArticleContext, an: SentenceAnalysis, end: number): ActorGroup[] {
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

/** "welcomed efforts to …", "rejected efforts to …", "called for efforts to …": the subject does not make them. */
function judgedEffort(an: SentenceAnalysis, cue: Token): boolean {
  const words = lexicon().mediationWords;
  const { a } = clauseAround(an.tokens, cue.i);
  return phraseBefore(an.tokens, cue.i, a, [...words.bystanders, ...words.refusals, ...words.requests], 5);
}

/**
 * The sides a meeting verb before the cue meets: "met separately with A and B", "held meetings with A
 * and B in an effort to …" (two at least), or "with (the) leaders of X" (one place, several sides).
 */
function sidesMet(
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
  return parties.length >= (groupOf ? 1 : 2) ? { verb, parties } : undefined;
}

/** "US- and EU-brokered": the prefixes left dangling before the one glued to the cue word, at token `at`. */
function danglingPrefixes(ctx: ArticleContext, an: SentenceAnalysis, at: number): ActorGroup[] {
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

/**
 * "Delegations from A and B met for X-brokered talks": the sides whose people the sentence names
 * before the cue (after it, "mediated by representatives from X" names the mediators).
 */
function delegationsOf(ctx: ArticleContext, an: SentenceAnalysis, cue: number): ActorGroup[] {
  const { tokens } = an;
  const groups = lexicon().mediationWords.sideGroups;
  const at = tokens.findIndex(
    (t, k) => k < cue && groups.has(t.lower) && /^(from|of)$/.test(tokens[k + 1]?.lower ?? ''),
  );
  if (at < 0) return [];
  const sides = listAfter(ctx, an, at + 2);
  return sides.length >= 2 ? sides : [];
}
