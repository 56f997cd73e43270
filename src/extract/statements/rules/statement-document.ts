import type { ActorGroup } from '../../actors/resolve.js';
import type { ArticleContext } from '../../context.js';
import type { StatementRule } from '../draft.js';
import { STATEMENT_WORDS as W } from '../words.js';

/** Fewer words than this make a line of page furniture ("Press release 41/2022"), not a paragraph of the statement. */
const MIN_PARAGRAPH_WORDS = 12;

/**
 * A document that is itself a statement ("Statement by President X on …", "Remarks by …"): each paragraph
 * of its body, unquoted and unattributed, is the words of the actor its title names.
 */
export const statementDocument: StatementRule = {
  name: 'statement-document',
  cue: 'sentence',
  examples: [
    {
      text: 'Statement by Foreign Minister Amina Yusuf of Kenya\n\nNairobi, 3 March (Ministry of Foreign Affairs of Kenya)\n\nForeign Minister Amina Yusuf:\n\nToday in Nairobi we agreed with our neighbours to open the border crossings for trade next month.',
      expect:
        "Amina Yusuf → 'Today in Nairobi we agreed with our neighbours to open the border crossings for trade next month'",
    },
  ],
  match({ ctx, an, state }) {
    state.documentSpeaker ??= documentSpeaker(ctx) ?? null;
    const speaker = state.documentSpeaker;
    if (!speaker) return undefined;
    const body = ctx.article.body;
    const start = an.sentence.start;
    if (!/(^|\n)\s*$/.test(body.slice(Math.max(0, start - 3), start))) return undefined;
    const newline = body.indexOf('\n', start);
    const end = newline < 0 ? body.length : newline;
    const paragraph = body.slice(start, end);
    if (/[“”"]/.test(paragraph) || (paragraph.match(/\p{L}+/gu) ?? []).length < MIN_PARAGRAPH_WORDS) return undefined;
    return {
      drafts: [
        {
          speaker,
          via: null,
          textStart: start,
          textEnd: end,
          direct: true,
          sentence: an.sentence.index,
          verb: an.tokens[0]!,
        },
      ],
    };
  },
};

/** The actor a statement-document title names ("Statement by … Sauli Niinistö on 28 June"), a person first. */
function documentSpeaker(ctx: ArticleContext): ActorGroup | undefined {
  const title = ctx.article.title;
  const lead = title.toLowerCase();
  if (![...W.documentTitles].some((t) => lead.startsWith(`${t} `))) return undefined;
  const named = [...ctx.index.groups.values()].filter((g) =>
    [g.name, ...g.aliases].some((n) => n.length > 2 && title.includes(n)),
  );
  return named.find((g) => g.kind === 'PERSON') ?? named.find((g) => g.kind !== 'MEDIA');
}
