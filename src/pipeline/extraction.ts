import type { ExtractedArticle } from '../domain/article.js';
import { type ArticleErrorCode, BadArticleError, ErrorCode } from '../domain/errors.js';
import type { RawArticle } from '../domain/source.js';
import type { Extractor } from '../extract/extractor.js';
import { checkExtraction } from '../graph/ingest/write.js';
import { parseArticle } from '../parse/index.js';

/** Parse and extract one raw article, somewhere: in this thread or in a worker thread. */
export interface ArticleExtraction {
  /** The extractor's name, stored on each article. */
  readonly name: string;
  /** Rejects with BadArticleError when the article cannot be read, or its time budget runs out. */
  extract(raw: RawArticle): Promise<ExtractedArticle>;
  close(): Promise<void>;
}

/**
 * Parses and extracts one raw article, and checks that the extraction can be written (its items
 * refer to listed actors, its spans are in the text): wherever extraction runs, so a worker
 * thread does the check too. Throws BadArticleError naming the raw article's origin.
 */
export async function extractRaw(extractor: Extractor, raw: RawArticle): Promise<ExtractedArticle> {
  const article = parseArticle(raw);
  let extracted: ExtractedArticle;
  try {
    extracted = await extractor.extract(article);
  } catch (error) {
    if (error instanceof BadArticleError) throw error;
    // a fault of the extractor on this one article: refuse it, name it, and let the others go on
    throw new BadArticleError(
      raw.origin,
      `the ${extractor.name} extractor failed on this article (${error instanceof Error ? error.message : String(error)}); nothing of it was stored`,
      ErrorCode.ExtractionFailed,
    );
  }
  try {
    checkExtraction(extracted);
  } catch (error) {
    if (error instanceof BadArticleError)
      throw new BadArticleError(raw.origin, error.reason, error.code as ArticleErrorCode);
    throw error;
  }
  return extracted;
}

export function timedOut(origin: string, timeoutMs: number): BadArticleError {
  return new BadArticleError(
    origin,
    `extraction took longer than ${timeoutMs} ms and was stopped (EVENTGRAPH_EXTRACTION_TIMEOUT_MS)`,
    ErrorCode.ExtractionTimedOut,
  );
}

/**
 * Extraction in this thread, for extractors that cannot move to a worker (a test's recorded
 * extractor, a model client). The time budget ends the wait, not the work: synchronous work
 * cannot be interrupted here, which is why the server and the CLI use the worker pool.
 */
export class InlineExtraction implements ArticleExtraction {
  readonly name: string;

  constructor(
    private readonly extractor: Extractor,
    private readonly timeoutMs: number,
  ) {
    this.name = extractor.name;
  }

  async extract(raw: RawArticle): Promise<ExtractedArticle> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(timedOut(raw.origin, this.timeoutMs)), this.timeoutMs);
    });
    try {
      return await Promise.race([extractRaw(this.extractor, raw), deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {}
}
