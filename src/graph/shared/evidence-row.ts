/** Evidence as the API reads it: the span and its sentence, resolved from the article. */
export interface EvidenceRow {
  articleId: string;
  sentenceIndex: number;
  sentence: string;
  start: number;
  end: number;
  text: string;
  confidence: number;
}
