import { parentPort } from 'node:worker_threads';
import { BadArticleError } from '../domain/errors.js';
import type { RawArticle } from '../domain/source.js';
import { createRuleExtractor } from '../extract/index.js';
import { extractRaw } from './extraction.js';

/** One worker thread of the extraction pool: raw article in, extracted article (or the reason) out. */
const extractor = createRuleExtractor();
const port = parentPort;
if (!port) throw new Error('extraction-worker runs as a worker thread (see extraction-pool.ts)');

// Loading the modules and building the lexicon is not an article's time: say when ready.
port.postMessage({ ready: true });

port.on('message', async ({ id, raw }: { id: number; raw: RawArticle }) => {
  try {
    port.postMessage({ id, extracted: await extractRaw(extractor, raw) });
  } catch (error) {
    const bad = error instanceof BadArticleError;
    port.postMessage({
      id,
      error: {
        badArticle: bad,
        message: bad ? error.reason : String((error as Error)?.stack ?? error),
        code: bad ? error.code : undefined,
      },
    });
  }
});
