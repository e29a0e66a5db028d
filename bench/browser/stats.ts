// Order statistics for the browser benchmark (nearest-rank percentiles on the sorted values).

const finite = (values: (number | null | undefined)[]): number[] =>
  values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);

export function percentile(values: (number | null | undefined)[], p: number): number {
  const sorted = finite(values);
  if (!sorted.length) return NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

export function median(values: (number | null | undefined)[]): number {
  const sorted = finite(values);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const max = (values: (number | null | undefined)[]): number => finite(values).at(-1) ?? NaN;

export const fmt = (value: number | null | undefined, digits = 1): string =>
  typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : '–';
