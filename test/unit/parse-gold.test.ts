import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRuleExtractor } from '../../src/extract/index.js';
import { parseArticle, readSources } from '../../src/parse/index.js';

/** Every gold article keeps a body and at least one actor: nothing is lost to the layout. */
const sets = [
  ...['dev', 'dev2', 'dev3'].map((set) => resolve(import.meta.dirname, '../../../shared/eval', set)),
  resolve(import.meta.dirname, '../heldout'),
].filter((dir) => existsSync(dir));

describe('gold articles survive the layout parser', () => {
  const extractor = createRuleExtractor();
  for (const set of sets) {
    it(`no article of ${set.split('/').pop()} extracts to an empty body or no actor`, async () => {
      const lost: string[] = [];
      for await (const item of readSources([set])) {
        if ('error' in item) {
          lost.push(`${item.origin}: ${item.error.message}`);
          continue;
        }
        const x = await extractor.extract(parseArticle(item));
        if (x.article.body.trim().length < 200 || x.actors.length === 0) lost.push(item.origin);
      }
      expect(lost).toEqual([]);
    });
  }
});
