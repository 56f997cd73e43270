import type { ArticleMeta } from '../domain/article.js';
import type { ActorGroup, ActorIndex } from './actors/resolve.js';
import type { Mention, SentenceAnalysis } from './actors/mentions.js';
import type { Quote } from './statements/quotes.js';

/** Everything the item detectors share for one article. */
export interface ArticleContext {
  article: ArticleMeta;
  analyses: SentenceAnalysis[];
  index: ActorIndex;
  quotes: Quote[];
}

/** Mentions of reported actors (not places), in article order. */
export function actorMentions(ctx: ArticleContext): Mention[] {
  return ctx.analyses.flatMap((a) => a.mentions).filter((m) => m.kind !== 'PLACE' && ctx.index.group(m));
}

/** The actor a generic reference ("the movement", "the Commission", "he") points to: the latest fitting one before `offset`. */
export function resolveReference(
  ctx: ArticleContext,
  word: string,
  offset: number,
  kinds: string[],
  byNameOnly = false,
): ActorGroup | undefined {
  const before = actorMentions(ctx)
    .filter((m) => m.end <= offset)
    .reverse();
  const w = word.toLowerCase();
  if (!['he', 'she', 'him', 'her', 'his', 'it', 'its', 'they', 'their'].includes(w)) {
    for (const m of before) {
      const g = ctx.index.group(m)!;
      if (!kinds.includes(g.kind)) continue;
      const names = [g.name, ...g.aliases].join(' ').toLowerCase();
      if (names.includes(w)) return g;
    }
  }
  if (byNameOnly) return undefined;
  for (const m of before) {
    const g = ctx.index.group(m)!;
    if (kinds.includes(g.kind)) return g;
  }
  return undefined;
}
