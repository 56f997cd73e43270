import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from '../paths.js';
import { webAssetsDir } from './paths.js';

/**
 * Bundles the workbench and GraphiQL from npm packages into dist/web, with everything they load
 * (scripts, styles, fonts, map shapes) so the page works with no internet.
 */
export async function buildWebAssets(outDir = webAssetsDir()): Promise<void> {
  const client = join(repoRoot(), 'src', 'web', 'client');
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: { app: join(client, 'main.ts'), graphiql: join(client, 'graphiql.tsx') },
    outdir: outDir,
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'esm',
    target: ['chrome110', 'firefox110', 'safari16'],
    // Fonts and icons inside the packages' CSS are inlined, never fetched.
    loader: { '.woff2': 'dataurl', '.woff': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
    define: { 'process.env.NODE_ENV': '"production"' },
    jsx: 'automatic',
    legalComments: 'linked',
    logLevel: 'warning',
  });
  for (const page of ['index.html', 'graphiql.html']) copyFileSync(join(client, page), join(outDir, page));
  const require = createRequire(import.meta.url);
  copyFileSync(require.resolve('world-atlas/countries-50m.json'), join(outDir, 'countries-50m.json'));
  writeFileSync(join(outDir, 'examples.json'), JSON.stringify(readmeOperations()));
}

/** The README's example operations (its ```graphql blocks), one GraphiQL tab each, with its comment. */
export function readmeOperations(): { query: string }[] {
  const readme = readFileSync(join(repoRoot(), 'README.md'), 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)]
    .flatMap((match) => match[1]!.split(/\n\s*\n(?=#|query|mutation)/))
    .map((operation) => ({ query: operation.trim() }))
    .filter((operation) => operation.query.length > 0);
}
