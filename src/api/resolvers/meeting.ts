import { nameKey } from '../../domain/keys.js';
import { sharedGazetteer } from '../../geo/index.js';
import { totalCountResolver } from '../connections.js';
import type { Resolvers } from '../generated/resolvers.js';
import { localIdOf, toGlobalId } from '../ids.js';
import { connection, requestedPage } from '../pagination.js';

export const meetingResolvers: Resolvers = {
  Query: {
    meetings: async (_, args, ctx) => {
      const page = requestedPage(args, ctx.config.maxPageSize);
      const f = args.filter ?? {};
      const filter = {
        participantKey: f.participant ? localIdOf(f.participant, 'Actor') : null,
        placeKey: f.place ? nameKey(f.place) : null,
        placeCountry: f.place ? sharedGazetteer().countryCode(f.place) : null,
        from: f.from,
        to: f.to,
        status: f.status,
        kind: f.kind,
        minConfidence: f.minConfidence,
        order: args.orderBy,
      };
      const rows = await ctx.repos.meetings.page(filter, page);
      return connection(rows, page, () => ctx.repos.meetings.count(filter));
    },
  },
  Meeting: {
    id: (m) => toGlobalId('Meeting', m.id),
    place: (m) => m.place,
    participants: (m, _, ctx) => ctx.loaders.participants.load(m.id),
    evidence: (m, _, ctx) => ctx.loaders.meetingEvidence.load(m.id),
  },
  Place: {
    id: (p) => toGlobalId('Place', p.key),
  },
  MeetingConnection: totalCountResolver,
};
