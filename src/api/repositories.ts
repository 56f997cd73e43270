import { AnalyticsRepository } from '../graph/analytics/repository.js';
import { ActorLookaheadRepository } from '../graph/actor/lookahead/repository.js';
import { ActorRepository } from '../graph/actor/repository.js';
import { TraversalRepository } from '../graph/actor/traversal.js';
import { ArticleRepository } from '../graph/article/repository.js';
import { CurationRepository } from '../graph/curation/repository.js';
import type { Executor } from '../graph/executor.js';
import { MediationRepository } from '../graph/mediation/repository.js';
import { MeetingRepository } from '../graph/meeting/repository.js';
import { StatementRepository } from '../graph/statement/repository.js';

export function createRepositories(executor: Executor) {
  return {
    articles: new ArticleRepository(executor),
    actors: new ActorRepository(executor),
    actorLookahead: new ActorLookaheadRepository(executor),
    statements: new StatementRepository(executor),
    mediations: new MediationRepository(executor),
    meetings: new MeetingRepository(executor),
    analytics: new AnalyticsRepository(executor),
    traversal: new TraversalRepository(executor),
    curations: new CurationRepository(executor),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
