/** Timing helpers: performance.now(), a warm-up first, medians over rounds. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/** The value at `fraction` (0.95 → p95) of the sorted values, nearest rank. */
export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? Number.NaN;
}

/**
 * Items per second: `warmUp` items run unmeasured, then the items in `rounds` equal slices, each timed;
 * the median of the slices' rates (slices, not full passes, keep a large corpus within the run's time budget).
 */
export async function itemsPerSecond<T>(
  items: readonly T[],
  each: (item: T) => unknown,
  { rounds = 3, warmUp = Math.min(items.length, 200) } = {},
): Promise<number> {
  for (const item of items.slice(0, warmUp)) await each(item);
  const size = Math.ceil(items.length / rounds);
  const rates: number[] = [];
  for (let from = 0; from < items.length; from += size) {
    const slice = items.slice(from, from + size);
    const start = performance.now();
    for (const item of slice) await each(item);
    rates.push(slice.length / ((performance.now() - start) / 1000));
  }
  return median(rates);
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
