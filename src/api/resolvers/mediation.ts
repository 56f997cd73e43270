import { totalCountResolver } from '../connections.js';
import type { Resolvers } from '../generated/resolvers.js';
import { localIdOf, toGlobalId } from '../ids.js';
import { connection, requestedPage } from '../pagination.js';

export const mediationResolvers: Resolvers = {
  Query: {
    mediations: async (_, args, ctx) => {
      const page = requestedPage(args, ctx.config.maxPageSize);
      const f = args.filter ?? {};
      const filter = {
        mediatorKey: f.mediator ? localIdOf(f.mediator, 'Actor') : null,
        partyKey: f.party ? localIdOf(f.party, 'Actor') : null,
        minConfidence: f.minConfidence,
      };
      const rows = await ctx.repos.mediations.page(filter, page);
      return connection(rows, page, () => ctx.repos.mediations.count(filter));
    },
  },
  Mediation: {
    id: (m) => toGlobalId('Mediation', m.id),
    mediators: (m, _, ctx) => ctx.loaders.mediators.load(m.id),
    parties: (m, _, ctx) => ctx.loaders.parties.load(m.id),
    evidence: (m, _, ctx) => ctx.loaders.mediationEvidence.load(m.id),
  },
  MediationConnection: totalCountResolver,
};
