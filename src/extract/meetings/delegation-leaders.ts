import type { Mention, SentenceAnalysis } from '../actors/mentions.js';
import { lexicon } from '../lexicon/index.js';
import type { Rule } from '../rule.js';

/**
 * "X led his country's team, while Y headed the American side", "The Ukrainian delegation was headed by
 * Rustem Umerov": a sentence that names who leads a side, after a meeting was reported, names participants
 * of that meeting (the leader, and the state the side is named by).
 */
export const DELEGATION_LEADER: Rule<{ an: SentenceAnalysis }, Mention[]> = {
  name: 'delegation leader',
  examples: [
    {
      text: "Iranian Foreign Minister Abbas Araghchi led his country's team, while U.S. special envoy Steve Witkoff headed the American side.",
      expect: 'Abbas Araghchi, Steve Witkoff, United States',
    },
    { text: 'The Ukrainian delegation was headed by Rustem Umerov.', expect: 'Rustem Umerov, Ukraine' },
    { text: 'Kuol Manyang Juuk heads the government delegation.', expect: 'Kuol Manyang Juuk' },
  ],
  match({ an }) {
    const found: Mention[] = [];
    an.tokens.forEach((t, v) => {
      if (!lexicon().meetingWords.leadVerbs.has(t.lower)) return;
      const passive = an.tokens[v + 1]?.lower === 'by';
      const side = passive ? sideBefore(an, v) : sideAfter(an, v);
      if (!side) return;
      const leader = passive
        ? an.mentions.find((m) => m.t0 === v + 2 && m.kind === 'PERSON')
        : an.mentions.find((m) => m.t1 === v && m.kind === 'PERSON');
      if (!leader) return;
      found.push(leader, ...side.states.filter((m) => !found.includes(m)));
    });
    return found.length ? found : undefined;
  },
};

/** Determiners and modifiers a side may take: "his country's team", "the American side". */
const SIDE_WORDS = 4;

interface Side {
  /** The states the side is named by ("the American side"). */
  states: Mention[];
}

/** "led his country's team": the side named after an active lead verb, within a few words. */
function sideAfter(an: SentenceAnalysis, v: number): Side | undefined {
  for (let k = v + 1; k <= v + SIDE_WORDS && k < an.tokens.length; k++) {
    if (lexicon().meetingWords.ledSideNouns.has(an.tokens[k]!.lower)) return { states: statesIn(an, v + 1, k) };
    if (!an.tokens[k]!.word && !/^['’]s?$/.test(an.tokens[k]!.text)) return undefined;
  }
  return undefined;
}

/** "The Ukrainian delegation was headed by": the side named just before the passive verb. */
function sideBefore(an: SentenceAnalysis, v: number): Side | undefined {
  const aux = v - 1;
  if (!/^(was|is|were|are|be)$/.test(an.tokens[aux]?.lower ?? '')) return undefined;
  const noun = an.tokens[aux - 1]?.lower === 'been' ? aux - 2 : aux - 1;
  if (!lexicon().meetingWords.ledSideNouns.has(an.tokens[noun]?.lower ?? '')) return undefined;
  const from = Math.max(0, noun - SIDE_WORDS);
  return { states: statesIn(an, from, noun) };
}

function statesIn(an: SentenceAnalysis, from: number, to: number): Mention[] {
  return an.mentions.filter((m) => m.t0 >= from && m.t1 <= to && m.entry?.kind === 'COUNTRY');
}
