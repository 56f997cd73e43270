import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/domain/errors.js';
import { extractWithRules } from '../../src/extract/index.js';
import { parseArticle } from '../../src/parse/index.js';
import { repoRoot } from '../../src/paths.js';
import { ExtractionPool } from '../../src/pipeline/extraction-pool.js';
import { InlineExtraction } from '../../src/pipeline/extraction.js';

const TRUCE = readFileSync(join(repoRoot(), 'examples', 'truce-moscow.txt'), 'utf8');
const raw = (content: string, origin = 'truce') => ({ origin, content, format: 'text' as const });

// Starting worker threads takes seconds on a loaded machine.
describe('the extraction worker pool', { timeout: 60_000 }, () => {
  const pool = new ExtractionPool(2, 60_000);
  afterAll(() => pool.close());

  it('extracts in worker threads exactly what the rules extract in this thread', async () => {
    const [a, b] = await Promise.all([pool.extract(raw(TRUCE)), pool.extract(raw(TRUCE))]);
    const inline = extractWithRules(parseArticle(raw(TRUCE)));
    expect(a).toEqual(inline);
    expect(b).toEqual(inline);
  });

  it('refuses an unreadable article with its reason, as BAD_ARTICLE', async () => {
    await expect(pool.extract(raw('   \n', 'empty.txt'))).rejects.toMatchObject({
      code: ErrorCode.BadArticle,
      message: expect.stringMatching(/^empty\.txt: .*empty/),
    });
  });

  it('stops an extraction past its time budget, as EXTRACTION_TIMED_OUT', async () => {
    const tight = new ExtractionPool(1, 1);
    try {
      // Several articles' worth of text: longer than 1 ms in any worker.
      const long = `${TRUCE}\n${'Qatar said the talks in Doha would resume on Monday. '.repeat(2_000)}`;
      await expect(tight.extract(raw(long, 'long.txt'))).rejects.toMatchObject({ code: ErrorCode.ExtractionTimedOut });
    } finally {
      await tight.close();
    }
  });
});

describe('extraction, wherever it runs', () => {
  it('refuses an article the extractor fails on, as EXTRACTION_FAILED under its origin, and goes on', async () => {
    const faulty = {
      name: 'faulty',
      extract: (article: Parameters<typeof extractWithRules>[0]) => {
        if (article.body.includes('Haniya'))
          throw new TypeError("Cannot read properties of undefined (reading 'lower')");
        return extractWithRules(article);
      },
    };
    const extraction = new InlineExtraction(faulty, 60_000);
    await expect(extraction.extract(raw(TRUCE, 'feed/item-8'))).rejects.toMatchObject({
      code: ErrorCode.ExtractionFailed,
      origin: 'feed/item-8',
      message: expect.stringMatching(/^feed\/item-8: the faulty extractor failed on this article \(Cannot read/),
    });
    const other = await extraction.extract(
      raw('Talks in Doha\n\nQatar said the talks would resume on Monday.', 'b.txt'),
    );
    expect(other.actors.map((a) => a.name)).toContain('Qatar');
  });

  it("refuses an extraction that names an actor it does not list, under the raw article's origin", async () => {
    const dangling = {
      name: 'dangling',
      extract: (article: Parameters<typeof extractWithRules>[0]) => {
        const extracted = extractWithRules(article);
        extracted.statements.push({ ...extracted.statements[0]!, speaker: 'Nobody Listed' });
        return extracted;
      },
    };
    await expect(new InlineExtraction(dangling, 60_000).extract(raw(TRUCE, 'feed/item-7'))).rejects.toMatchObject({
      code: ErrorCode.BadArticle,
      origin: 'feed/item-7',
      message: expect.stringMatching(/^feed\/item-7: extraction is inconsistent: .*Nobody Listed/),
    });
  });
});
