import type { Resolvers } from '../generated/resolvers.js';
import { required } from './actor.js';

export const evidenceResolvers: Resolvers = {
  Evidence: {
    article: async (e, _, ctx) => required(await ctx.loaders.article.load(e.articleId), e.articleId),
    sentence: async (e, _, ctx) => required(await ctx.loaders.evidenceText.load(e), e.articleId).sentence,
    text: async (e, _, ctx) => required(await ctx.loaders.evidenceText.load(e), e.articleId).text,
  },
};
