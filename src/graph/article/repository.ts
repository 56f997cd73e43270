import { cypher } from '../cypher.js';
import type { Executor } from '../executor.js';
import { rowByKey, rowsByKey } from '../shared/batch.js';
import { countQuery, luceneQuery, pageQuery, type ListSpec, type Page } from '../shared/list-query.js';
import { ARTICLE_PROJECTION } from '../shared/projections.js';
import type { ArticleRow, TopicRow } from './row.js';

export interface ArticleListFilter {
  from?: string | null;
  to?: string | null;
  search?: string | null;
}

export class ArticleRepository {
  constructor(private readonly executor: Executor) {}

  byIds(ids: readonly string[]): Promise<Map<string, ArticleRow>> {
    return rowByKey(
      this.executor,
      cypher(`UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN id AS key, ${ARTICLE_PROJECTION('a')} AS row`, { ids }),
    );
  }

  async page(filter: ArticleListFilter, page: Page): Promise<ArticleRow[]> {
    const rows = await this.executor.read(pageQuery(listSpec(filter), page));
    return rows.map((r) => r.row as ArticleRow);
  }

  async count(filter: ArticleListFilter): Promise<number> {
    const [row] = await this.executor.read(countQuery(listSpec(filter)));
    return Number(row?.total ?? 0);
  }

  topicsOf(ids: readonly string[]): Promise<Map<string, TopicRow[]>> {
    return rowsByKey(
      this.executor,
      cypher(
        `UNWIND $ids AS id MATCH (:Article {id: id})-[:TAGGED]->(t:Topic)
        WITH id, t ORDER BY t.name RETURN id AS key, collect(t { .key, .name }) AS rows`,
        { ids },
      ),
    );
  }

  topicsByKeys(keys: readonly string[]): Promise<Map<string, TopicRow>> {
    return rowByKey(
      this.executor,
      cypher('UNWIND $keys AS k MATCH (t:Topic {key: k}) RETURN k AS key, t { .key, .name } AS row', { keys }),
    );
  }
}

function listSpec(filter: ArticleListFilter): ListSpec {
  const search = filter.search ? luceneQuery(filter.search) : null;
  const conditions: string[] = [];
  if (filter.from) conditions.push('a.publishedAt >= date($from)');
  if (filter.to) conditions.push('a.publishedAt <= date($to)');
  return {
    source: search
      ? "CALL db.index.fulltext.queryNodes('article_text', $search) YIELD node AS a"
      : 'MATCH (a:Article)',
    variable: 'a',
    conditions,
    params: { from: filter.from ?? null, to: filter.to ?? null, search },
    orderBy: 'a.publishedAt DESC, a.ingestedAt DESC, a.id',
    projection: ARTICLE_PROJECTION('a'),
  };
}
