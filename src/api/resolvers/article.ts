import { GraphQLError } from 'graphql';
import { BadArticleError, ErrorCode } from '../../domain/errors.js';
import type { RawArticle } from '../../domain/source.js';
import { countsOf } from '../../pipeline/ingest.js';
import { requireWriteAccess } from '../auth.js';
import type { ArticleInput, Resolvers } from '../generated/resolvers.js';
import { localIdOf, toGlobalId } from '../ids.js';
import { totalCountResolver } from '../connections.js';
import { connection, pageOf } from '../pagination.js';

export const articleResolvers: Resolvers = {
  Query: {
    article: (_, { id }, ctx) => ctx.loaders.article.load(localIdOf(id, 'Article')),
    articles: async (_, args, ctx) => {
      const page = pageOf(args, ctx.config.maxPageSize);
      const filter = args.filter ?? {};
      const rows = await ctx.repos.articles.page(filter, page);
      return connection(rows, page, () => ctx.repos.articles.count(filter));
    },
  },
  Mutation: {
    ingestArticle: async (_, { input }, ctx) => {
      requireWriteAccess(ctx);
      try {
        const { extracted, created } = await ctx.ingest.ingestOne(rawFromInput(input));
        const article = await ctx.loaders.article.load(extracted.article.id);
        if (!article) throw new Error(`article ${extracted.article.id} was written but cannot be read`);
        return { article, created, counts: countsOf(extracted) };
      } catch (error) {
        if (error instanceof BadArticleError) {
          throw new GraphQLError(error.message, { extensions: { code: ErrorCode.BadArticle } });
        }
        throw error;
      }
    },
  },
  Article: {
    id: (a) => toGlobalId('Article', a.id),
    topics: (a, _, ctx) => ctx.loaders.articleTopics.load(a.id),
    actors: (a, _, ctx) => ctx.loaders.articleActors.load(a.id),
    statements: (a, _, ctx) => ctx.loaders.articleStatements.load(a.id),
    mediations: (a, _, ctx) => ctx.loaders.articleMediations.load(a.id),
    meetings: (a, _, ctx) => ctx.loaders.articleMeetings.load(a.id),
  },
  Topic: {
    id: (t) => toGlobalId('Topic', t.key),
  },
  ArticleConnection: totalCountResolver,
};

/** `text` is the whole article as published; otherwise title and body are given as fields. */
function rawFromInput(input: ArticleInput): RawArticle {
  const overrides = { publishedAt: input.publishedAt ?? null, url: input.url ?? null, source: input.source ?? null };
  if (input.text) return { origin: 'ingestArticle', content: input.text, format: 'text', overrides };
  if (!input.title || !input.body) {
    throw new GraphQLError('give either text, or title and body', { extensions: { code: ErrorCode.BadArticle } });
  }
  const json = { title: input.title, body: input.body, keywords: input.keywords ?? [], ...overrides };
  return { origin: 'ingestArticle', content: JSON.stringify(json), format: 'json', overrides };
}
