import { lexicon } from '../../lexicon/index.js';
import type { Token } from '../../tokens.js';
import { contentStart, subjectStart } from '../content.js';
import { actParticleAt, cueKinds } from '../cue.js';
import type { StatementRule } from '../draft.js';
import { outletIn, subjectSpeaker, unnamedSpeaker } from '../source.js';
import { STATEMENT_WORDS as W } from '../words.js';

/** "X urged Y to …", "X called on Y to …", "X accused Y of …", "X vowed to …": what follows the act is X's. */
export const actObject: StatementRule = {
  name: 'act-object',
  cue: 'act',
  examples: [
    {
      text: 'The African Union urged both armies to "return to the negotiating table in Jeddah."',
      expect: "African Union → 'both armies to return to the negotiating table in Jeddah'",
    },
    {
      text: 'Kenyan President William Ruto called on the rebels to lay down their weapons.',
      expect: "William Ruto → 'the rebels to lay down their weapons'",
    },
    {
      text: 'The African Union called in October last year for all parties to return to the talks.',
      expect: "African Union → 'all parties to return to the talks'",
    },
    {
      text: 'Kenya’s foreign ministry objected to Ethiopia’s leadership of the talks, accusing Addis Ababa of bias.',
      expect: "Kenyan Foreign Ministry → 'Ethiopia’s leadership of the talks, accusing Addis Ababa of bias'",
    },
    {
      text: 'Egypt accused Ethiopia of filling the reservoir without an agreement.',
      expect: "Egypt → 'Ethiopia of filling the reservoir without an agreement'",
    },
    {
      text: 'Uganda called upon the region to respect the accord, while Kenya assured that no neighbour would be harmed.',
      expect: "Uganda → 'the region to respect the accord'",
    },
    {
      text: 'Chad and Niger met in Doha. It was their third exchange, according to the Qatari foreign ministry, which thanked both governments for their cooperation.',
    },
    {
      text: 'Diplomats say the United Arab Emirates, which the army accuses of arming the RSF, has become an obstacle to peace.',
    },
    {
      text: 'Blinken spoke by phone with Prime Minister Mohammed bin Abdulrahman Al Thani to thank him for Qatar’s role, the State Department said.',
    },
    {
      text: 'The African Union expressed deep concern over the clashes in a statement issued late on Friday.',
      expect: "African Union → 'deep concern over the clashes'",
    },
  ],
  match({ ctx, an, v, state }) {
    const { tokens } = an;
    // "The declaration calls for peace in Syria and urges…": the subject of the first verb, not a name in its object
    const head = coordinatedCue(tokens, v);
    // "spoke by phone with X to thank him for…": an act the sentence gives as a purpose, not one reported done
    // ("continued to call for a truce" still reports one)
    if (tokens[head - 1]?.lower === 'to' && !/^continu/.test(tokens[head - 2]?.lower ?? '')) return undefined;
    const subject = subjectStart(tokens, head);
    // "…, according to the ministry, which thanked both governments": an aside on an actor, not its words
    // ("the UAE, which the army accuses of arming the RSF, has become…": an act inside a relative clause)
    const comma = tokens.findLastIndex((t, k) => k < head && t.text === ',');
    if (comma >= 0 && head - comma <= RELATIVE_SUBJECT_WORDS && W.relativeWords.has(tokens[comma + 1]?.lower ?? ''))
      return undefined;
    const speaker = subjectSpeaker(ctx, an, subject, head, state) ?? unnamedSpeaker(ctx, an, subject, head, state);
    if (!speaker) return undefined;
    const particle = W.particleActs.has(tokens[v]!.lower) ? actParticleAt(tokens, v) : -1;
    const from = particle > 0 ? particle + 1 : W.actParticles.has(tokens[v + 1]!.lower) ? v + 2 : v + 1;
    const to = actEnd(tokens, from);
    // "X called for talks, while Y assured that…": the sentence is read on at the second subject
    const resumeAt = tokens[to]?.text === ',' ? to + 2 : undefined;
    const start = contentStart(tokens, from);
    if (start === null || start >= tokens[to - 1]!.end) return undefined;
    if (tokens.slice(from, to).filter((t) => t.word).length < 3) return undefined;
    // "urged", "vowed", "promised" often report an act, not words: only with the words quoted
    if (W.quotedActCues.has(tokens[v]!.lower) && !tokens.slice(from, to).some((t) => /^[“"]$/.test(t.text)))
      return undefined;
    return {
      drafts: [
        {
          speaker,
          via: outletIn(ctx, an, speaker),
          textStart: start,
          textEnd: tokens[to - 1]!.end,
          direct: false,
          sentence: an.sentence.index,
          verb: tokens[v]!,
        },
      ],
      resumeAt,
    };
  },
};

/** Words a relative clause may have before its act ("which the Sudanese army accuses"). */
const RELATIVE_SUBJECT_WORDS = 6;

/** The end of the act's clause: the sentence end, a semicolon, or a comma before "while"/"but". */
function actEnd(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === ';' || (t.text === ',' && W.contrastWords.has(tokens[k + 1]?.lower ?? ''))) return k;
    // "expressed concern and said…": the next statement
    if (t.lower === 'and' && lexicon().reporting.has(tokens[k + 1]?.lower ?? '')) return k;
    // "expressed concern over the clashes in a statement issued late on Friday": where it was said
    if (
      t.lower === 'in' &&
      /^(a|an|its|their|the)$/.test(tokens[k + 1]?.lower ?? '') &&
      W.statementNouns.has(tokens[k + 2]?.lower ?? '')
    )
      return k;
  }
  return tokens.length;
}

/** For a cue after "and", the earlier cue of its clause it is coordinated with ("calls for … and urges"); else `v`. */
function coordinatedCue(tokens: Token[], v: number): number {
  if (tokens[v - 1]?.lower !== 'and') return v;
  const from = subjectStart(tokens, v);
  for (let k = from; k < v - 1; k++) if (cueKinds(tokens, k).size > 0 && !tokens[k]!.cap) return k;
  return v;
}
