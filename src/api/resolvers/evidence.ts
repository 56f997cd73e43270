import type { Resolvers } from '../generated/resolvers.js';
import { whenLoaded } from '../request-loader.js';
import { required } from './actor.js';

export const evidenceResolvers: Resolvers = {
  Evidence: {
    article: (e, _, ctx) => whenLoaded(ctx.loaders.article.load(e.articleId), (row) => required(row, e.articleId)),
    sentence: async (e, _, ctx) => required(await ctx.loaders.evidenceText.load(e), e.articleId).sentence,
    text: async (e, _, ctx) => required(await ctx.loaders.evidenceText.load(e), e.articleId).text,
  },
};
