import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { BadArticleError } from '../domain/errors.js';
import type { ArticleOverrides, RawArticle } from '../domain/source.js';
import { decodeText } from './decode.js';

export type SourceItem = RawArticle | { origin: string; error: BadArticleError };

const isArticleFile = (name: string): boolean =>
  (name.endsWith('.txt') || name.endsWith('.json')) && !name.endsWith('.gold.json') && !name.endsWith('.meta.json');

/** Article files under a folder, recursively, in sorted order. */
export async function listFolder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFolder(p)));
    else if (e.isFile() && isArticleFile(e.name)) out.push(p);
  }
  return out;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Defaults from a sidecar NAME.meta.json beside NAME.txt ({publishedAt, url, source}). */
function sidecar(path: string): ArticleOverrides | { error: string } {
  if (extname(path) !== '.txt') return {};
  const metaPath = join(dirname(path), `${basename(path, '.txt')}.meta.json`);
  let text: string;
  try {
    text = readFileSync(metaPath, 'utf8');
  } catch {
    return {};
  }
  try {
    const m = JSON.parse(text) as Record<string, unknown>;
    const out: ArticleOverrides = {};
    for (const k of ['publishedAt', 'url', 'source'] as const) {
      if (typeof m[k] === 'string') out[k] = m[k] as string;
    }
    return out;
  } catch (e) {
    return { error: `sidecar ${metaPath} is not valid JSON (${(e as Error).message})` };
  }
}

function merge(defaults: ArticleOverrides, overrides: ArticleOverrides | undefined): ArticleOverrides {
  const out: ArticleOverrides = { ...defaults };
  for (const k of ['publishedAt', 'url', 'source'] as const) {
    if (overrides?.[k] != null) out[k] = overrides[k];
  }
  return out;
}

/**
 * Yields the articles behind paths: files, folders (recursively: `.txt` and `.json` files in
 * sorted order, skipping `*.gold.json` and `*.meta.json`) and `-` for stdin. A `NAME.meta.json`
 * beside `NAME.txt` supplies publishedAt/url/source defaults; `overrides` win over it.
 * Unreadable paths are yielded as errors, not thrown, so one bad input never stops a batch.
 */
export async function* readSources(paths: string[], overrides?: ArticleOverrides): AsyncIterable<SourceItem> {
  for (const path of paths) {
    if (path === '-') {
      try {
        const content = decodeText(await readStdin(), '-');
        yield { origin: '-', content, format: 'auto', overrides: merge({}, overrides) };
      } catch (error) {
        if (!(error instanceof BadArticleError)) throw error;
        yield { origin: '-', error };
      }
      continue;
    }
    let files: string[];
    try {
      const s = await stat(path);
      files = s.isDirectory() ? await listFolder(path) : [path];
    } catch {
      yield { origin: path, error: new BadArticleError(path, 'no such file or folder') };
      continue;
    }
    for (const file of files) {
      let content: string;
      try {
        // Synchronous on purpose: for small article files, fs/promises' readFile (open, fstat,
        // read, close, each a thread-pool round trip) costs ten times the CPU of readFileSync.
        content = decodeText(readFileSync(file), file);
      } catch (e) {
        const error =
          e instanceof BadArticleError ? e : new BadArticleError(file, `cannot be read (${(e as Error).message})`);
        yield { origin: file, error };
        continue;
      }
      const side = sidecar(file);
      if ('error' in side) {
        yield { origin: file, error: new BadArticleError(file, side.error) };
        continue;
      }
      const format = file.endsWith('.json') ? 'json' : 'text';
      yield { origin: file, content, format, overrides: merge(side, overrides) };
    }
  }
}
