import type { Mention, SentenceAnalysis } from '../actors/mentions.js';
import { clauseAround } from '../clause.js';
import { lexicon } from '../lexicon/index.js';
import { phraseAt } from '../mediations/cues.js';
import type { Rule } from '../rule.js';

/**
 * Sentences without a meeting word of their own that name who takes part in the meeting reported just
 * before them (src/extract/meetings/detect.ts joins them to it).
 */
type JoinerRule = Rule<{ an: SentenceAnalysis }, Mention[]>;

/**
 * "X led his country's team, while Y headed the American side", "The Ukrainian delegation was headed by
 * Rustem Umerov": the leader, and the state the side is named by.
 */
const DELEGATION_LEADER: JoinerRule = {
  name: 'delegation leader',
  examples: [
    {
      text: "Iranian Foreign Minister Abbas Araghchi led his country's team, while U.S. special envoy Steve Witkoff headed the American side.",
      expect: 'Abbas Araghchi, Steve Witkoff, United States',
    },
    { text: 'The Ukrainian delegation was headed by Rustem Umerov.', expect: 'Rustem Umerov, Ukraine' },
    { text: "The Hamas delegation is led by the group's Gaza chief Khalil al-Hayya.", expect: 'Khalil al-Hayya' },
    { text: 'Kuol Manyang Juuk heads the government delegation.', expect: 'Kuol Manyang Juuk' },
  ],
  match({ an }) {
    const found: Mention[] = [];
    an.tokens.forEach((t, v) => {
      if (!lexicon().meetingWords.leadVerbs.has(t.lower)) return;
      const passive = an.tokens[v + 1]?.lower === 'by';
      const states = passive ? sideBefore(an, v) : sideAfter(an, v);
      if (!states) return;
      const leader = passive ? leaderAfterBy(an, v + 1) : an.mentions.find((m) => m.t1 === v && m.kind === 'PERSON');
      if (!leader) return;
      found.push(leader, ...states.filter((m) => !found.includes(m)));
    });
    return found.length ? found : undefined;
  },
};

/** "by the group's Gaza chief Khalil al-Hayya": the person after "by" and the words of their title. */
function leaderAfterBy(an: SentenceAnalysis, by: number): Mention | undefined {
  const leader = an.mentions.find((m) => m.t0 > by && m.t0 <= by + 1 + TITLE_WORDS && m.kind === 'PERSON');
  const title = an.tokens.slice(by + 1, leader?.t0 ?? by);
  return title.every((t) => t.word || /^['’]s?$/.test(t.text)) ? leader : undefined;
}

/** Words of a leader's title between "by" and the name. */
const TITLE_WORDS = 6;

/** Determiners and modifiers a side may take: "his country's team", "the American side". */
const SIDE_WORDS = 4;

/**
 * "led his country's team": a side named after an active lead verb, within a few words; the states it is named by
 * ("the American side"), or undefined when no side is named.
 */
function sideAfter(an: SentenceAnalysis, v: number): Mention[] | undefined {
  for (let k = v + 1; k <= v + SIDE_WORDS && k < an.tokens.length; k++) {
    if (lexicon().meetingWords.ledSideNouns.has(an.tokens[k]!.lower)) return statesIn(an, v + 1, k);
    if (!an.tokens[k]!.word && !/^['’]s?$/.test(an.tokens[k]!.text)) return undefined;
  }
  return undefined;
}

/** "The Ukrainian delegation was headed by": a side named just before the passive verb, as sideAfter. */
function sideBefore(an: SentenceAnalysis, v: number): Mention[] | undefined {
  const aux = v - 1;
  if (!/^(was|is|were|are|be)$/.test(an.tokens[aux]?.lower ?? '')) return undefined;
  const noun = an.tokens[aux - 1]?.lower === 'been' ? aux - 2 : aux - 1;
  if (!lexicon().meetingWords.ledSideNouns.has(an.tokens[noun]?.lower ?? '')) return undefined;
  return statesIn(an, Math.max(0, noun - SIDE_WORDS), noun);
}

function statesIn(an: SentenceAnalysis, from: number, to: number): Mention[] {
  return an.mentions.filter((m) => m.t0 >= from && m.t1 <= to && m.entry?.kind === 'COUNTRY');
}

/**
 * "Christodoulides and Tatar are expected to attend, along with Greece, Turkey and Britain": the subject of an
 * attendance verb with no object, and who comes along with it.
 */
const ATTENDANCE: JoinerRule = {
  name: 'attendance without an object',
  examples: [
    {
      text: 'Greek Cypriot leader Nikos Christodoulides and Turkish Cypriot leader Ersin Tatar are expected to attend, along with the foreign ministers of Greece and Turkey.',
      expect: 'Nikos Christodoulides, Ersin Tatar, Greece, Turkey',
    },
    { text: 'Egyptian President Abdel Fattah al-Sisi will also take part.', expect: 'Abdel Fattah al-Sisi' },
  ],
  match({ an }) {
    const { tokens } = an;
    const { attendanceVerbs, companionLeads } = lexicon().meetingWords;
    const v = tokens.findIndex((t, k) => attendanceVerbs.some((p) => phraseAt(tokens, k, p)) && t.word);
    if (v < 0) return undefined;
    const phrase = attendanceVerbs.find((p) => phraseAt(tokens, v, p))!;
    const after = v + phrase.length;
    // "to attend the summit" has its own meeting word; "to attend, along with …" or "to attend." does not
    const next = tokens[after];
    const companions = next && companionLeads.some((p) => phraseAt(tokens, after + (next.text === ',' ? 1 : 0), p));
    if (next?.word && !companions) return undefined;
    const { a } = clauseAround(tokens, v);
    const subject = an.mentions.filter((m) => m.t0 >= a && m.t1 <= v && actor(m));
    const along = companions ? an.mentions.filter((m) => m.t0 > after && actor(m)) : [];
    const found = [...subject, ...along];
    return found.length ? found : undefined;
  },
};

const actor = (m: Mention): boolean => m.kind !== 'PLACE' && m.kind !== 'MEDIA';

export const JOINER_RULES: readonly JoinerRule[] = [DELEGATION_LEADER, ATTENDANCE];
