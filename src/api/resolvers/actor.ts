import { badUserInput } from '../../domain/errors.js';
import { requireWriteAccess } from '../auth.js';
import { loadActorLookahead } from '../lookahead/load.js';
import { totalCountResolver } from '../connections.js';
import type { Resolvers } from '../generated/resolvers.js';
import { localIdOf, toGlobalId } from '../ids.js';
import type { RowsMaybeCounted } from '../../graph/shared/batch.js';
import type { Page } from '../../graph/shared/list-query.js';
import type { ApiContext } from '../context.js';
import { connection, requestedPage, sliceConnection, type Connection, type ConnectionArgs } from '../pagination.js';
import { type Loaded, type RequestLoader, whenLoaded } from '../request-loader.js';

export const actorResolvers: Resolvers = {
  Query: {
    actor: (_, { id }, ctx, info) => {
      const key = localIdOf(id, 'Actor');
      const compiled = ctx.lookahead.compile(info, ctx.config.maxPageSize);
      return compiled ? loadActorLookahead(ctx, compiled, key) : ctx.loaders.actor.load(key);
    },
    actors: async (_, args, ctx) => {
      const page = requestedPage(args, ctx.config.maxPageSize);
      const filter = {
        search: args.search,
        kind: args.kind,
        activeFrom: args.activeFrom,
        activeTo: args.activeTo,
        order: args.orderBy,
      };
      const rows = await ctx.repos.actors.page(filter, page);
      return connection(rows, page, () => ctx.repos.actors.count(filter));
    },
  },
  Mutation: {
    mergeActors: async (_, args, ctx) => {
      requireWriteAccess(ctx);
      const survivor = localIdOf(args.survivor, 'Actor');
      await ctx.curation.merge(survivor, localIdOf(args.duplicate, 'Actor'));
      return reloaded(ctx.loaders.actor, survivor);
    },
    addAlias: async (_, args, ctx) => {
      requireWriteAccess(ctx);
      const key = localIdOf(args.actor, 'Actor');
      await ctx.curation.addAlias(key, args.alias);
      return reloaded(ctx.loaders.actor, key);
    },
    renameActor: async (_, args, ctx) => {
      requireWriteAccess(ctx);
      const key = localIdOf(args.actor, 'Actor');
      await ctx.curation.rename(key, args.name);
      return reloaded(ctx.loaders.actor, key);
    },
  },
  Actor: {
    id: (a) => toGlobalId('Actor', a.key),
    statements: (a, args, ctx) => listConnection(ctx.loaders.actorStatements, a.key, args, ctx),
    meetings: (a, args, ctx) => listConnection(ctx.loaders.actorMeetings, a.key, args, ctx),
    mediations: (a, args, ctx) => listConnection(ctx.loaders.actorMediations[args.role ?? 'ANY'], a.key, args, ctx),
    affiliations: async (a, args, ctx) =>
      sliceConnection(await ctx.loaders.affiliations.load(a.key), args, ctx.config.maxPageSize),
    members: async (a, args, ctx) =>
      sliceConnection(await ctx.loaders.members.load(a.key), args, ctx.config.maxPageSize),
    articles: (a, args, ctx) => listConnection(ctx.loaders.actorArticles, a.key, args, ctx),
    timeline: (a, args, ctx) => {
      const range = { from: args.from ?? null, to: args.to ?? null };
      return listConnection(ctx.loaders.timeline(range), a.key, args, ctx);
    },
    counterparts: (a, args, ctx) => {
      const hops = args.hops ?? 1;
      if (hops !== 1 && hops !== 2) throw badUserInput('hops must be 1 or 2');
      const first = requestedPage({ first: args.first }, ctx.config.maxPageSize).size;
      return ctx.loaders.counterparts({ hops, first }).load(a.key);
    },
  },
  Affiliation: {
    actor: async (f, _, ctx) => required(await ctx.loaders.actor.load(f.actorKey), f.actorKey),
  },
  ActorConnection: totalCountResolver,
  AffiliationConnection: totalCountResolver,
};

/** A page no list request asks for (a page has at least one row): its loader only counts. */
const TOTAL_ONLY: Page = { skip: 0, limit: 0 };

/**
 * One page of an actor's list as a connection. The actor look-ahead leaves a total uncounted when
 * the request does not select it; should another selection of the same page ask for it, it is
 * counted then, by the loader of the empty page.
 */
function listConnection<T>(
  pages: (page: Page) => RequestLoader<string, RowsMaybeCounted<T>>,
  key: string,
  args: ConnectionArgs,
  ctx: ApiContext,
): Loaded<Connection<T>> {
  const page = requestedPage(args, ctx.config.maxPageSize);
  return whenLoaded(pages(page).load(key), ({ rows, total }) =>
    connection(rows, page, () => total ?? whenLoaded(pages(TOTAL_ONLY).load(key), (counted) => counted.total ?? 0)),
  );
}

/** A row that an edge points to must exist; a miss means the graph changed mid-request. */
export function required<T>(row: T | null, key: string): T {
  if (row === null) throw new Error(`graph node ${key} disappeared during the request`);
  return row;
}

/** A row as it is after a write (the request's loader cache may hold the old one). */
export async function reloaded<T>(loader: RequestLoader<string, T | null>, key: string): Promise<T> {
  loader.clear(key);
  return required(await loader.load(key), key);
}
