import { nameKey } from '../domain/keys.js';

const cache = new Map<string, string>();

/** `nameKey`, memoised: the same names recur in every sentence and article (Unicode normalisation is costly). */
export function cachedNameKey(name: string): string {
  let k = cache.get(name);
  if (k === undefined) {
    if (cache.size > 100_000) cache.clear();
    k = nameKey(name);
    cache.set(name, k);
  }
  return k;
}
