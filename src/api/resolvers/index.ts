import type { Resolvers } from '../generated/resolvers.js';
import { actorResolvers } from './actor.js';
import { analyticsResolvers } from './analytics.js';
import { curationResolvers } from './curation.js';
import { articleResolvers } from './article.js';
import { evidenceResolvers } from './evidence.js';
import { mediationResolvers } from './mediation.js';
import { meetingResolvers } from './meeting.js';
import { nodeResolvers } from './node.js';
import { DateScalar, DateTimeScalar } from './scalars.js';
import { statementResolvers } from './statement.js';
import { traversalResolvers } from './traversal.js';

const domains: Resolvers[] = [
  nodeResolvers,
  articleResolvers,
  actorResolvers,
  statementResolvers,
  mediationResolvers,
  meetingResolvers,
  evidenceResolvers,
  analyticsResolvers,
  traversalResolvers,
  curationResolvers,
];

/** The domain resolver maps merged type by type (Query and Mutation are shared). */
export function buildResolvers(): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const domain of domains) {
    for (const [type, fields] of Object.entries(domain)) merged[type] = { ...merged[type], ...(fields as object) };
  }
  return { ...merged, Date: DateScalar, DateTime: DateTimeScalar } as Resolvers;
}
