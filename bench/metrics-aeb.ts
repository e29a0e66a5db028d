/**
 * Metric 1 of /work/shared/corpus/README.md: the article-extraction-benchmark's evaluate.py.
 * 4-gram shingles over `\w+` tokens (case kept), per-page tp/fp/fn normalised to sum 1,
 * precision and recall averaged over pages, F1 of the two means.
 */
import { bootstrapStdev, mean } from './stats';

export type Counts = readonly [tp: number, fp: number, fn: number];

export interface AebScores {
  precision: number;
  recall: number;
  f1: number;
}

/** Python's `re.findall(r'\w+', text)` with re.UNICODE. */
export function aebTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Multiset of n-token shingles; 1..n−1 tokens give one shorter shingle, no tokens none. */
export function shingles(tokens: readonly string[], n = 4): Map<string, number> {
  const bag = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0001');
    bag.set(key, (bag.get(key) ?? 0) + 1);
  }
  return bag;
}

/** Normalised [tp, fp, fn] of one page. */
export function shingleCounts(truth: string, prediction: string, n = 4): Counts {
  const truthBag = shingles(aebTokens(truth), n);
  const predBag = shingles(aebTokens(prediction), n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, t] of truthBag) {
    const p = predBag.get(key) ?? 0;
    tp += Math.min(t, p);
    fn += Math.max(0, t - p);
  }
  for (const [key, p] of predBag) fp += Math.max(0, p - (truthBag.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [tp, fp, fn];
}

export function pagePrecision([tp, fp, fn]: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function pageRecall([tp, fp, fn]: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** Precision over pages with a prediction, recall over pages with a truth, F1 of the two means. */
export function aebScores(pages: readonly Counts[]): AebScores {
  const precision = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(pagePrecision));
  const recall = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map(pageRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Whether the two texts have exactly the same token list (the benchmark's accuracy). */
export function sameTokens(truth: string, prediction: string): boolean {
  const a = aebTokens(truth);
  const b = aebTokens(prediction);
  return a.length === b.length && a.every((token, i) => token === b[i]);
}

export interface AebSummary extends AebScores {
  accuracy: number;
  /** Standard deviation over 1,000 bootstrap resamples of the pages (seeded). */
  sd: AebScores;
  pages: number;
}

export function summariseAeb(pages: readonly Counts[], exact: readonly boolean[], rounds = 1000): AebSummary {
  return {
    ...aebScores(pages),
    accuracy: exact.length ? exact.filter(Boolean).length / exact.length : Number.NaN,
    sd: bootstrapStdev(pages, (sample) => ({ ...aebScores(sample) }), rounds),
    pages: pages.length,
  };
}
