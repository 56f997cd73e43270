import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../src/domain/article.js';
import { createRuleExtractor } from '../../src/extract/index.js';
import { parseArticle } from '../../src/parse/index.js';

/** Paragraphs of our own, repeated: pronouns, "the ministry" and quotes resolved across a long article. */
const PARAGRAPHS = [
  'The Kenyan Foreign Ministry said on Monday that the talks in Nairobi would resume.',
  '“We are ready to sign,” said rebel commander Daniel Okoth. He added that his fighters would stay in their camps.',
  'The ministry said the observers would arrive next week. It also warned that the truce remained fragile.',
  'The guarantors will meet in Addis Ababa, according to the African Union.',
];

describe('statements on a large article', () => {
  it('extracts a 300 KB article (reference resolution stays linear)', () => {
    const parts: string[] = [];
    let size = 0;
    for (let k = 0; size < 300_000; k++) {
      const p = PARAGRAPHS[k % PARAGRAPHS.length]!;
      parts.push(p);
      size += p.length + 2;
    }
    const x = createRuleExtractor().extract(
      parseArticle({
        origin: 'large',
        content: `A long title\n\n${parts.join('\n\n')}`,
        format: 'text',
        overrides: { publishedAt: '2024-03-14' },
      }),
    ) as ExtractedArticle;
    const speakers = new Set(x.statements.map((s) => s.speaker));
    expect(speakers).toContain('Daniel Okoth');
    expect(x.statements.length).toBeGreaterThan(3);
    // a generous cap, not a timing assertion: the shared machine may be slow, a quadratic pass would not finish
  }, 120_000);
});
