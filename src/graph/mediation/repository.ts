import { newestFirstPage, RECENCY_EDGES } from '../actor/recency.js';
import type { ActorRow } from '../actor/row.js';
import type { Executor } from '../executor.js';
import { pagesByKey, rowByKey, rowsByKey, type RowsWithTotal } from '../shared/batch.js';
import { evidenceOf, reportedBy } from '../shared/evidence-read.js';
import type { EvidenceRow } from '../shared/evidence-row.js';
import {
  byKeys,
  readCount,
  readPage,
  relatedByIds,
  relationPages,
  type ListSpec,
  type Page,
  type RelatedList,
  type RelationList,
} from '../shared/list-query.js';
import { ACTOR_PROJECTION, MEDIATION_PROJECTION } from '../shared/projections.js';
import type { MediationRow } from './row.js';

export interface MediationListFilter {
  mediatorKey?: string | null;
  partyKey?: string | null;
  minConfidence?: number | null;
}

export type MediationSide = 'MEDIATOR' | 'PARTY';

const ORDER = 'm.lastReportedAt DESC, m.id';
const SIDE_PATTERN: Record<MediationSide | 'ANY', string> = {
  MEDIATOR: '(x)-[:MEDIATES]->(m:Mediation)',
  PARTY: '(x)<-[:BETWEEN]-(m:Mediation)',
  ANY: '(x)-[:MEDIATES|BETWEEN]-(m:Mediation)',
};

/** The mediations of an actor `x` on one side (or either), latest reported first. */
export function mediationsOf(side: MediationSide | null): RelationList {
  const pattern = SIDE_PATTERN[side ?? 'ANY'];
  return {
    pattern,
    variable: 'm',
    distinct: true,
    orderBy: ORDER,
    total: `COUNT { MATCH ${pattern} RETURN DISTINCT m }`,
    page: (skip, limit) => newestFirstPage('Mediation', RECENCY_EDGES.mediations[side ?? 'ANY'], 'm', skip, limit),
  };
}

/** The actors `y` on one side of a mediation, by name. */
export const SIDE_MEMBERS: Record<MediationSide, RelatedList> = {
  MEDIATOR: { pattern: (m) => `(y:Actor)-[:MEDIATES]->(${m})`, vars: 'y', orderBy: 'y.name' },
  PARTY: { pattern: (m) => `(${m})-[:BETWEEN]->(y:Actor)`, vars: 'y', orderBy: 'y.name' },
};

export class MediationRepository {
  constructor(private readonly executor: Executor) {}

  byIds(ids: readonly string[]): Promise<Map<string, MediationRow>> {
    return rowByKey(this.executor, byKeys('Mediation', 'id', MEDIATION_PROJECTION, ids));
  }

  page(filter: MediationListFilter, page: Page): Promise<MediationRow[]> {
    return readPage(this.executor, listSpec(filter), page);
  }

  count(filter: MediationListFilter): Promise<number> {
    return readCount(this.executor, listSpec(filter));
  }

  /** One page of mediations per actor, on the given side (or either), latest reported first. */
  byActors(
    keys: readonly string[],
    side: MediationSide | null,
    page: Page,
  ): Promise<Map<string, RowsWithTotal<MediationRow>>> {
    return pagesByKey(this.executor, relationPages(mediationsOf(side), MEDIATION_PROJECTION('m'), keys, page));
  }

  /** Mediators (`side` MEDIATOR) or parties (PARTY) of each mediation. */
  actors(ids: readonly string[], side: MediationSide): Promise<Map<string, ActorRow[]>> {
    return rowsByKey(this.executor, relatedByIds('Mediation', SIDE_MEMBERS[side], ACTOR_PROJECTION('y'), ids));
  }

  reportedIn(articleIds: readonly string[]): Promise<Map<string, MediationRow[]>> {
    return rowsByKey(this.executor, reportedBy('Mediation', articleIds, MEDIATION_PROJECTION('n')));
  }

  evidence(ids: readonly string[]): Promise<Map<string, EvidenceRow[]>> {
    return rowsByKey(this.executor, evidenceOf('Mediation', ids));
  }
}

function listSpec(filter: MediationListFilter): ListSpec {
  const conditions: string[] = [];
  if (filter.mediatorKey) conditions.push('EXISTS { (:Actor {key: $mediator})-[:MEDIATES]->(m) }');
  if (filter.partyKey) conditions.push('EXISTS { (m)-[:BETWEEN]->(:Actor {key: $party}) }');
  if (typeof filter.minConfidence === 'number') conditions.push('m.confidence >= $minConfidence');
  return {
    source: 'MATCH (m:Mediation)',
    variable: 'm',
    conditions,
    params: {
      mediator: filter.mediatorKey ?? null,
      party: filter.partyKey ?? null,
      minConfidence: filter.minConfidence ?? null,
    },
    orderBy: ORDER,
    projection: MEDIATION_PROJECTION('m'),
  };
}
