import { contentStart } from '../content.js';
import type { StatementRule } from '../draft.js';
import { quoteOpeningAt } from '../quotes.js';
import { pastAddressee } from './subject-cue-content.js';
import { STATEMENT_WORDS as W } from '../words.js';

/**
 * "X said A, adding that B": a second statement of the same speaker. When the continuation quotes words
 * ("“A,” X said, noting that “B”"; "…, stating, “B”") the speaker's words go on: one statement.
 */
export const continuation: StatementRule = {
  name: 'continuation',
  cue: 'continuation',
  examples: [
    {
      text: 'Kenyan President William Ruto said the ceasefire would hold, adding that observers would arrive on Monday.',
      expect: "William Ruto → 'observers would arrive on Monday'",
    },
    {
      text: '“We are ready,” the Qatari Foreign Ministry said, noting that both delegations had arrived in Doha.',
      expect: "Qatari Foreign Ministry → 'both delegations had arrived in Doha'",
    },
  ],
  match({ ctx, an, v, found }) {
    const previous = found[found.length - 1];
    if (!previous) return undefined;
    const { tokens } = an;
    const c = W.addresseeCues.has(tokens[v]!.lower) ? pastAddressee(tokens, v) : v + 1;
    if (c === null) return undefined;
    const start = contentStart(tokens, c);
    if (start === null) return undefined;
    const q = quoteOpeningAt(ctx.quotes, start);
    const end = q ? q.innerEnd : an.sentence.end;
    const quotesWords = !!q || ctx.article.body.slice(start, end).search(/[“"]/) >= 0;
    return {
      continuesPrevious: quotesWords,
      drafts: [
        {
          speaker: previous.speaker,
          via: previous.via,
          textStart: q ? q.innerStart : start,
          textEnd: end,
          direct: !!q,
          sentence: an.sentence.index,
          verb: tokens[v]!,
          unnamed: previous.unnamed,
        },
      ],
    };
  },
};
