import { opensRelativeClause } from '../../clause.js';
import { lexicon } from '../../lexicon/index.js';
import { lastIndexBefore, quoteEndingBefore } from '../content.js';
import type { CueInput, StatementRule } from '../draft.js';
import { type Quote, quoteOpeningAt } from '../quotes.js';
import { outletIn, speakerIn, unnamedSpeaker } from '../source.js';
import { STATEMENT_WORDS as W } from '../words.js';

/** “…,” said X / “…,” X said / “…,” a source told AFP: the quote before the cue is the statement. */
export const quoteThenCue: StatementRule = {
  name: 'quote-then-cue',
  cue: 'quote',
  examples: [
    {
      text: '“We will not go back to war,” Kenyan President William Ruto said.',
      expect: "William Ruto → 'We will not go back to war'",
    },
    {
      text: '“The crossing stays closed,” said Egyptian Foreign Minister Sameh Shoukry.',
      expect: "Sameh Shoukry → 'The crossing stays closed'",
    },
    {
      text: 'Kenyan President William Ruto met the envoys.\n“We will not go back to war,” the Kenyan leader said.',
      expect: "William Ruto → 'We will not go back to war'",
    },
    {
      text: 'Kenyan President William Ruto said the talks would go on. The Congolese government spokesman, Patrick Muyaya, dismissed the offer. “We have seen too many summits,” he told reporters.',
      expect: "Patrick Muyaya → 'We have seen too many summits'",
    },
    {
      text: 'Kenyan President William Ruto said the talks would go on. He met Patrick Muyaya on Monday. “We have seen progress,” he told reporters.',
      expect: "William Ruto → 'We have seen progress'",
    },
    {
      text: '“We are ready to host the talks,” Kenyan President William Ruto said, “but both sides must come in good faith.”',
      expect: "William Ruto → 'We are ready to host the talks but both sides must come in good faith'",
    },
    {
      text: '“We hope these discussions will lead to an inclusive process,” Qatari foreign ministry spokesman Majed al-Ansari told a weekly press briefing.',
      expect: "Majed al-Ansari → 'We hope these discussions will lead to an inclusive process'",
    },
    {
      text: 'The agreement “is a historic step”, Turkish President Tayyip Erdogan told lawmakers in Ankara.',
      expect: "Tayyip Erdogan → 'The agreement is a historic step'",
    },
    {
      text: 'Niger rejected the charge as “a fabrication,” deepening a rift that Togolese President Faure Gnassingbe warned could spread.',
    },
    {
      text: '“The bloc grows weaker by the week,” Maria Lindqvist, a researcher at the University of Oslo, said.',
      expect: "Maria Lindqvist → 'The bloc grows weaker by the week'",
    },
  ],
  match({ ctx, an, v, state }) {
    const { tokens } = an;
    const verb = tokens[v]!;
    // “Why now?” he said. — a sentence may end at the quote's own "?" and its attribution go on in lower case
    const split = v < 20 && tokens[0]!.word && !tokens[0]!.cap;
    // ('"…," Wang, who is also a member of …, told': a sentence that opens with the quote is read from its start)
    const opensWithQuote = /^[“"]$/.test(tokens[0]?.text ?? '');
    const from = split
      ? an.sentence.start - 2
      : opensWithQuote
        ? an.sentence.start
        : tokens[Math.max(0, v - 20)]!.start;
    const quote = quoteEndingBefore(ctx, verb.start, from);
    if (!quote) return undefined;
    const afterQuote = tokens.findIndex((t) => t.start >= quote.end);
    // '… was "closer than ever", while Y said time was short': a new clause with its own speaker and words
    const joiner = tokens.slice(afterQuote, v).find((t) => t.word);
    if (afterQuote >= 0 && joiner && W.clauseJoiners.has(joiner.lower)) return undefined;
    // '… as "a fabrication," deepening a rift that X warned could…': a participle's clause, no attribution
    if (joiner && joiner.i < v && /^[a-z]+ing$/.test(joiner.text) && !lexicon().reporting.has(joiner.lower))
      return undefined;
    // '"…" including X, it said': the subject follows the last comma; the words before it continue the quote's clause
    const lastComma = afterQuote >= 0 ? lastIndexBefore(tokens, v, ',') : -1;
    const tail = lastComma > afterQuote ? tokens.slice(afterQuote, lastComma).filter((t) => t.word).length : 0;
    // '"…," Wang, who is also a member of the Political Bureau, told…': the speaker stands before the relative clause
    const relative = tokens.findIndex((_, k) => k >= afterQuote && k < v && opensRelativeClause(tokens, k));
    const speakerEnd = afterQuote >= 0 && relative > afterQuote ? relative : v;
    let speaker = afterQuote >= 0 && afterQuote < v ? speakerIn(ctx, an, afterQuote, speakerEnd, state) : undefined;
    const fromTail = !speaker && tail >= 2;
    if (fromTail) speaker = speakerIn(ctx, an, lastComma + 1, v, state);
    // "“…,” a source told AFP": the one told is not the speaker
    if (!speaker && !W.tellCues.has(verb.lower)) speaker = speakerIn(ctx, an, v + 1, tokens.length, state);
    const named = !!speaker;
    if (!speaker) {
      const before = afterQuote >= 0 && afterQuote < v;
      speaker = unnamedSpeaker(ctx, an, before ? afterQuote : v + 1, before ? v : tokens.length, state);
    }
    if (!speaker) return undefined;
    // "“…,” X told CNN in an interview": the outlet that carried the words
    const via = outletIn(ctx, an, speaker);
    // 'The TPLF has agreed to an "orderly … disarmament," he said': the quote ends a clause that began before it
    const lead = ctx.article.body.slice(an.sentence.start, quote.start);
    const clauseAt = Math.max(0, ...[...lead.matchAll(/[.!?:;“"]\s*(?=\p{Lu})/gu)].map((x) => x.index! + x[0].length));
    const embedded = (lead.slice(clauseAt).match(/\p{L}+/gu) ?? []).length >= 2;
    const resumed = resumedQuote(ctx, an, v);
    // 'Both sides had shown "some flexibility," he said, but wide gaps remained…': the reported words go on
    const goesOn =
      embedded && !resumed && tokens[v + 1]?.text === ',' && /^(but|and)$/.test(tokens[v + 2]?.lower ?? '');
    const more = resumed
      ? { more: [[resumed.innerStart, resumed.innerEnd] as [number, number]], gapped: true }
      : goesOn
        ? { more: [[tokens[v + 2]!.start, an.sentence.end] as [number, number]] }
        : {};
    return {
      drafts: [
        {
          speaker,
          via,
          textStart: embedded ? an.sentence.start + clauseAt : quote.innerStart,
          textEnd: embedded && fromTail ? tokens[lastComma]!.start : quote.innerEnd,
          // a quoted phrase inside the reported words ('pledging their "good faith" to …') is no direct quote
          direct: !embedded,
          sentence: an.sentence.index,
          verb,
          unnamed: !named,
          ...more,
        },
      ],
    };
  },
};

/** “A,” X said, “B.”: the quote that resumes after the attribution, in the same sentence. */
function resumedQuote(ctx: CueInput['ctx'], an: CueInput['an'], v: number): Quote | undefined {
  const { tokens } = an;
  for (let k = v + 1; k < Math.min(tokens.length, v + 12); k++) {
    if (!/^[“"]$/.test(tokens[k]!.text)) continue;
    return tokens[k - 1]?.text === ',' ? quoteOpeningAt(ctx.quotes, tokens[k]!.start) : undefined;
  }
  return undefined;
}
