import { badUserInput } from '../../domain/errors.js';
import { bucketStarts } from '../../graph/analytics/buckets.js';
import type { ApiContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers.js';
import { localIdOf } from '../ids.js';

const MAX_BUCKETS = 400;

export const analyticsResolvers: Resolvers = {
  Query: {
    stats: (_, __, ctx) => ctx.repos.analytics.stats(),
    activity: async (_, args, ctx) => {
      if (args.from > args.to) throw badUserInput('from must not be after to');
      let starts: string[];
      try {
        starts = bucketStarts(args.from, args.to, args.bucket, MAX_BUCKETS);
      } catch (error) {
        throw badUserInput(`${(error as Error).message}: use a wider bucket or a shorter range`);
      }
      const actorKey = args.actor ? localIdOf(args.actor, 'Actor') : null;
      const rows = await ctx.repos.analytics.activity(
        args.kind ?? 'ARTICLES',
        args.bucket,
        { from: args.from, to: args.to },
        actorKey,
      );
      const counts = new Map(rows.map((r) => [r.start, r.count]));
      return starts.map((start) => ({ start, count: counts.get(start) ?? 0 }));
    },
    topActors: (_, args, ctx) => ctx.repos.analytics.topActors(args.by, args, limitOf(args.limit, ctx)),
    topMediators: (_, args, ctx) => ctx.repos.analytics.topMediators(args, limitOf(args.limit, ctx)),
    meetingPlaces: (_, args, ctx) => ctx.repos.analytics.meetingPlaces(args, limitOf(args.limit, ctx)),
  },
};

function limitOf(limit: number | null | undefined, ctx: ApiContext): number {
  const value = limit ?? 10;
  if (!Number.isInteger(value) || value < 1 || value > ctx.config.maxPageSize) {
    throw badUserInput(`limit must be between 1 and ${ctx.config.maxPageSize}`);
  }
  return value;
}
