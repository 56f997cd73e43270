import { BadArticleError, badUserInput, ErrorCode, EventGraphError } from '../../domain/errors.js';
import { nameKey } from '../../domain/keys.js';
import { deleteArticle } from '../../graph/article/delete.js';
import type { RawArticle } from '../../domain/source.js';
import { looksLikeHtml } from '../../parse/html.js';
import { countsOf } from '../../pipeline/ingest.js';
import { requireWriteAccess } from '../auth.js';
import type { ArticleInput, Resolvers } from '../generated/resolvers.js';
import { localIdOf, toGlobalId } from '../ids.js';
import { totalCountResolver } from '../connections.js';
import { connection, requestedPage, sliceConnection } from '../pagination.js';
import { required } from './actor.js';

const MAX_BATCH = 500;

export const articleResolvers: Resolvers = {
  Query: {
    article: (_, { id }, ctx) => ctx.loaders.article.load(localIdOf(id, 'Article')),
    articles: async (_, args, ctx) => {
      const page = requestedPage(args, ctx.config.maxPageSize);
      const f = args.filter ?? {};
      const filter = {
        ...f,
        topicKey: f.topic ? nameKey(f.topic) : null,
        sourceKey: f.source ? nameKey(f.source) : null,
        order: args.orderBy,
      };
      const rows = await ctx.repos.articles.page(filter, page);
      return connection(rows, page, () => ctx.repos.articles.count(filter));
    },
  },
  Mutation: {
    ingestArticle: async (_, { input }, ctx) => {
      requireWriteAccess(ctx);
      const { extracted, created } = await ctx.ingest.ingestOne(rawFromInput(input));
      const article = required(await ctx.loaders.article.load(extracted.article.id), extracted.article.id);
      return { article, created, counts: countsOf(extracted) };
    },
    ingestArticles: async (_, { inputs }, ctx) => {
      requireWriteAccess(ctx);
      if (inputs.length > MAX_BATCH) throw badUserInput(`at most ${MAX_BATCH} articles per call`);
      const raws = inputs.map((input, index) => {
        try {
          return rawFromInput(input);
        } catch (error) {
          if (!(error instanceof BadArticleError)) throw error;
          return { index, error };
        }
      });
      const valid = raws.filter((r): r is RawArticle => 'content' in r);
      const outcomes = await ctx.ingest.ingestBatch(valid);
      let next = 0;
      const results = await Promise.all(
        raws.map(async (raw, index) => {
          if (!('content' in raw)) return refused(index, raw.error.message, raw.error.code);
          const outcome = outcomes[next++]!;
          if (!outcome.ok) return refused(index, outcome.error, outcome.code);
          const article = await ctx.loaders.article.load(outcome.extracted.article.id);
          const status = outcome.created ? ('STORED' as const) : ('ALREADY_STORED' as const);
          const counts = countsOf(outcome.extracted);
          return { index, status, code: null, article, created: outcome.created, counts, error: null };
        }),
      );
      return {
        results,
        stored: results.filter((r) => r.created).length,
        rejected: results.filter((r) => r.error !== null).length,
      };
    },
    deleteArticle: async (_, { id }, ctx) => {
      requireWriteAccess(ctx);
      const outcome = await deleteArticle(ctx.executor, localIdOf(id, 'Article'));
      if (!outcome) throw new EventGraphError(ErrorCode.NotFound, `no article with id "${id}"`);
      return { deletedId: id, ...outcome };
    },
  },
  Article: {
    id: (a) => toGlobalId('Article', a.id),
    warnings: (a) => a.warnings ?? [],
    body: async (a, _, ctx) => required(await ctx.loaders.articleText.load(a.id), a.id).body,
    sentences: async (a, _, ctx) => required(await ctx.loaders.articleText.load(a.id), a.id).sentences,
    topics: (a, _, ctx) => ctx.loaders.articleTopics.load(a.id),
    actors: async (a, args, ctx) =>
      sliceConnection(await ctx.loaders.articleActors.load(a.id), args, ctx.config.maxPageSize),
    statements: async (a, args, ctx) =>
      sliceConnection(await ctx.loaders.articleStatements.load(a.id), args, ctx.config.maxPageSize),
    mediations: async (a, args, ctx) =>
      sliceConnection(await ctx.loaders.articleMediations.load(a.id), args, ctx.config.maxPageSize),
    meetings: async (a, args, ctx) =>
      sliceConnection(await ctx.loaders.articleMeetings.load(a.id), args, ctx.config.maxPageSize),
  },
  Topic: {
    id: (t) => toGlobalId('Topic', t.key),
  },
  ArticleConnection: totalCountResolver,
};

function refused(index: number, error: string, code: string) {
  return { index, status: 'REFUSED' as const, code, article: null, created: false, counts: null, error };
}

/** `text` is the whole article as published; otherwise title and body are given as fields. */
function rawFromInput(input: ArticleInput): RawArticle {
  const overrides = { publishedAt: input.publishedAt ?? null, url: input.url ?? null, source: input.source ?? null };
  if (input.text) {
    return {
      origin: 'ingestArticle',
      content: input.text,
      format: looksLikeHtml(input.text) ? 'html' : 'text',
      overrides,
    };
  }
  if (!input.title || !input.body) throw new BadArticleError('ingestArticle', 'give either text, or title and body');
  const json = { title: input.title, body: input.body, keywords: input.keywords ?? [], ...overrides };
  return { origin: 'ingestArticle', content: JSON.stringify(json), format: 'json', overrides };
}
