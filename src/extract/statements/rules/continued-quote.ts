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
    {
      text: '“We will not sign,” said rebel commander Daniel Okoth.\n\n“We offered a truce. They refused it.”',
      expect: "Daniel Okoth → 'We offered a truce. They refused it'",
    },
  ],
  match({ ctx, an, state }) {
    const speaker = state.lastSpeaker;
    if (!speaker || state.lastSentence !== an.sentence.index - 1) return undefined;
    const q = quoteOpeningAt(ctx.quotes, an.sentence.start);
    const body = ctx.article.body;
    if (!q || q.end < an.sentence.end - 2) return undefined;
    // “A. B.”: a quote of several sentences ends where one of them ends, in the same paragraph
    const last = lastSentenceOf(ctx.article.sentences, an.sentence.index, q.end);
    if (last < 0 || body.slice(an.sentence.start, q.end).includes('\n')) return undefined;
    // “B!” he added. — the quote has an attribution of its own in the next sentence
    const next = ctx.analyses[last + 1]?.tokens[0];
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

/** The index of the sentence (from `from` on) that ends where the quote ends, or -1. */
function lastSentenceOf(
  sentences: ReadonlyArray<{ index: number; end: number }>,
  from: number,
  quoteEnd: number,
): number {
  for (let k = from; k < sentences.length && sentences[k]!.end <= quoteEnd + 1; k++)
    if (Math.abs(sentences[k]!.end - quoteEnd) <= 1) return k;
  return -1;
}
