/**
 * Child process that extracts part of a corpus for the floor ahead of its timed writes:
 * one JSON line per article (the ExtractedArticle) in the output file. Several run at once,
 * one per core, so that the untimed extraction of a large corpus does not take as long as ours.
 */
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { once } from 'node:events';
import { createRuleExtractor } from '../../src/extract/index.js';
import { checkExtraction } from '../../src/graph/ingest/write.js';
import { parseArticle, readSources } from '../../src/parse/index.js';
import { runAsChild } from '../child.js';

const [listFile, outFile] = process.argv.slice(2);

await runAsChild(async () => {
  if (!listFile || !outFile) throw new Error('usage: extract-worker LIST_FILE OUT_FILE');
  const files = JSON.parse(await readFile(listFile, 'utf8')) as string[];
  const extractor = createRuleExtractor();
  const out = createWriteStream(outFile);
  let done = 0;
  let skipped = 0;
  for await (const item of readSources(files)) {
    done += 1;
    if ('error' in item) {
      skipped += 1;
      continue;
    }
    try {
      const extracted = await extractor.extract(parseArticle(item));
      checkExtraction(extracted);
      if (!out.write(`${JSON.stringify(extracted)}\n`)) await once(out, 'drain');
    } catch {
      skipped += 1; // skipped by ours as well
    }
    if (done % 200 === 0) process.send!({ type: 'progress', done });
  }
  out.end();
  await once(out, 'finish');
  return { done, skipped };
});
