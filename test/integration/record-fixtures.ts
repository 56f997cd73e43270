/**
 * Records the rule extractor's output for examples/ and test/integration/fixtures/ into
 * test/integration/recorded/, for the API tests. Run after a deliberate extractor change:
 *   npx tsx test/integration/record-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createRuleExtractor } from '../../src/extract/index.js';
import { parseArticle } from '../../src/parse/index.js';
import { readSources } from '../../src/parse/sources.js';
import { RECORDED, recordedExtractor } from './recorded-extractor.js';
import { EXAMPLES, FIXTURES } from './support.js';

const extractor = createRuleExtractor();
mkdirSync(RECORDED, { recursive: true });
for await (const item of readSources([EXAMPLES, FIXTURES])) {
  if ('error' in item) throw item.error;
  const extracted = await extractor.extract(parseArticle(item));
  const name = basename(item.origin, extname(item.origin));
  writeFileSync(join(RECORDED, `${name}.json`), `${JSON.stringify(extracted, null, 1)}\n`);
  console.log(
    `recorded ${name}: ${extracted.actors.length} actors, ${extracted.statements.length} statements, ${extracted.mediations.length} mediations, ${extracted.meetings.length} meetings`,
  );
}
recordedExtractor();
