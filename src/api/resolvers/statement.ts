import { nameKey } from '../../domain/keys.js';
import { totalCountResolver } from '../connections.js';
import type { Resolvers } from '../generated/resolvers.js';
import { localIdOf, toGlobalId } from '../ids.js';
import { connection, requestedPage } from '../pagination.js';
import { required } from './actor.js';

export const statementResolvers: Resolvers = {
  Query: {
    statements: async (_, args, ctx) => {
      const page = requestedPage(args, ctx.config.maxPageSize);
      const f = args.filter ?? {};
      const filter = {
        ...f,
        speakerKey: f.speaker ? localIdOf(f.speaker, 'Actor') : null,
        topicKey: f.topic ? nameKey(f.topic) : null,
        order: args.orderBy,
      };
      const rows = await ctx.repos.statements.page(filter, page);
      return connection(rows, page, () => ctx.repos.statements.count(filter));
    },
  },
  Statement: {
    id: (s) => toGlobalId('Statement', s.id),
    speaker: async (s, _, ctx) => required(await ctx.loaders.actor.load(s.speakerKey), s.speakerKey),
    via: (s, _, ctx) => (s.viaKey ? ctx.loaders.actor.load(s.viaKey) : null),
    evidence: (s, _, ctx) => ctx.loaders.statementEvidence.load(s.id),
  },
  StatementConnection: totalCountResolver,
};
