/** The p-th percentile of latencies sorted ascending (the nearest rank below), NaN when there are none. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : Number.NaN;
}
