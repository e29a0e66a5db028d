/** Small statistics helpers for the benchmark (no dependencies). */

export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Sample standard deviation (n − 1), like Python's statistics.stdev. */
export function stdev(values: readonly number[]): number {
  if (values.length < 2) return Number.NaN;
  const m = mean(values);
  let sum = 0;
  for (const value of values) sum += (value - m) ** 2;
  return Math.sqrt(sum / (values.length - 1));
}

/** Percentile with linear interpolation between closest ranks (p in 0..100; 50 = median). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] as number;
  const highValue = sorted[high] as number;
  return lowValue + (highValue - lowValue) * (rank - low);
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Deterministic PRNG (mulberry32): the same seed gives the same bootstrap every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Standard deviation of each named statistic over `rounds` bootstrap resamples (pages drawn with
 * replacement, as many as there are).
 */
export function bootstrapStdev<T, K extends string>(
  items: readonly T[],
  statistic: (sample: T[]) => Record<K, number>,
  rounds = 1000,
  seed = 20190601,
): Record<K, number> {
  const random = seededRandom(seed);
  const draws = new Map<K, number[]>();
  for (let round = 0; round < rounds; round++) {
    const sample: T[] = [];
    for (let i = 0; i < items.length; i++) sample.push(items[Math.floor(random() * items.length)] as T);
    for (const [key, value] of Object.entries(statistic(sample)) as [K, number][]) {
      if (!draws.has(key)) draws.set(key, []);
      draws.get(key)!.push(value);
    }
  }
  const result = {} as Record<K, number>;
  for (const [key, values] of draws) result[key] = stdev(values.filter((v) => !Number.isNaN(v)));
  return result;
}
