import { totalCountResolver } from '../connections.js';
import type { Resolvers } from '../generated/resolvers.js';
import { localIdOf, toGlobalId } from '../ids.js';
import { connection, pageOf } from '../pagination.js';

export const actorResolvers: Resolvers = {
  Query: {
    actor: (_, { id }, ctx) => ctx.loaders.actor.load(localIdOf(id, 'Actor')),
    actors: async (_, args, ctx) => {
      const page = pageOf(args, ctx.config.maxPageSize);
      const filter = { search: args.search, kind: args.kind };
      const rows = await ctx.repos.actors.page(filter, page);
      return connection(rows, page, () => ctx.repos.actors.count(filter));
    },
  },
  Actor: {
    id: (a) => toGlobalId('Actor', a.key),
    statements: async (a, args, ctx) => {
      const page = pageOf(args, ctx.config.maxPageSize);
      const { rows, total } = await ctx.loaders.actorStatements(page).load(a.key);
      return connection(rows, page, () => total);
    },
    meetings: async (a, args, ctx) => {
      const page = pageOf(args, ctx.config.maxPageSize);
      const { rows, total } = await ctx.loaders.actorMeetings(page).load(a.key);
      return connection(rows, page, () => total);
    },
    mediations: async (a, args, ctx) => {
      const page = pageOf(args, ctx.config.maxPageSize);
      const { rows, total } = await ctx.loaders.actorMediations[args.role ?? 'ANY'](page).load(a.key);
      return connection(rows, page, () => total);
    },
    affiliations: (a, _, ctx) => ctx.loaders.affiliations.load(a.key),
    members: (a, _, ctx) => ctx.loaders.members.load(a.key),
  },
  Affiliation: {
    actor: async (f, _, ctx) => required(await ctx.loaders.actor.load(f.actorKey), f.actorKey),
  },
  ActorConnection: totalCountResolver,
};

/** A row that an edge points to must exist; a miss means the graph changed mid-request. */
export function required<T>(row: T | null, key: string): T {
  if (row === null) throw new Error(`graph node ${key} disappeared during the request`);
  return row;
}
