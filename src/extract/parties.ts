import type { ActorGroup } from './actors/resolve.js';
import type { SentenceAnalysis } from './actors/mentions.js';
import type { ArticleContext } from './context.js';

/** Actors joined by "between A and B" inside tokens [a, b) of a sentence. */
export function betweenPair(ctx: ArticleContext, an: SentenceAnalysis): ActorGroup[] {
  const k = an.tokens.findIndex((t) => t.lower === 'between');
  if (k < 0) return [];
  const out: ActorGroup[] = [];
  for (const m of an.mentions) {
    if (m.t0 <= k || m.t0 > k + 12 || m.kind === 'PLACE') continue;
    const g = ctx.index.group(m);
    if (g && g.kind !== 'MEDIA' && !out.includes(g)) out.push(g);
    if (out.length === 2) break;
  }
  return out.length === 2 ? out : [];
}

/** The article's most frequent "between A and B" pair, without the excluded actors; none when it names no pair. */
export function articlePair(ctx: ArticleContext, exclude: Set<ActorGroup>): ActorGroup[] {
  const counts = new Map<string, { pair: ActorGroup[]; n: number }>();
  for (const an of ctx.analyses) {
    const p = betweenPair(ctx, an).filter((g) => !exclude.has(g));
    if (p.length === 2) {
      const key = p
        .map((g) => g.key)
        .sort()
        .join('|');
      const c = counts.get(key) ?? { pair: p, n: 0 };
      c.n++;
      counts.set(key, c);
    }
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.pair ?? [];
}

/** The two sides of the article's dispute: the most frequent "between A and B" pair, else the two most-mentioned parties. */
export function articleParties(ctx: ArticleContext, exclude: Set<ActorGroup>): ActorGroup[] {
  const pair = articlePair(ctx, exclude);
  if (pair.length > 0) return pair;
  const ranked = [...ctx.index.groups.values()]
    .filter((g) => g.active && (g.kind === 'ORGANIZATION' || g.kind === 'COUNTRY') && !exclude.has(g))
    .sort((a, b) => b.mentions.length - a.mentions.length);
  return ranked.slice(0, 2);
}
