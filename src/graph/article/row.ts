/** An Article node as the API reads it. `id` is the content hash. */
export interface ArticleRow {
  id: string;
  title: string;
  publishedAt: string | null;
  source: string | null;
  dateline: string | null;
  url: string | null;
  keywords: string[];
  body: string;
  sentences: string[];
  ingestedAt: string;
  extractor: string;
}

export interface TopicRow {
  key: string;
  name: string;
}
