/** Evidence as the API reads it: where the span is. Its words are an EvidenceTextRow, read apart. */
export interface EvidenceRow {
  articleId: string;
  sentenceIndex: number;
  start: number;
  end: number;
  confidence: number;
}

/** A span of an article: what the sentence and words of a piece of evidence are looked up by. */
export type SpanRef = Pick<EvidenceRow, 'articleId' | 'sentenceIndex' | 'start' | 'end'>;

/** The sentence a span is in, and the span's words. */
export interface EvidenceTextRow {
  sentence: string;
  text: string;
}

/** One string per span, for loader caches and query results. */
export function spanKey(span: SpanRef): string {
  return `${span.articleId}:${span.sentenceIndex}:${span.start}:${span.end}`;
}
