import type { ExtractedArticle } from '../domain/article.js';

/**
 * The article as the JSON contract of GUIDELINE.md, for writing to disk: every field of
 * `ExtractedArticle` except the body and sentences (which are large and derivable from the input).
 */
export function toContractJson(x: ExtractedArticle): Omit<ExtractedArticle, 'article'> & {
  article: Omit<ExtractedArticle['article'], 'body' | 'sentences'>;
} {
  const { body: _body, sentences: _sentences, ...article } = x.article;
  void _body;
  void _sentences;
  return { article, actors: x.actors, statements: x.statements, mediations: x.mediations, meetings: x.meetings };
}
