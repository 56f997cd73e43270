import { unreachable } from '../../domain/unreachable.js';
import type { QueryResolvers, Resolvers } from '../generated/resolvers.js';
import { fromGlobalId, type NodeType } from '../ids.js';
import type { ApiContext } from '../context.js';

type Loaded = { __typename: NodeType } & Record<string, unknown>;

async function loadNode(type: NodeType, local: string, ctx: ApiContext): Promise<unknown> {
  switch (type) {
    case 'Article':
      return ctx.loaders.article.load(local);
    case 'Actor':
      return ctx.loaders.actor.load(local);
    case 'Statement':
      return ctx.loaders.statement.load(local);
    case 'Mediation':
      return ctx.loaders.mediation.load(local);
    case 'Meeting':
      return ctx.loaders.meeting.load(local);
    case 'Place':
      return ctx.loaders.place.load(local);
    case 'Topic':
      return ctx.loaders.topic.load(local);
    default:
      return unreachable(type, 'node type');
  }
}

const node: QueryResolvers['node'] = async (_, { id }, ctx) => {
  const { type, local } = fromGlobalId(id);
  const row = await loadNode(type, local, ctx);
  return row ? ({ ...(row as object), __typename: type } as Loaded as never) : null;
};

export const nodeResolvers: Resolvers = {
  Query: { node },
  Node: {
    __resolveType: (parent) => (parent as unknown as Loaded).__typename,
  },
};
