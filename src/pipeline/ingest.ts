import type { ExtractedArticle } from '../domain/article.js';
import { BadArticleError } from '../domain/errors.js';
import type { RawArticle } from '../domain/source.js';
import type { Extractor } from '../extract/extractor.js';
import type { Executor } from '../graph/executor.js';
import { checkExtraction, writeArticles } from '../graph/ingest/write.js';
import { parseArticle, type SourceItem } from '../parse/index.js';

export interface ItemCounts {
  actors: number;
  statements: number;
  mediations: number;
  meetings: number;
}

export interface IngestSummary extends ItemCounts {
  /** Articles newly stored. */
  articles: number;
  /** Articles skipped, with the reason (already stored, or why they could not be read). */
  skipped: { origin: string; reason: string }[];
  /** Stored articles with ingest health warnings (no date, lost text, not English, duplicate). */
  warned: { origin: string; warnings: string[] }[];
}

/** One article of a batch: stored (or already there), or rejected with the reason. */
export type BatchItemResult =
  | { ok: true; extracted: ExtractedArticle; created: boolean }
  | { ok: false; error: string };

export interface IngestProgress {
  done: number;
  stored: number;
  skipped: number;
}

export interface StreamOptions {
  batchSize?: number;
  onProgress?: (progress: IngestProgress) => void;
}

/**
 * Parse → extract → graph, for one article or a stream. Each batch is one transaction; an
 * article that cannot be read or whose extraction is inconsistent is skipped with its reason
 * before anything is written, so a bad article never takes good ones down with it.
 */
export class IngestService {
  constructor(
    private readonly executor: Executor,
    private readonly extractor: Extractor,
  ) {}

  /** Throws BadArticleError when the input cannot become an article. */
  async ingestOne(raw: RawArticle): Promise<{ extracted: ExtractedArticle; created: boolean }> {
    const extracted = await this.extract(raw);
    const outcome = await writeArticles(this.executor, [extracted], this.extractor.name);
    return { extracted, created: outcome.stored.length === 1 };
  }

  /** Valid articles are written in one transaction; each rejected one comes back with its reason. */
  async ingestBatch(raws: readonly RawArticle[]): Promise<BatchItemResult[]> {
    const results: (BatchItemResult | ExtractedArticle)[] = [];
    for (const raw of raws) {
      try {
        results.push(await this.extract(raw));
      } catch (error) {
        if (!(error instanceof BadArticleError)) throw error;
        results.push({ ok: false, error: error.message });
      }
    }
    const valid = results.filter((r): r is ExtractedArticle => 'article' in r);
    const outcome = await writeArticles(this.executor, valid, this.extractor.name);
    const created = new Set(outcome.stored.map((e) => e.article.id));
    return results.map((r) => {
      if (!('article' in r)) return r;
      const isNew = created.delete(r.article.id);
      return { ok: true, extracted: r, created: isNew };
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
    let batch: { origin: string; extracted: ExtractedArticle }[] = [];
    // One batch is written while the next is read and extracted: one write at a time, in order,
    // so each batch resolves its actors against everything committed before it.
    let writing: Promise<void> = Promise.resolve();
    const flush = async () => {
      const full = batch;
      batch = [];
      await writing;
      writing = full.length ? this.writeBatch(full, summary).then(progress) : Promise.resolve();
      writing.catch(() => undefined); // a failure surfaces at the next await of `writing`
    };
    for await (const item of sources) {
      if ('error' in item) {
        summary.skipped.push({ origin: item.origin, reason: item.error.message });
        progress();
        continue;
      }
      try {
        batch.push({ origin: item.origin, extracted: await this.extract(item) });
      } catch (error) {
        if (!(error instanceof BadArticleError)) throw error;
        summary.skipped.push({ origin: item.origin, reason: error.message });
        progress();
      }
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    await writing;
    return summary;
  }

  private async extract(raw: RawArticle): Promise<ExtractedArticle> {
    const extracted = await this.extractor.extract(parseArticle(raw));
    checkExtraction(extracted);
    return extracted;
  }

  private async writeBatch(batch: { origin: string; extracted: ExtractedArticle }[], summary: IngestSummary) {
    const outcome = await writeArticles(
      this.executor,
      batch.map((b) => b.extracted),
      this.extractor.name,
    );
    const stored = new Set(outcome.stored.map((e) => e.article.id));
    for (const { origin, extracted } of batch) {
      if (stored.has(extracted.article.id)) {
        stored.delete(extracted.article.id);
        addCounts(summary, extracted);
        const warnings = extracted.article.warnings ?? [];
        if (warnings.length > 0) summary.warned.push({ origin, warnings });
      } else {
        summary.skipped.push({ origin, reason: 'already in the graph (same content)' });
      }
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
