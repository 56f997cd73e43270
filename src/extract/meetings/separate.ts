import type { Mention, SentenceAnalysis } from '../actors/mentions.js';
import type { ActorGroup } from '../actors/resolve.js';
import { lexicon } from '../lexicon/index.js';
import type { Rule } from '../rule.js';
import type { Trigger } from './triggers.js';

export interface SeparateInput {
  an: SentenceAnalysis;
  triggers: readonly Trigger[];
  participants: readonly ActorGroup[];
  groupOf(m: Mention): ActorGroup | undefined;
}

/** How far "with" may follow the meeting word ("met separately on Sunday with"). */
const WITH_REACH = 5;

/** How far "with" may follow plural calls ("held phone calls in the course of the day with"). */
const PLURAL_CALL_WITH_REACH = 8;

/** Words that end the list of those met: where, when and why it took place, or a new clause. */
const LIST_END = /^(in|on|at|to|during|ahead|before|after|over|about|amid|as|which|who|where|while|since|for)$/;

/**
 * "held separate meetings with A and B", "met separately with A, B and C": one meeting of the subject
 * with each of those listed, not one meeting of them all (the participant sets, one per meeting).
 */
export const SEPARATE_MEETINGS: Rule<SeparateInput, ActorGroup[][]> = {
  name: 'separate meetings',
  examples: [
    {
      text: 'U.S. envoy Tom Perriello held separate meetings with army chief Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo in Nairobi on Sunday.',
      expect:
        'United States, Tom Perriello, Abdel Fattah al-Burhan | United States, Tom Perriello, Rapid Support Forces, Mohamed Hamdan Dagalo',
    },
    {
      text: 'Foreign Minister Omar Siddiq held phone calls during the day with President Lena Varga and Prime Minister Ali Hamdan.',
      expect: 'Omar Siddiq, Lena Varga | Omar Siddiq, Ali Hamdan',
    },
    {
      text: 'Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met separately with Hamas and Israeli officials in Doha on Monday.',
      expect: 'Qatar, Mohammed bin Abdulrahman Al Thani, Hamas | Qatar, Mohammed bin Abdulrahman Al Thani, Israel',
    },
    {
      text: 'Turkish President Recep Tayyip Erdogan called both Isaac Herzog and Naftali Bennett in November.',
      expect: 'Recep Tayyip Erdogan, Isaac Herzog | Recep Tayyip Erdogan, Naftali Bennett',
    },
    {
      text: 'On Monday the mediators met separately with the coordinator of the Transitional Presidential Council (CPT), Leslie Voltaire, and with Prime Minister Alix Didier Fils-Aime.',
      expect: 'Transitional Presidential Council, Leslie Voltaire | Alix Didier Fils-Aime',
    },
  ],
  match({ an, triggers, participants, groupOf }) {
    const { tokens } = an;
    const separate = lexicon().meetingWords.separateWords;
    // ("held phone calls in the course of the day with A and B": calls in the plural are one per person called)
    const pluralCall = (t: Trigger) => t.kind === 'CALL' && /s$/.test(tokens[t.tok.i + t.length - 1]?.lower ?? '');
    // ("Erdogan called both Herzog and Bennett": one call to each)
    const callsBoth = (t: Trigger) =>
      t.kind === 'CALL' &&
      lexicon().meetingWords.counterpartCallVerbs.has(t.tok.lower) &&
      tokens[t.tok.i + 1]?.lower === 'both';
    const trigger = triggers.find(
      (t) =>
        pluralCall(t) ||
        callsBoth(t) ||
        [-2, -1, 1, 2].some((d) => separate.has(tokens[t.tok.i + d]?.lower ?? '') && tokens[t.tok.i + d]!.word),
    );
    if (!trigger) return undefined;
    const reach = trigger.length - 1 + (pluralCall(trigger) ? PLURAL_CALL_WITH_REACH : WITH_REACH);
    const w = callsBoth(trigger)
      ? trigger.tok.i + 1
      : tokens.findIndex((t, k) => k > trigger.tok.i && k <= trigger.tok.i + reach && t.lower === 'with');
    if (w < 0) return undefined;
    const chunks = listedAfter(an, w + 1).map((span) => ({
      described: tokens[span.a]?.lower === 'the',
      groups: an.mentions
        .filter((m) => m.kind !== 'PLACE' && m.t0 >= span.a && m.t1 <= span.b)
        .map(groupOf)
        .filter((g): g is ActorGroup => !!g && participants.includes(g)),
    }));
    // "the coordinator of the council, Leslie Voltaire, and …": a person after a description is that one item
    const items: ActorGroup[][] = [];
    chunks.forEach((c, k) => {
      const previous = chunks[k - 1];
      const apposed =
        !!previous?.described &&
        !previous.groups.some((g) => g.kind === 'PERSON') &&
        c.groups.length === 1 &&
        c.groups[0]!.kind === 'PERSON';
      if (apposed && items.length > 0) items[items.length - 1]!.push(...c.groups);
      else items.push([...c.groups]);
    });
    const met = items.filter((c) => c.length > 0);
    const listed = new Set(met.flat());
    const subject = participants.filter((g) => !listed.has(g));
    // ("the mediators met separately with A and with B": the subject may be no one named)
    if (met.length < 2) return undefined;
    return met.map((c) => [...subject, ...c.filter((g, k) => c.indexOf(g) === k)]);
  },
};

/** The items of the list opening at `from` ("A, B and C"), as token spans, up to where the list ends. */
function listedAfter(an: SentenceAnalysis, from: number): Array<{ a: number; b: number }> {
  const { tokens } = an;
  const spans: Array<{ a: number; b: number }> = [];
  let a = from;
  let k = from;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    // "(CPT)": an acronym in brackets is part of its item
    if (t.text === '(') {
      const close = tokens.findIndex((x, n) => n > k && x.text === ')');
      if (close > k && close <= k + 4) {
        k = close;
        continue;
      }
    }
    if (/^[.;:()“”"]$/.test(t.text) || LIST_END.test(t.lower)) break;
    if (t.lower === 'and' || t.text === ',' || t.lower === 'with') {
      if (k > a) spans.push({ a, b: k });
      a = k + 1;
    }
  }
  if (k > a) spans.push({ a, b: k });
  return spans;
}
