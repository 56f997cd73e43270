import { loadFetchConfig, type FetchConfig } from '../config.js';

/** The fetch limits of the environment, with `--concurrency` when given. */
export function fetchConfigWith(concurrency: string | undefined): FetchConfig {
  const config = loadFetchConfig();
  if (concurrency === undefined) return config;
  const n = Number(concurrency);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error('--concurrency must be a whole number from 1 to 64');
  return { ...config, concurrency: n };
}
