import type { Resolvers } from '../generated/resolvers.js';
import { required } from './actor.js';

export const evidenceResolvers: Resolvers = {
  Evidence: {
    article: async (e, _, ctx) => required(await ctx.loaders.article.load(e.articleId), e.articleId),
  },
};
