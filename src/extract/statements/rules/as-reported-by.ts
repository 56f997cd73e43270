import { sentenceContentStart } from '../content.js';
import type { StatementRule } from '../draft.js';
import { outletIn, speakerIn } from '../source.js';
import { STATEMENT_WORDS as W } from '../words.js';

/**
 * "CLAUSE, as reported by X." / "A, as announced by X, B." / "As reported by X, CLAUSE.": the sentence
 * without the phrase is X's.
 */
export const asReportedBy: StatementRule = {
  name: 'as-reported-by',
  cue: 'verb',
  examples: [
    {
      text: 'The talks will take place with the support of the region, as announced by the Kenyan Foreign Ministry.',
      expect: "Kenyan Foreign Ministry → 'The talks will take place with the support of the region'",
    },
    {
      text: 'The envoy plans to visit several camps, possibly including, as reported by the Kenyan daily Nation, the camp at Dadaab.',
      expect: "Nation → 'The envoy plans to visit several camps, possibly including the camp at Dadaab'",
    },
    { text: '“The envoys will return,” Kenyan President William Ruto was quoted as saying by Reuters.' },
  ],
  match({ ctx, an, v, state }) {
    const { tokens } = an;
    if (tokens[v - 1]?.lower !== 'as' || tokens[v + 1]?.lower !== 'by') return undefined;
    // "X was quoted as saying by IRNA": X is quoted (quoted-as-saying), the outlet only carried it
    if (W.quoteCues.has(tokens[v - 2]?.lower ?? '')) return undefined;
    let end = v + 2;
    while (end < tokens.length && !/^[,.;:“”"]$/.test(tokens[end]!.text)) end++;
    const speaker = speakerIn(ctx, an, v + 2, end, state);
    if (!speaker) return undefined;
    const as = v - 1;
    const before = tokens.slice(0, as).filter((t) => t.word).length >= 3;
    const after = tokens[end]?.text === ',' && tokens.slice(end + 1).filter((t) => t.word).length >= 3;
    if (!before && !after) return undefined;
    const cut = tokens[as - 1]?.text === ',' ? tokens[as - 1]!.start : tokens[as]!.start;
    const rest: [number, number] = [tokens[end + 1]?.start ?? an.sentence.end, an.sentence.end];
    const draft = {
      speaker,
      via: outletIn(ctx, an, speaker),
      textStart: before ? sentenceContentStart(tokens, 0) : rest[0],
      textEnd: before ? cut : rest[1],
      direct: false,
      sentence: an.sentence.index,
      verb: tokens[v]!,
      ...(before && after ? { more: [rest], gapped: true } : {}),
    };
    return { drafts: [draft] };
  },
};
