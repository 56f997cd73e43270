import { accordingEnd, sentenceContentStart } from '../content.js';
import type { StatementRule } from '../draft.js';
import { jointStatementSpeaker, speakerIn } from '../source.js';

/** "CLAUSE, according to X." / "According to X, CLAUSE.": the rest of the sentence is X's. */
export const accordingTo: StatementRule = {
  name: 'according-to',
  cue: 'according',
  examples: [
    {
      text: 'The prisoners will be freed on Sunday, according to the Qatari Foreign Ministry.',
      expect: "Qatari Foreign Ministry → 'The prisoners will be freed on Sunday'",
    },
    {
      text: 'Chad and Niger agreed to reopen their embassies, according to a joint statement.',
      expect: "Chad → 'Chad and Niger agreed to reopen their embassies'",
    },
    {
      text: 'According to Ali Hamdan, a foreign policy adviser to Chadian President Omar Siddiq, the border change is a precondition.',
      expect: "Ali Hamdan → 'the border change is a precondition'",
    },
  ],
  match({ ctx, an, v, state }) {
    const { tokens } = an;
    if (tokens[v]!.lower !== 'according' || tokens[v + 1]?.lower !== 'to') return undefined;
    const end = accordingEnd(tokens, v + 2);
    const speaker = speakerIn(ctx, an, v + 2, end, state) ?? jointStatementSpeaker(ctx, an, v + 2, end);
    if (!speaker) return undefined;
    const before = v > 2;
    const after = tokens[end]?.text === ',' ? end + 1 : end;
    const textStart = before ? sentenceContentStart(tokens, 0) : (tokens[after]?.start ?? an.sentence.end);
    const textEnd = before ? (tokens[v - 1]!.text === ',' ? tokens[v - 1]!.start : tokens[v]!.start) : an.sentence.end;
    if (textEnd <= textStart) return { drafts: [] };
    return {
      drafts: [
        {
          speaker,
          via: null,
          textStart,
          textEnd,
          direct: false,
          sentence: an.sentence.index,
          verb: tokens[v]!,
        },
      ],
    };
  },
};
