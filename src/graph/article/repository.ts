import { cypher } from '../cypher.js';
import type { Executor } from '../executor.js';
import { pagesByKey, rowByKey, rowsByKey, type RowsWithTotal } from '../shared/batch.js';
import { byKeys, int, luceneQuery, readCount, readPage, type ListSpec, type Page } from '../shared/list-query.js';
import { spanKey, type EvidenceTextRow, type SpanRef } from '../shared/evidence-row.js';
import { ARTICLE_PROJECTION, ARTICLE_TEXT_PROJECTION, SPAN_TEXT } from '../shared/projections.js';
import type { ArticleRow, ArticleTextRow, TopicRow } from './row.js';

export interface ArticleListFilter {
  from?: string | null;
  to?: string | null;
  search?: string | null;
  topicKey?: string | null;
  sourceKey?: string | null;
  order?: 'NEWEST_FIRST' | 'OLDEST_FIRST' | null;
}

const ORDER = {
  NEWEST_FIRST: 'a.publishedAt DESC, a.ingestedAt DESC, a.id',
  OLDEST_FIRST: 'a.publishedAt, a.ingestedAt, a.id',
} as const;

export class ArticleRepository {
  constructor(private readonly executor: Executor) {}

  byIds(ids: readonly string[]): Promise<Map<string, ArticleRow>> {
    return rowByKey(this.executor, byKeys('Article', 'id', ARTICLE_PROJECTION, ids));
  }

  /** Body and sentences of each article. */
  textsByIds(ids: readonly string[]): Promise<Map<string, ArticleTextRow>> {
    return rowByKey(this.executor, byKeys('Article', 'id', ARTICLE_TEXT_PROJECTION, ids));
  }

  /** The sentence and words of each span, by spanKey. */
  spanTexts(spans: readonly SpanRef[]): Promise<Map<string, EvidenceTextRow>> {
    return rowByKey(
      this.executor,
      cypher(
        `UNWIND $spans AS s MATCH (a:Article {id: s.articleId}) RETURN s.key AS key, ${SPAN_TEXT('s', 'a')} AS row`,
        {
          spans: spans.map((s) => ({
            key: spanKey(s),
            articleId: s.articleId,
            sentenceIndex: s.sentenceIndex,
            start: s.start,
            end: s.end,
          })),
        },
      ),
    );
  }

  page(filter: ArticleListFilter, page: Page): Promise<ArticleRow[]> {
    return readPage(this.executor, listSpec(filter), page);
  }

  count(filter: ArticleListFilter): Promise<number> {
    return readCount(this.executor, listSpec(filter));
  }

  /** One page per actor of the articles that mention it, newest first. */
  mentioning(keys: readonly string[], page: Page): Promise<Map<string, RowsWithTotal<ArticleRow>>> {
    return pagesByKey(
      this.executor,
      cypher(
        `UNWIND $keys AS k MATCH (x:Actor {key: k})
        CALL (x) {
          MATCH (x)<-[:MENTIONS]-(a:Article)
          WITH a ORDER BY a.publishedAt DESC, a.id SKIP $skip LIMIT $limit
          RETURN collect(${ARTICLE_PROJECTION('a')}) AS rows
        }
        RETURN k AS key, rows, COUNT { (x)<-[:MENTIONS]-(:Article) } AS total`,
        { keys, skip: int(page.skip), limit: int(page.limit) },
      ),
    );
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
  if (filter.topicKey) conditions.push('EXISTS { (a)-[:TAGGED]->(:Topic {key: $topic}) }');
  if (filter.sourceKey) conditions.push('a.sourceKey = $source');
  return {
    source: search ? "CALL db.index.fulltext.queryNodes('article_text', $search) YIELD node AS a" : 'MATCH (a:Article)',
    variable: 'a',
    conditions,
    params: {
      from: filter.from ?? null,
      to: filter.to ?? null,
      search,
      topic: filter.topicKey ?? null,
      source: filter.sourceKey ?? null,
    },
    orderBy: ORDER[filter.order ?? 'NEWEST_FIRST'],
    projection: ARTICLE_PROJECTION('a'),
  };
}
