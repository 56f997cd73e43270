import { requireWriteAccess } from '../auth.js';
import type { Resolvers } from '../generated/resolvers.js';
import { localIdOf, toGlobalId } from '../ids.js';
import { reloaded } from './actor.js';
import { EVENT_LABELS } from '../../graph/curation/events.js';

export const curationResolvers: Resolvers = {
  Query: {
    curations: (_, args, ctx) =>
      ctx.repos.curations.list(args.target ?? null, Math.min(args.first ?? 50, ctx.config.maxPageSize)),
  },
  Mutation: {
    mergeEvents: async (_, { kind, ids }, ctx) => {
      requireWriteAccess(ctx);
      const label = EVENT_LABELS[kind];
      const survivor = await ctx.eventCuration.merge(
        kind,
        ids.map((id) => localIdOf(id, label)),
      );
      return toGlobalId(label, survivor);
    },
    removeAlias: async (_, args, ctx) => {
      requireWriteAccess(ctx);
      const key = localIdOf(args.actor, 'Actor');
      await ctx.corrections.removeAlias(key, args.alias);
      return reloaded(ctx.loaders.actor, key);
    },
    splitActor: async (_, args, ctx) => {
      requireWriteAccess(ctx);
      return reloaded(ctx.loaders.actor, await ctx.corrections.split(localIdOf(args.actor, 'Actor'), args.names));
    },
    deleteActor: async (_, args, ctx) => {
      requireWriteAccess(ctx);
      await ctx.corrections.delete(localIdOf(args.actor, 'Actor'));
      return true;
    },
    setActorKind: async (_, args, ctx) => {
      requireWriteAccess(ctx);
      const key = localIdOf(args.actor, 'Actor');
      await ctx.corrections.setKind(key, args.kind);
      return reloaded(ctx.loaders.actor, key);
    },
    setMeetingStatus: async (_, args, ctx) => {
      requireWriteAccess(ctx);
      const id = localIdOf(args.meeting, 'Meeting');
      await ctx.eventCuration.setMeetingStatus(id, args.status);
      return reloaded(ctx.loaders.meeting, id);
    },
    setMeetingDate: async (_, args, ctx) => {
      requireWriteAccess(ctx);
      const id = localIdOf(args.meeting, 'Meeting');
      await ctx.eventCuration.setMeetingDate(id, args.date);
      return reloaded(ctx.loaders.meeting, id);
    },
  },
};
