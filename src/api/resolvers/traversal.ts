import { unreachable } from '../../domain/unreachable.js';
import { badUserInput } from '../../domain/errors.js';
import { MAX_NEIGHBORHOOD_DEPTH, MAX_PATH_HOPS } from '../../graph/actor/traversal.js';
import type { EventLabel, EventRow } from '../../graph/actor/traversal-rows.js';
import { totalCountResolver } from '../connections.js';
import type { ApiContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers.js';
import { localIdOf, toGlobalId } from '../ids.js';
import { required } from './actor.js';

const MAX_PATHS = 10;

export const traversalResolvers: Resolvers = {
  Query: {
    connection: async (_, args, ctx) => {
      const hops = args.maxHops ?? 4;
      if (!Number.isInteger(hops) || hops < 1 || hops > MAX_PATH_HOPS)
        throw badUserInput(`maxHops must be between 1 and ${MAX_PATH_HOPS}`);
      const from = localIdOf(args.from, 'Actor');
      const to = localIdOf(args.to, 'Actor');
      if (from === to) return [];
      return ctx.repos.traversal.shortestPaths(from, to, hops, MAX_PATHS);
    },
    neighborhood: async (_, args, ctx) => {
      const depth = args.depth ?? 1;
      const limit = args.limit ?? 100;
      if (!Number.isInteger(depth) || depth < 1 || depth > MAX_NEIGHBORHOOD_DEPTH) {
        throw badUserInput(`depth must be between 1 and ${MAX_NEIGHBORHOOD_DEPTH}`);
      }
      if (!Number.isInteger(limit) || limit < 1 || limit > 5 * ctx.config.maxPageSize) {
        throw badUserInput(`limit must be between 1 and ${5 * ctx.config.maxPageSize}`);
      }
      const view = await ctx.repos.traversal.neighborhood(localIdOf(args.actor, 'Actor'), depth, limit);
      return view ?? { nodes: [], edges: [], truncated: false };
    },
  },
  TimelineEdge: {
    date: (edge) => edge.node.date,
    node: (edge) => edge.node.event,
  },
  TimelineConnection: totalCountResolver,
  Event: {
    __resolveType: (event) => event.eventType,
  },
  Counterpart: {
    via: async (c, _, ctx) => (await ctx.loaders.actor.loadMany(c.viaKeys)).filter(isRow),
  },
  PathStep: {
    from: async (s, _, ctx) => required(await ctx.loaders.actor.load(s.fromKey), s.fromKey),
    to: async (s, _, ctx) => required(await ctx.loaders.actor.load(s.toKey), s.toKey),
    via: async (s, _, ctx) => required(await loadEvent(s.eventType, s.eventId, ctx), s.eventId),
    evidence: (s, _, ctx) => evidenceLoader(s.eventType, ctx).load(s.eventId),
  },
  GraphNode: {
    id: (n) => toGlobalId(n.type, n.local),
  },
  GraphEdge: {
    source: (e) => toGlobalId(e.source.type, e.source.local),
    target: (e) => toGlobalId(e.target.type, e.target.local),
  },
};

async function loadEvent(type: EventLabel, id: string, ctx: ApiContext): Promise<EventRow | null> {
  switch (type) {
    case 'Statement': {
      const row = await ctx.loaders.statement.load(id);
      return row && { ...row, eventType: type };
    }
    case 'Meeting': {
      const row = await ctx.loaders.meeting.load(id);
      return row && { ...row, eventType: type };
    }
    case 'Mediation': {
      const row = await ctx.loaders.mediation.load(id);
      return row && { ...row, eventType: type };
    }
    default:
      return unreachable(type, 'event type');
  }
}

function evidenceLoader(type: EventLabel, ctx: ApiContext) {
  switch (type) {
    case 'Statement':
      return ctx.loaders.statementEvidence;
    case 'Meeting':
      return ctx.loaders.meetingEvidence;
    case 'Mediation':
      return ctx.loaders.mediationEvidence;
    default:
      return unreachable(type, 'event type');
  }
}

function isRow<T>(value: T | null | Error): value is T {
  return value !== null && !(value instanceof Error);
}
