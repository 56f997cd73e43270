/**
 * What a caller hands to ingestion before parsing: raw text (plain or the wire layout), or the
 * JSON shape {title, body, publishedAt, url, source, keywords}. Optional overrides come from the
 * command line, a sidecar NAME.meta.json or the GraphQL input.
 */
export interface RawArticle {
  /** Where it came from, for messages: a path, "-" for stdin, or "graphql". */
  origin: string;
  /** The whole file or request body. */
  content: string;
  /** "text" for plain/wire text, "json" for the JSON article shape, "html" for a web page; "auto" sniffs. */
  format: 'text' | 'json' | 'html' | 'auto';
  overrides?: ArticleOverrides;
  /** Used only where the article itself says nothing: a feed item's date, the URL a page was fetched from. */
  fallbacks?: ArticleOverrides;
}

export interface ArticleOverrides {
  publishedAt?: string | null;
  url?: string | null;
  source?: string | null;
}
