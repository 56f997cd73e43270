import { buildWebAssets } from '../../src/web/build.js';

/** The page under test is the bundle of the current sources, also under a bare `npx vitest run`. */
export default async function setup(): Promise<void> {
  await buildWebAssets();
}
