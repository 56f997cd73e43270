import type { ActorKind } from '../../domain/article.js';
import { cypher } from '../cypher.js';
import type { Executor } from '../executor.js';
import { rowByKey, rowsByKey } from '../shared/batch.js';
import { byKeys, luceneQuery, readCount, readPage, type ListSpec, type Page } from '../shared/list-query.js';
import { ACTOR_PROJECTION, EVIDENCE_PROJECTION } from '../shared/projections.js';
import type { ActorRow, AffiliationRow } from './row.js';

export interface ActorListFilter {
  search?: string | null;
  kind?: ActorKind | null;
  activeFrom?: string | null;
  activeTo?: string | null;
  order?: 'MOST_MENTIONED' | 'NAME' | 'LAST_SEEN' | null;
}

const ORDER = {
  MOST_MENTIONED: 'x.mentionCount DESC, x.name',
  NAME: 'x.name',
  LAST_SEEN: 'x.lastSeen DESC, x.mentionCount DESC, x.name',
} as const;

export class ActorRepository {
  constructor(private readonly executor: Executor) {}

  byKeys(keys: readonly string[]): Promise<Map<string, ActorRow>> {
    return rowByKey(this.executor, byKeys('Actor', 'key', ACTOR_PROJECTION, keys));
  }

  page(filter: ActorListFilter, page: Page): Promise<ActorRow[]> {
    return readPage(this.executor, listSpec(filter), page);
  }

  count(filter: ActorListFilter): Promise<number> {
    return readCount(this.executor, listSpec(filter));
  }

  /** Actors that articles mention, most mentioned in the article first. */
  mentionedIn(articleIds: readonly string[]): Promise<Map<string, ActorRow[]>> {
    return rowsByKey(
      this.executor,
      cypher(
        `UNWIND $ids AS id MATCH (:Article {id: id})-[m:MENTIONS]->(x:Actor)
        WITH id, x ORDER BY m.count DESC, x.name
        RETURN id AS key, collect(${ACTOR_PROJECTION('x')}) AS rows`,
        { ids: articleIds },
      ),
    );
  }

  /** Outgoing AFFILIATED_WITH edges (`members: false`) or incoming ones (`members: true`). */
  affiliations(keys: readonly string[], members: boolean): Promise<Map<string, AffiliationRow[]>> {
    const pattern = members ? '(x)<-[r:AFFILIATED_WITH]-(other:Actor)' : '(x)-[r:AFFILIATED_WITH]->(other:Actor)';
    return rowsByKey(
      this.executor,
      cypher(
        `UNWIND $keys AS k MATCH (x:Actor {key: k}) MATCH ${pattern}
        OPTIONAL MATCH (a:Article {id: r.articleId})
        WITH k, other, r, a ORDER BY other.name, r.role
        RETURN k AS key, collect({ actorKey: other.key, role: CASE r.role WHEN '' THEN null ELSE r.role END,
          evidence: CASE WHEN a IS NULL THEN [] ELSE [${EVIDENCE_PROJECTION('r', 'a')}] END }) AS rows`,
        { keys },
      ),
    );
  }
}

function listSpec(filter: ActorListFilter): ListSpec {
  const search = filter.search ? luceneQuery(filter.search) : null;
  const conditions = filter.kind ? ['x.kind = $kind'] : [];
  if (filter.activeFrom || filter.activeTo) {
    conditions.push(`EXISTS { MATCH (x)<-[:MENTIONS]-(a:Article)
      WHERE ($from IS NULL OR a.publishedAt >= date($from)) AND ($to IS NULL OR a.publishedAt <= date($to)) }`);
  }
  return {
    source: search
      ? "CALL db.index.fulltext.queryNodes('actor_names_folded', $search) YIELD node AS x, score"
      : 'MATCH (x:Actor)',
    variable: 'x',
    conditions,
    params: { kind: filter.kind ?? null, search, from: filter.activeFrom ?? null, to: filter.activeTo ?? null },
    orderBy: ORDER[filter.order ?? 'MOST_MENTIONED'],
    projection: ACTOR_PROJECTION('x'),
  };
}
