import type { SentenceAnalysis } from '../actors/mentions.js';
import { findDates } from '../dates.js';
import { lexicon } from '../lexicon/index.js';
import type { Rule } from '../rule.js';
import type { Token } from '../tokens.js';

export interface RoundsInput {
  an: SentenceAnalysis;
  publishedAt: string | null;
  /** "in Bogotá": the place named at token j, if one is. */
  placeAt(j: number): { name: string; end: number } | null;
}

/** One round of a list: where and when it was held. */
export interface ListedRound {
  location: string | null;
  date: string;
  /** Token where its item of the list starts (its evidence). */
  at: number;
}

export interface ListedRounds {
  rounds: ListedRound[];
  /** Tokens between the round noun and its verb ("between the government and the ELN"): where its sides are named. */
  sides: { a: number; b: number };
  planned: boolean;
}

/** How far the held verb may follow the round noun ("Earlier rounds between the regime and the TNLA took place"). */
const VERB_REACH = 10;

/** Words that end the list: a new clause or a comment on all the rounds ("all with Omani mediation"). */
const LIST_END = /^(all|both|which|where|while|but|when|after|before|since|with|without|under)$/;

/**
 * "The second and third rounds were held in Bogotá in June 2024 and in Caracas in November 2024": one
 * round per place and date of the list (a place goes on to the dates after it), when the list has two.
 */
export const LISTED_ROUNDS: Rule<RoundsInput, ListedRounds> = {
  name: 'rounds listed with their places and dates',
  examples: [
    {
      text: 'Colombia and the ELN held talks in Havana on Monday. The second and third rounds were held in Bogota in June 2023 and in Caracas in November 2023.',
      expect: 'Bogota 2023-06 | Caracas 2023-11',
    },
    {
      text: 'Earlier rounds between Myanmar and the Arakan Army took place in Kunming in October 2023 and February 2024.',
      expect: 'Kunming 2023-10 | Kunming 2024-02',
    },
    {
      text: 'Oman hosted talks between Iran and the United States in Muscat on Sunday. The first and third rounds were held in Muscat on April 12 and April 26, and the second in Rome on April 19, all with Omani mediation.',
      expect: 'Muscat 2024-04-12 | Muscat 2024-04-26 | Rome 2024-04-19',
    },
    { text: 'Previous rounds were held in Doha in March 2024.' },
    { text: 'The rounds were held in Doha and Cairo.' },
  ],
  match({ an, publishedAt, placeAt }) {
    const { tokens } = an;
    const nouns = lexicon().meetingWords.listedRoundNouns;
    const noun = tokens.findIndex((t) => nouns.has(t.lower));
    if (noun < 0) return undefined;
    const verb = heldVerbAfter(tokens, noun);
    if (verb < 0) return undefined;
    const planned = tokens.slice(noun, verb).some((t) => /^(will|would|to)$/.test(t.lower));
    const rounds: ListedRound[] = [];
    let place: string | null = null;
    for (const item of listItems(tokens, verb + 1)) {
      const named = item.tokens.findIndex((t, k) => /^(in|at)$/.test(t.lower) && !!placeAt(item.from + k + 1));
      if (named >= 0) place = placeAt(item.from + named + 1)!.name;
      const text = an.sentence.text.slice(
        item.tokens[0]!.start - an.sentence.start,
        item.tokens[item.tokens.length - 1]!.end - an.sentence.start,
      );
      const date = findDates(text, publishedAt, planned ? 'future' : 'past')[0]?.date;
      if (!date) break;
      rounds.push({ location: place, date, at: item.from });
    }
    return rounds.length >= 2 ? { rounds, sides: { a: noun + 1, b: verb }, planned } : undefined;
  },
};

/** "were held", "took place", "have been held": the token of the verb after the round noun, or -1. */
function heldVerbAfter(tokens: Token[], noun: number): number {
  for (let k = noun + 1; k < tokens.length && k <= noun + VERB_REACH; k++) {
    const t = tokens[k]!;
    if (/^[,;:.]$/.test(t.text)) return -1;
    if (t.lower === 'held' && tokens[k - 1]?.lower !== 'being') return k;
    if (/^(took|take)$/.test(t.lower) && tokens[k + 1]?.lower === 'place') return k + 1;
  }
  return -1;
}

/** The items of the list after the verb, split at "and" and commas, up to its end. */
function listItems(tokens: Token[], from: number): { from: number; tokens: Token[] }[] {
  const items: { from: number; tokens: Token[] }[] = [];
  let start = from;
  for (let k = from; k <= tokens.length; k++) {
    const t = tokens[k];
    const ends = !t || /^[;.:]$/.test(t.text);
    if (ends || t.text === ',' || t.lower === 'and') {
      const words = tokens.slice(start, k).filter((x) => x.word);
      if (words.length > 0) items.push({ from: start, tokens: tokens.slice(start, k) });
      if (ends || LIST_END.test(tokens[k + 1]?.lower ?? '')) break;
      start = k + 1;
    }
  }
  return items;
}
