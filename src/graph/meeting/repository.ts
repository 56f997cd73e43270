import type { MeetingKind, MeetingStatus } from '../../domain/article.js';
import { newestFirstPage, RECENCY_EDGES } from '../actor/recency.js';
import type { ActorRow } from '../actor/row.js';
import { cypher } from '../cypher.js';
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
import { ACTOR_PROJECTION, MEETING_PROJECTION, PLACE_PROJECTION } from '../shared/projections.js';
import type { MeetingRow, PlaceRow } from './row.js';

export interface MeetingListFilter {
  participantKey?: string | null;
  placeKey?: string | null;
  /** ISO code when the place filter names a country: places in that country match too. */
  placeCountry?: string | null;
  from?: string | null;
  to?: string | null;
  status?: MeetingStatus | null;
  kind?: MeetingKind | null;
  minConfidence?: number | null;
  order?: 'LATEST_FIRST' | 'EARLIEST_FIRST' | null;
}

const ORDER = 'm.date DESC, m.lastReportedAt DESC, m.id';
/** The meetings an actor `x` attends, latest first. */
export const ATTENDED: RelationList = {
  pattern: '(x)-[:ATTENDS]->(m:Meeting)',
  variable: 'm',
  distinct: false,
  orderBy: ORDER,
  // ATTENDS only ever ends at a Meeting: without the label Neo4j reads the degree.
  total: 'COUNT { (x)-[:ATTENDS]->() }',
  page: (skip, limit) => newestFirstPage('Meeting', RECENCY_EDGES.meetings, 'm', skip, limit),
};

/** The participants `y` of a meeting, by name. */
export const PARTICIPANTS: RelatedList = {
  pattern: (m) => `(y:Actor)-[:ATTENDS]->(${m})`,
  vars: 'y',
  orderBy: 'y.name',
};

const LIST_ORDER = { LATEST_FIRST: ORDER, EARLIEST_FIRST: 'm.date, m.firstReportedAt, m.id' } as const;

export class MeetingRepository {
  constructor(private readonly executor: Executor) {}

  byIds(ids: readonly string[]): Promise<Map<string, MeetingRow>> {
    return rowByKey(this.executor, byKeys('Meeting', 'id', MEETING_PROJECTION, ids));
  }

  placesByKeys(keys: readonly string[]): Promise<Map<string, PlaceRow>> {
    return rowByKey(
      this.executor,
      cypher(`UNWIND $keys AS k MATCH (p:Place {key: k}) RETURN k AS key, ${PLACE_PROJECTION('p')} AS row`, { keys }),
    );
  }

  page(filter: MeetingListFilter, page: Page): Promise<MeetingRow[]> {
    return readPage(this.executor, listSpec(filter), page);
  }

  count(filter: MeetingListFilter): Promise<number> {
    return readCount(this.executor, listSpec(filter));
  }

  /** One page of meetings per participant, latest first. */
  byParticipants(keys: readonly string[], page: Page): Promise<Map<string, RowsWithTotal<MeetingRow>>> {
    return pagesByKey(this.executor, relationPages(ATTENDED, MEETING_PROJECTION('m'), keys, page));
  }

  participants(ids: readonly string[]): Promise<Map<string, ActorRow[]>> {
    return rowsByKey(this.executor, relatedByIds('Meeting', PARTICIPANTS, ACTOR_PROJECTION('y'), ids));
  }

  reportedIn(articleIds: readonly string[]): Promise<Map<string, MeetingRow[]>> {
    return rowsByKey(this.executor, reportedBy('Meeting', articleIds, MEETING_PROJECTION('n')));
  }

  evidence(ids: readonly string[]): Promise<Map<string, EvidenceRow[]>> {
    return rowsByKey(this.executor, evidenceOf('Meeting', ids));
  }
}

function listSpec(filter: MeetingListFilter): ListSpec {
  const conditions: string[] = [];
  if (filter.participantKey) conditions.push('EXISTS { (:Actor {key: $participant})-[:ATTENDS]->(m) }');
  if (filter.placeKey) {
    conditions.push('EXISTS { (m)-[:AT]->(p:Place) WHERE p.key = $place OR p.countryCode = $placeCountry }');
  }
  if (filter.from) conditions.push('m.date >= date($from)');
  if (filter.to) conditions.push('m.date <= date($to)');
  if (filter.status) conditions.push('m.status = $status');
  if (filter.kind) conditions.push('m.kind = $kind');
  if (typeof filter.minConfidence === 'number') conditions.push('m.confidence >= $minConfidence');
  return {
    source: 'MATCH (m:Meeting)',
    variable: 'm',
    conditions,
    params: {
      participant: filter.participantKey ?? null,
      place: filter.placeKey ?? null,
      placeCountry: filter.placeCountry ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      status: filter.status ?? null,
      kind: filter.kind ?? null,
      minConfidence: filter.minConfidence ?? null,
    },
    orderBy: LIST_ORDER[filter.order ?? 'LATEST_FIRST'],
    projection: MEETING_PROJECTION('m'),
  };
}
