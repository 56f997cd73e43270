import type { StatementRule } from '../draft.js';
import { quoteOpeningAt } from '../quotes.js';

/**
 * A sentence that is only a quote, right after a quoted statement: the same speaker goes on. In the same
 * paragraph (“A,” X said. “B.”) it is the same statement; in a new paragraph, a new one.
 */
export const continuedQuote: StatementRule = {
  name: 'continued-quote',
  cue: 'sentence',
  examples: [
    {
      text: '“We will not sign,” said rebel commander Daniel Okoth.\n\n“The army must leave our villages first.”',
      expect: "Daniel Okoth → 'The army must leave our villages first'",
    },
  ],
  match({ ctx, an, state }) {
    const speaker = state.lastSpeaker;
    if (!speaker || state.lastSentence !== an.sentence.index - 1) return undefined;
    const q = quoteOpeningAt(ctx.quotes, an.sentence.start);
    if (!q || q.end < an.sentence.end - 2 || q.end > an.sentence.end + 1) return undefined;
    const body = ctx.article.body;
    // “B!” he added. — the quote has an attribution of its own in the next sentence
    const next = ctx.analyses[an.sentence.index + 1]?.tokens[0];
    if (next?.word && !next.cap && !body.slice(q.end, next.start).includes('\n')) return undefined;
    const previous = ctx.article.sentences[state.lastSentence]!;
    const sameParagraph = !body.slice(previous.end, an.sentence.start).includes('\n');
    const draft = {
      speaker,
      via: null,
      textStart: q.innerStart,
      textEnd: q.innerEnd,
      direct: true,
      sentence: an.sentence.index,
      verb: an.tokens[0]!,
    };
    return { drafts: [draft], continuesPrevious: sameParagraph };
  },
};
