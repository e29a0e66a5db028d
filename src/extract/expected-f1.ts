/**
 * The block scorer's probabilities turned into the quality a choice of blocks can be expected to have. With
 * expected counts, word F1 = 2·TP / (words kept + words of content on the page), where TP = Σ p·words over
 * the blocks kept and the page's content = Σ p·words over all its blocks.
 */

export interface ScoredBlock {
  words: number;
  p: number;
}

export function expectedContent(blocks: readonly ScoredBlock[]): number {
  let sum = 0;
  for (const block of blocks) sum += block.p * block.words;
  return sum;
}

export function expectedF1(kept: Iterable<ScoredBlock>, pageContent: number): number {
  let tp = 0;
  let words = 0;
  for (const block of kept) {
    tp += block.p * block.words;
    words += block.words;
  }
  return words + pageContent > 0 ? (2 * tp) / (words + pageContent) : 0;
}

/** Among the elements that hold blocks (`path`: a block's ancestors), the one whose blocks have the best expected F1. */
export function bestSubtree<K>(blocks: readonly (ScoredBlock & { path: readonly K[] })[], pageContent: number): { key: K; f1: number } | null {
  const sums = new Map<K, { tp: number; words: number }>();
  for (const block of blocks) {
    for (const key of block.path) {
      let sum = sums.get(key);
      if (!sum) sums.set(key, (sum = { tp: 0, words: 0 }));
      sum.tp += block.p * block.words;
      sum.words += block.words;
    }
  }
  let best: { key: K; f1: number } | null = null;
  for (const [key, sum] of sums) {
    const f1 = (2 * sum.tp) / (sum.words + pageContent || 1);
    if (!best || f1 > best.f1) best = { key, f1 };
  }
  return best;
}
