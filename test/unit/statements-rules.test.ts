import { describe, expect, it } from 'vitest';
import type { ExtractedArticle, ExtractedStatement } from '../../src/domain/article.js';
import { createRuleExtractor } from '../../src/extract/index.js';
import { STATEMENT_RULES } from '../../src/extract/statements/rules/index.js';
import { parseArticle } from '../../src/parse/index.js';

const extractor = createRuleExtractor();
/** An example whose first paragraph is a headline ("Statement by …") is a whole article; others get a title. */
const run = (text: string): ExtractedArticle =>
  extractor.extract(
    parseArticle({
      origin: 't',
      content: /^[^\n]+\n\n/.test(text) && /^(Statement|Remarks)\b/.test(text) ? text : `A test title\n\n${text}`,
      format: 'text',
      overrides: { publishedAt: '2024-03-14' },
    }),
  ) as ExtractedArticle;
const describeStatement = (s: ExtractedStatement): string => `${s.speaker} → '${s.text}'`;

describe('statement rules: every example produces its statement, by that rule', () => {
  for (const rule of STATEMENT_RULES) {
    it(`${rule.name} has examples`, () => expect(rule.examples.length).toBeGreaterThan(0));
    for (const example of rule.examples) {
      it(`${rule.name}: ${example.text}`, () => {
        const found = run(example.text)
          .statements.filter((s) => s.rule === rule.name)
          .map(describeStatement);
        // an example without `expect` is one the rule must not read a statement from
        if (example.expect === undefined) expect(found).toEqual([]);
        else expect(found).toContain(example.expect);
      });
    }
  }
});
