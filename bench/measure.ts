/** Timing helpers: performance.now(), a warm-up first, medians over rounds (issue 10). */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The value at `fraction` (0.95 → p95) of the sorted values, nearest rank. */
export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? Number.NaN;
}

/** Items per second over `items`: one warm-up pass over `warmUp` items, then the median of `rounds` full passes. */
export async function itemsPerSecond<T>(
  items: readonly T[],
  each: (item: T) => unknown,
  { rounds = 3, warmUp = Math.min(items.length, 200) } = {},
): Promise<number> {
  for (const item of items.slice(0, warmUp)) await each(item);
  const seconds: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const start = performance.now();
    for (const item of items) await each(item);
    seconds.push((performance.now() - start) / 1000);
  }
  return items.length / median(seconds);
}

/** Median milliseconds per item, after running the first `warmUp` items once unmeasured. */
export async function medianMs<T>(items: readonly T[], each: (item: T) => unknown, warmUp = 3): Promise<number> {
  for (const item of items.slice(0, warmUp)) await each(item);
  const times: number[] = [];
  for (const item of items) {
    const start = performance.now();
    await each(item);
    times.push(performance.now() - start);
  }
  return median(times);
}
