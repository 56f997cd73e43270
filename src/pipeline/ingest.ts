import type { ExtractedArticle } from '../domain/article.js';
import { BadArticleError, ErrorCode } from '../domain/errors.js';
import type { RawArticle } from '../domain/source.js';
import type { Executor } from '../graph/executor.js';
import type { SourceItem } from '../parse/index.js';
import type { ArticleExtraction } from './extraction.js';
import { writeWithRetry } from './write-batch.js';

export interface ItemCounts {
  actors: number;
  statements: number;
  mediations: number;
  meetings: number;
}

/** What became of one article: stored now, already in the graph, or refused with the reason. */
export type ArticleOutcome = 'stored' | 'already-stored' | 'refused';

export interface SkippedArticle {
  origin: string;
  outcome: Exclude<ArticleOutcome, 'stored'>;
  reason: string;
}

export interface IngestSummary extends ItemCounts {
  /** Articles newly stored. */
  articles: number;
  /** Articles not stored, with the reason (already stored, or why they could not be read or written). */
  skipped: SkippedArticle[];
  /** Stored articles with ingest health warnings (no date, lost text, not English, duplicate). */
  warned: { origin: string; warnings: string[] }[];
}

/** One article of a batch: stored (or already there), or refused with the reason. */
export type BatchItemResult =
  | { ok: true; extracted: ExtractedArticle; created: boolean }
  | { ok: false; error: string; code: ErrorCode };

export interface IngestProgress {
  done: number;
  stored: number;
  skipped: number;
}

export interface StreamOptions {
  batchSize?: number;
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestLimits {
  /** Articles with more characters are refused before extraction. */
  maxArticleChars: number;
}

export const ALREADY_STORED = 'already in the graph (same content)';

type Extracted = { origin: string; extracted: ExtractedArticle };
type Refused = { origin: string; error: BadArticleError };

/**
 * Parse → extract → graph, for one article or a stream. Extraction runs in `extraction` (a
 * worker pool in the server and the CLI); each batch is one transaction, retried on transient
 * errors and split to isolate an article that keeps failing. An article that cannot be read,
 * is too large or whose extraction is inconsistent is refused with its reason before anything
 * is written, so a bad article never takes good ones down with it.
 */
export class IngestService {
  constructor(
    private readonly executor: Executor,
    private readonly extraction: ArticleExtraction,
    private readonly limits: IngestLimits,
  ) {}

  /** Throws BadArticleError when the input cannot become an article (or cannot be stored). */
  async ingestOne(raw: RawArticle): Promise<{ extracted: ExtractedArticle; created: boolean }> {
    const item = { origin: raw.origin, extracted: await this.extract(raw) };
    const { outcome, reason } = (await this.write([item])).get(item.extracted.article.id)!;
    if (outcome === 'refused') throw new BadArticleError(raw.origin, reason);
    return { extracted: item.extracted, created: outcome === 'stored' };
  }

  /** Valid articles are written in one transaction; each refused one comes back with its reason. */
  async ingestBatch(raws: readonly RawArticle[]): Promise<BatchItemResult[]> {
    const extractions = await Promise.all(raws.map((raw) => this.extractSafely(raw)));
    const valid = extractions.filter((e): e is Extracted => 'extracted' in e);
    const written = await this.write(valid);
    return extractions.map((e): BatchItemResult => {
      if ('error' in e) return { ok: false, error: e.error.message, code: e.error.code };
      const outcome = written.get(e.extracted.article.id)!;
      if (outcome.outcome === 'refused') return { ok: false, error: outcome.reason, code: ErrorCode.BadArticle };
      const created = outcome.outcome === 'stored' && outcome.first === e;
      return { ok: true, extracted: e.extracted, created };
    });
  }

  async ingestStream(sources: AsyncIterable<SourceItem>, options: StreamOptions = {}): Promise<IngestSummary> {
    const batchSize = options.batchSize ?? 50;
    const summary: IngestSummary = {
      articles: 0,
      actors: 0,
      statements: 0,
      mediations: 0,
      meetings: 0,
      skipped: [],
      warned: [],
    };
    const progress = () =>
      options.onProgress?.({
        done: summary.articles + summary.skipped.length,
        stored: summary.articles,
        skipped: summary.skipped.length,
      });
    let pending: RawArticle[] = [];
    // One batch is written while the next is read and extracted: one write at a time, in order.
    let writing: Promise<void> = Promise.resolve();
    const flush = async () => {
      const raws = pending;
      pending = [];
      const extractions = await Promise.all(raws.map((raw) => this.extractSafely(raw)));
      for (const e of extractions) {
        if ('error' in e) summary.skipped.push({ origin: e.origin, outcome: 'refused', reason: e.error.message });
      }
      const valid = extractions.filter((e): e is Extracted => 'extracted' in e);
      await writing;
      writing = this.writeIntoSummary(valid, summary).then(progress);
      writing.catch(() => undefined); // a failure surfaces at the next await of `writing`
    };
    for await (const item of sources) {
      if ('error' in item) {
        summary.skipped.push({ origin: item.origin, outcome: 'refused', reason: item.error.message });
        progress();
        continue;
      }
      pending.push(item);
      if (pending.length >= batchSize) await flush();
    }
    await flush();
    await writing;
    return summary;
  }

  private async extractSafely(raw: RawArticle): Promise<Extracted | Refused> {
    try {
      return { origin: raw.origin, extracted: await this.extract(raw) };
    } catch (error) {
      if (!(error instanceof BadArticleError)) throw error;
      return { origin: raw.origin, error };
    }
  }

  private async extract(raw: RawArticle): Promise<ExtractedArticle> {
    const max = this.limits.maxArticleChars;
    if (raw.content.length > max) {
      throw new BadArticleError(
        raw.origin,
        `the article has ${raw.content.length} characters; the limit is ${max} (EVENTGRAPH_MAX_ARTICLE_CHARS)`,
        ErrorCode.ArticleTooLarge,
      );
    }
    return this.extraction.extract(raw);
  }

  /** Each article id's outcome; `first` is the item that stored it (a batch may hold one article twice). */
  private async write(items: Extracted[]) {
    const outcomes = new Map<string, { outcome: ArticleOutcome; reason: string; first: Extracted }>();
    if (items.length === 0) return outcomes;
    const result = await writeWithRetry(
      this.executor,
      items.map((i) => i.extracted),
      this.extraction.name,
    );
    const firstOf = (id: string) => items.find((i) => i.extracted.article.id === id)!;
    for (const e of result.stored)
      outcomes.set(e.article.id, { outcome: 'stored', reason: '', first: firstOf(e.article.id) });
    for (const e of result.alreadyStored) {
      outcomes.set(e.article.id, { outcome: 'already-stored', reason: ALREADY_STORED, first: firstOf(e.article.id) });
    }
    for (const { extracted, reason } of result.failed) {
      outcomes.set(extracted.article.id, { outcome: 'refused', reason, first: firstOf(extracted.article.id) });
    }
    return outcomes;
  }

  private async writeIntoSummary(items: Extracted[], summary: IngestSummary): Promise<void> {
    const outcomes = await this.write(items);
    for (const item of items) {
      const { outcome, reason, first } = outcomes.get(item.extracted.article.id)!;
      if (outcome === 'stored' && first === item) {
        addCounts(summary, item.extracted);
        const warnings = item.extracted.article.warnings ?? [];
        if (warnings.length > 0) summary.warned.push({ origin: item.origin, warnings });
      } else if (outcome === 'refused') summary.skipped.push({ origin: item.origin, outcome, reason });
      else summary.skipped.push({ origin: item.origin, outcome: 'already-stored', reason: ALREADY_STORED });
    }
  }
}

export function countsOf(extracted: ExtractedArticle): ItemCounts {
  return {
    actors: extracted.actors.length,
    statements: extracted.statements.length,
    mediations: extracted.mediations.length,
    meetings: extracted.meetings.length,
  };
}

function addCounts(summary: IngestSummary, extracted: ExtractedArticle): void {
  const counts = countsOf(extracted);
  summary.articles += 1;
  summary.actors += counts.actors;
  summary.statements += counts.statements;
  summary.mediations += counts.mediations;
  summary.meetings += counts.meetings;
}
