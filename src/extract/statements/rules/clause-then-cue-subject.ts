import { lastIndexBefore, sentenceContentStart } from '../content.js';
import { opensRelativeClause } from '../../clause.js';
import type { StatementRule } from '../draft.js';
import { outletIn, speakerIn, unnamedSpeaker } from '../source.js';
import { STATEMENT_WORDS as W } from '../words.js';

/** "CLAUSE, said X." / "CLAUSE, declared the leader of Y, Z.": the subject follows the cue; "…, said the group wanted…" is a new clause. */
export const clauseThenCueSubject: StatementRule = {
  name: 'clause-then-cue-subject',
  cue: 'clause',
  examples: [
    {
      text: 'The border crossing will reopen next week, announced the Egyptian Foreign Ministry on Tuesday.',
      expect: "Egyptian Foreign Ministry → 'The border crossing will reopen next week'",
    },
    {
      text: 'The border crossing will reopen next week, said a Kenyan official, who asked not to be named.',
      expect: "Kenya → 'The border crossing will reopen next week'",
    },
  ],
  match({ ctx, an, v, state }) {
    const { tokens } = an;
    const comma = lastIndexBefore(tokens, v, ',');
    if (comma <= 2 || W.clauseJoiners.has(tokens[comma + 1]?.lower ?? '')) return undefined;
    // "…, said the sources, who asked not to be named": the relative clause describes the subject
    const relative = tokens.findIndex((_, k) => k > v && opensRelativeClause(tokens, k));
    const end = relative > 0 ? relative : tokens.length;
    const rest = tokens.slice(v + 1, end).filter((t) => t.word);
    if (tokens[v - 1]?.text !== ',' || rest.length > 12) return undefined;
    const finite = rest.some((t) => W.finiteVerbs.has(t.lower) || (/[a-z]ed$/.test(t.text) && !t.cap));
    const nearSubject =
      !finite ||
      an.mentions.some(
        (m) =>
          m.t0 > v &&
          m.t0 <= v + 3 &&
          m.kind !== 'PLACE' &&
          !/^['’]s$/.test(tokens[m.t1]?.text ?? '') &&
          (tokens[m.t1]?.text === ',' || tokens.slice(m.t1, end).filter((t) => t.word).length <= 3),
      );
    if (!nearSubject) return undefined;
    const named = speakerIn(ctx, an, v + 1, end, state);
    const speaker = named ?? unnamedSpeaker(ctx, an, v + 1, end, state);
    if (!speaker) return undefined;
    return {
      drafts: [
        {
          speaker,
          via: outletIn(ctx, an, speaker),
          textStart: sentenceContentStart(tokens, 0),
          textEnd: tokens[v - 1]!.start,
          direct: false,
          sentence: an.sentence.index,
          verb: tokens[v]!,
          unnamed: !named,
        },
      ],
    };
  },
};
