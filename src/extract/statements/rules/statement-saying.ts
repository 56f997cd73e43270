import { contentStart, subjectStart } from '../content.js';
import { afterCue } from '../cue.js';
import type { StatementRule } from '../draft.js';
import { quoteOpeningAt } from '../quotes.js';
import { outletIn, subjectSpeaker } from '../source.js';

/** "X issued a statement saying (that) …", "X posted a message announcing …": the message's content is X's. */
export const statementSaying: StatementRule = {
  name: 'statement-saying',
  cue: 'statement',
  examples: [
    {
      text: 'The Sudanese army issued a statement saying that its delegation would not return to Jeddah.',
      expect: "Sudanese Armed Forces → 'its delegation would not return to Jeddah'",
    },
  ],
  match({ ctx, an, v, state }) {
    const { tokens } = an;
    const speaker = subjectSpeaker(ctx, an, subjectStart(tokens, v), v, state);
    if (!speaker) return undefined;
    const start = contentStart(tokens, afterCue(tokens, v));
    if (start === null) return undefined;
    const q = quoteOpeningAt(ctx.quotes, start);
    return {
      drafts: [
        {
          speaker,
          via: outletIn(ctx, an, speaker),
          textStart: q ? q.innerStart : start,
          textEnd: q ? q.innerEnd : an.sentence.end,
          direct: !!q,
          sentence: an.sentence.index,
          verb: tokens[v]!,
        },
      ],
    };
  },
};
