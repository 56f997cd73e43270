import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleMeta, ExtractedArticle } from '../../src/domain/article.js';
import type { Extractor } from '../../src/extract/extractor.js';
import { repoRoot } from '../../src/paths.js';

export const RECORDED = join(repoRoot(), 'test', 'integration', 'recorded');

/**
 * An Extractor that replays what the rule extractor once produced for the fixture articles
 * (`npx tsx test/integration/record-fixtures.ts` records it). API tests run on it so that they
 * test the API on a known graph, not the extractor of the day; the extractor has its own tests.
 */
export function recordedExtractor(dir = RECORDED): Extractor {
  const byTitle = new Map<string, ExtractedArticle>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const recorded = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ExtractedArticle;
    byTitle.set(recorded.article.title, recorded);
  }
  return {
    name: 'recorded',
    extract(article: ArticleMeta): ExtractedArticle {
      const recorded = byTitle.get(article.title);
      if (!recorded) throw new Error(`no recorded extraction for "${article.title}": run test/integration/record-fixtures.ts`);
      return recorded;
    },
  };
}
