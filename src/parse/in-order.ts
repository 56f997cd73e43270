/**
 * Runs `fn` over `items` with at most `limit` calls in flight, and yields the results in the
 * order of the items (a slow page holds back the ones after it, never reorders them).
 */
export async function* inOrder<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): AsyncIterable<R> {
  const running: Promise<R>[] = [];
  let next = 0;
  const start = () => {
    const item = items[next++] as T;
    running.push(fn(item));
  };
  while (next < items.length && running.length < limit) start();
  while (running.length > 0) {
    const result = await running.shift()!;
    if (next < items.length) start();
    yield result;
  }
}
