import { blockFeatures, blockMeasures, featureCount } from './block-features';
import type { PageBlock } from './page-blocks';

/** Logistic regression over `blockFeatureNames`, weights already divided by the training set's spread. */
export interface BlockModel {
  features: number;
  bias: number;
  weights: number[];
  /** How the scores choose between the first extraction and the best subtree (tuned by cross-validation). */
  choice: { dropBelow: number; switchMargin: number; switchBelowPrecision: number };
}

/** Probability that each block is main content. */
export function scoreBlocks(blocks: readonly PageBlock[], root: Element, model: BlockModel): number[] {
  if (model.features !== featureCount) throw new Error(`block model has ${model.features} features, the code ${featureCount}`);
  const measures = blockMeasures(blocks, root);
  let pageWords = 0;
  for (const block of blocks) pageWords += block.words;
  return measures.map((_, i) => {
    const x = blockFeatures(measures, i, pageWords);
    let z = model.bias;
    for (let j = 0; j < x.length; j++) z += model.weights[j]! * x[j]!;
    return 1 / (1 + Math.exp(-z));
  });
}
