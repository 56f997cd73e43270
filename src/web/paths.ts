import { join } from 'node:path';
import { repoRoot } from '../paths.js';

/** Where `npm run build:web` writes the bundled page, GraphiQL and the map shapes (git-ignored). */
export function webAssetsDir(): string {
  return join(repoRoot(), 'dist', 'web');
}
