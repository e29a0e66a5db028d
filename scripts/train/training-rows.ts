/** Cached page rows turned into training samples, and a fitted model's probabilities for a page's blocks. */
import { blockFeatures } from '../../src/extract/block-features';
import type { PageRows } from './collect-blocks';
import type { Sample } from './logistic';

/** A fitted scorer: a block's features → its probability of being main content. */
export type Predict = (x: readonly number[]) => number;

export function samplesOf(pages: readonly PageRows[]): Sample[] {
  const samples: Sample[] = [];
  for (const page of pages) {
    const measures = page.blocks.map((row) => row.m);
    const pageWords = measures.reduce((sum, m) => sum + m.words, 0);
    for (let i = 0; i < measures.length; i++) {
      const row = page.blocks[i]!;
      // Weighted by the square root of the words: long blocks matter more to word F1, short ones still count.
      samples.push({ x: blockFeatures(measures, i, pageWords), y: row.y >= 0.5 ? 1 : 0, weight: Math.sqrt(row.words) });
    }
  }
  return samples;
}

export function pageProbabilities(predict: Predict, page: PageRows): number[] {
  const measures = page.blocks.map((row) => row.m);
  const pageWords = measures.reduce((sum, m) => sum + m.words, 0);
  return measures.map((_, i) => predict(blockFeatures(measures, i, pageWords)));
}

