import type { ArticleMeta, ExtractedArticle } from '../domain/article.js';

/**
 * The seam between parsing and the graph. The default implementation is rule-based,
 * deterministic and offline; a model-backed extractor implements the same interface.
 * Extractors may be async (a model call) but must not touch the database.
 */
export interface Extractor {
  readonly name: string;
  extract(article: ArticleMeta): ExtractedArticle | Promise<ExtractedArticle>;
}
