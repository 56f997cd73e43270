import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleMeta, ExtractedArticle } from '../../src/domain/article.js';
import type { Extractor } from '../../src/extract/extractor.js';
import { createRuleExtractor } from '../../src/extract/index.js';
import { repoRoot } from '../../src/paths.js';

export const RECORDED = join(repoRoot(), 'test', 'integration', 'recorded');

/**
 * An Extractor that replays what the rule extractor once produced for the fixture articles
 * (`npx tsx test/integration/record-fixtures.ts` records it). API tests run on it so that they
 * test the API on a known graph, not the extractor of the day; the extractor has its own tests.
 */
export function recordedExtractor(dir = RECORDED, fallback: Extractor = createRuleExtractor()): Extractor {
  const byTitle = new Map<string, ExtractedArticle>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const recorded = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ExtractedArticle;
    byTitle.set(recorded.article.title, recorded);
  }
  return {
    name: 'recorded',
    /** Articles a test writes on the fly (not fixtures) go to the live extractor. */
    extract(article: ArticleMeta) {
      return byTitle.get(article.title) ?? fallback.extract(article);
    },
  };
}
