/** An Article node as the API reads it, without its text (ArticleTextRow). `id` is the content hash. */
export interface ArticleRow {
  id: string;
  title: string;
  publishedAt: string | null;
  source: string | null;
  dateline: string | null;
  url: string | null;
  /** The web site a page was read from; null for text input. */
  siteName: string | null;
  keywords: string[];
  ingestedAt: string;
  extractor: string;
  /** Ingest health warnings; null on articles stored before warnings existed. */
  warnings: string[] | null;
}

/** The text of an article, read only when a client asks for it. */
export interface ArticleTextRow {
  body: string;
  sentences: string[];
}

export interface TopicRow {
  key: string;
  name: string;
}
