import { contentStart } from '../content.js';
import type { StatementRule } from '../draft.js';
import { quoteEndingIn, quoteOpeningAt } from '../quotes.js';
import { speakerIn } from '../source.js';
import { pastAddressee } from './subject-cue-content.js';
import { STATEMENT_WORDS as W } from '../words.js';

/** How many words after "by" the outlet's name may start ("by state news agency IRNA"). */
const OUTLET_REACH = 5;

/** "X quoted Y as saying (that) …": Y is the speaker, the outlet X carried it. */
export const quotedAsSaying: StatementRule = {
  name: 'quoted-as-saying',
  cue: 'verb',
  examples: [
    {
      text: 'Al Jazeera quoted a Hezbollah spokesman as saying that the group would respect the truce.',
      expect: "Hezbollah → 'the group would respect the truce'",
    },
    {
      text: 'Kenyan President William Ruto was quoted by Reuters as saying that the envoys would return.',
      expect: "William Ruto → 'the envoys would return'",
    },
    {
      text: 'Kenyan President William Ruto was quoted as saying by Reuters that the envoys would return.',
      expect: "William Ruto → 'the envoys would return'",
    },
    {
      text: '“We will stand with you,” KCNA quoted William Ruto as telling the visiting minister.',
      expect: "William Ruto → 'We will stand with you'",
    },
  ],
  match({ ctx, an, v, state }) {
    const { tokens } = an;
    const verb = tokens[v]!;
    if (!W.quoteCues.has(verb.lower)) return undefined;
    const as = tokens.findIndex((t, k) => k > v && W.quoteAs.has(t.lower));
    if (as <= v) return undefined;
    const say = tokens[as]!.lower === 'as' ? as + 1 : as;
    // "X was quoted by TASS as saying", "X was quoted as saying by TASS": passive, the one quoted before the
    // verb and the outlet after "by"
    const copula = W.copulas.has(tokens[v - 1]?.lower ?? '');
    const byLast = copula && tokens[say + 1]?.lower === 'by';
    const passive = copula && (tokens[v + 1]?.lower === 'by' || byLast);
    const quoted = passive ? speakerIn(ctx, an, 0, v - 1, state) : speakerIn(ctx, an, v + 1, as, state);
    const media = (m: (typeof an.mentions)[number]) => ctx.index.group(m)?.kind === 'MEDIA';
    const outletMention = byLast
      ? an.mentions.find((m) => m.t0 > say + 1 && m.t0 <= say + 1 + OUTLET_REACH && media(m))
      : passive
        ? an.mentions.find((m) => m.t0 > v && m.t1 <= as && media(m))
        : an.mentions.find((m) => m.t1 <= v && media(m));
    const outlet =
      (outletMention && ctx.index.group(outletMention)) ??
      (passive ? speakerIn(ctx, an, v + 2, as, state) : speakerIn(ctx, an, 0, v, state));
    const speaker = quoted ?? outlet;
    if (!speaker) return { drafts: [] };
    const via = outlet && outlet !== speaker && outlet.kind === 'MEDIA' ? outlet : null;
    const base = { speaker, via, sentence: an.sentence.index, verb };
    // "… was quoted as saying by IRNA that …": the words after the outlet; with none, the quote before
    // ("… quoted Kim as telling the Russian minister": who was told is no words; with nothing after, the quote before)
    const told = W.addresseeCues.has(tokens[say]?.lower ?? '') ? pastAddressee(tokens, say) : say + 1;
    const start = byLast
      ? outletMention
        ? contentStart(tokens, outletMention.t1)
        : null
      : told === null || told >= tokens.length - 1
        ? null
        : contentStart(tokens, told);
    if (start === null) {
      const body = ctx.article.body;
      const before = quoteEndingIn(
        ctx.quotes,
        an.sentence.start - 1,
        verb.start,
        (q) => (body.slice(q.end, verb.start).match(/\w+/g) ?? []).length <= 4,
      );
      if (!before) return { drafts: [] };
      return { drafts: [{ ...base, textStart: before.innerStart, textEnd: before.innerEnd, direct: true }] };
    }
    const q = quoteOpeningAt(ctx.quotes, start);
    return {
      drafts: [
        {
          ...base,
          textStart: q ? q.innerStart : start,
          textEnd: q ? q.innerEnd : an.sentence.end,
          direct: !!q,
        },
      ],
    };
  },
};
