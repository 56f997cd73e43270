import { buildWebAssets } from './build.js';
import { webAssetsDir } from './paths.js';

const started = Date.now();
await buildWebAssets();
console.error(`web assets built in ${webAssetsDir()} (${Date.now() - started} ms)`);
