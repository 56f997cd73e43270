import type { ActorRow } from '../actor/row.js';
import { cypher } from '../cypher.js';
import type { Executor } from '../executor.js';
import { pagesByKey, rowByKey, rowsByKey, type PageOf } from '../shared/batch.js';
import { evidenceOf, reportedBy } from '../shared/evidence-read.js';
import type { EvidenceRow } from '../shared/evidence-row.js';
import { byKeys, int, readCount, readPage, type ListSpec, type Page } from '../shared/list-query.js';
import { ACTOR_PROJECTION, MEDIATION_PROJECTION } from '../shared/projections.js';
import type { MediationRow } from './row.js';

export interface MediationListFilter {
  mediatorKey?: string | null;
  partyKey?: string | null;
}

export type MediationSide = 'MEDIATOR' | 'PARTY';

const ORDER = 'm.lastReportedAt DESC, m.id';
const SIDE_PATTERN: Record<MediationSide | 'ANY', string> = {
  MEDIATOR: '(x)-[:MEDIATES]->(m:Mediation)',
  PARTY: '(x)<-[:BETWEEN]-(m:Mediation)',
  ANY: '(x)-[:MEDIATES|BETWEEN]-(m:Mediation)',
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
  byActors(keys: readonly string[], side: MediationSide | null, page: Page): Promise<Map<string, PageOf<MediationRow>>> {
    const pattern = SIDE_PATTERN[side ?? 'ANY'];
    return pagesByKey(
      this.executor,
      cypher(
        `UNWIND $keys AS k MATCH (x:Actor {key: k})
        CALL (x) {
          MATCH ${pattern}
          WITH DISTINCT m ORDER BY ${ORDER} SKIP $skip LIMIT $limit
          RETURN collect(${MEDIATION_PROJECTION('m')}) AS rows
        }
        RETURN k AS key, rows, COUNT { MATCH ${pattern} RETURN DISTINCT m } AS total`,
        { keys, skip: int(page.skip), limit: int(page.limit) },
      ),
    );
  }

  /** Mediators (`side` MEDIATOR) or parties (PARTY) of each mediation. */
  actors(ids: readonly string[], side: MediationSide): Promise<Map<string, ActorRow[]>> {
    const pattern = side === 'MEDIATOR' ? '(x:Actor)-[:MEDIATES]->(m)' : '(m)-[:BETWEEN]->(x:Actor)';
    return rowsByKey(
      this.executor,
      cypher(
        `UNWIND $ids AS id MATCH (m:Mediation {id: id}) MATCH ${pattern}
        WITH id, x ORDER BY x.name RETURN id AS key, collect(${ACTOR_PROJECTION('x')}) AS rows`,
        { ids },
      ),
    );
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
  return {
    source: 'MATCH (m:Mediation)',
    variable: 'm',
    conditions,
    params: { mediator: filter.mediatorKey ?? null, party: filter.partyKey ?? null },
    orderBy: ORDER,
    projection: MEDIATION_PROJECTION('m'),
  };
}
