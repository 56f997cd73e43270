import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArticle, type GeneratedArticle } from './article.js';
import { buildPopulation, type Population } from './population.js';

export { generateArticle, type GeneratedArticle } from './article.js';
export { buildPopulation, populationSizes, type Population } from './population.js';

/** Bumped whenever the generator's output changes, so that cached corpora are rewritten. */
export const GENERATOR_VERSION = 1;
const FILES_PER_FOLDER = 1000;

export interface CorpusSpec {
  size: number;
  seed: number;
}

export interface Corpus extends CorpusSpec {
  /** The folder of article files (`manifest.json` sits beside it, in the corpus folder). */
  dir: string;
  /** Total bytes of article text. */
  bytes: number;
}

/** The articles of a corpus, in order. Deterministic for (size, seed). */
export function* generateCorpus(
  spec: CorpusSpec,
  population: Population = buildPopulation(spec.seed, spec.size),
): Generator<GeneratedArticle> {
  for (let i = 0; i < spec.size; i++) yield generateArticle(population, spec.seed, i);
}

export function defaultCorpusDir(spec: CorpusSpec): string {
  return join(tmpdir(), 'eventgraph-bench', `corpus-${spec.size}-seed${spec.seed}-v${GENERATOR_VERSION}`);
}

/** Relative path of article i: folders of 1000 files, `NAME.txt` with a `NAME.meta.json` beside it. */
export function articlePath(index: number): string {
  const folder = String(Math.floor(index / FILES_PER_FOLDER)).padStart(3, '0');
  return join(folder, `a${String(index).padStart(6, '0')}`);
}

/**
 * Writes the corpus as files (the wire layout, with a `.meta.json` sidecar giving publishedAt),
 * or reuses the folder when a complete corpus of the same spec and generator version is there.
 */
export async function writeCorpus(
  spec: CorpusSpec,
  dir = defaultCorpusDir(spec),
  onProgress: (done: number) => void = () => {},
): Promise<Corpus & { reused: boolean }> {
  const manifestPath = join(dir, 'manifest.json');
  const articlesDir = join(dir, 'articles');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Corpus & { version: number };
    if (manifest.version === GENERATOR_VERSION && manifest.size === spec.size && manifest.seed === spec.seed) {
      onProgress(spec.size);
      return { ...manifest, dir: articlesDir, reused: true };
    }
  }
  await rm(dir, { recursive: true, force: true });
  let bytes = 0;
  let folder = '';
  for (const article of generateCorpus(spec)) {
    const path = articlePath(article.index);
    const parent = join(articlesDir, path.slice(0, path.lastIndexOf('/')));
    if (parent !== folder) {
      await mkdir(parent, { recursive: true });
      folder = parent;
    }
    await writeFile(join(articlesDir, `${path}.txt`), article.text);
    await writeFile(join(articlesDir, `${path}.meta.json`), JSON.stringify({ publishedAt: article.publishedAt }));
    bytes += Buffer.byteLength(article.text);
    if (article.index % 100 === 99) onProgress(article.index + 1);
  }
  onProgress(spec.size);
  const corpus: Corpus = { ...spec, dir: articlesDir, bytes };
  await writeFile(manifestPath, JSON.stringify({ ...corpus, version: GENERATOR_VERSION }, null, 2));
  return { ...corpus, reused: false };
}
