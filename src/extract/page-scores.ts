import { scoreBlocks, type BlockModel } from './block-scorer';
import { bestSubtree, expectedContent, expectedF1 } from './expected-f1';
import { pageBlocks } from './page-blocks';
import { foldedText, removeElement } from './dom-measures';
import type { RemovedItem } from './types';

/** What the block scorer said about the page before Readability ran (which changes the document). */
export interface PageScores {
  /** Probability of each block's text, by its folded text (the key survives Readability moving nodes). */
  byText: Map<string, number>;
  /** Expected words of main content on the page. */
  content: number;
  /** A copy of the subtree with the best expected F1 (taken before Readability changes the page), and that F1. */
  best: { copy: Element; f1: number } | null;
}

/** `minBest`: a best subtree expected to score no higher than this could never replace anything, so is not copied. */
export function scorePage(body: Element, model: BlockModel, minBest = 0): PageScores {
  const blocks = pageBlocks(body);
  const p = scoreBlocks(blocks, body, model);
  const scored = blocks.map((block, i) => {
    const path: Element[] = [];
    for (let el: Element | null = block.el; el; el = el === body ? null : el.parentElement) path.push(el);
    return { words: block.words, p: p[i]!, path };
  });
  const content = expectedContent(scored);
  const best = bestSubtree(scored, content);
  const byText = new Map<string, number>();
  blocks.forEach((block, i) => byText.set(block.text, p[i]!));
  return { byText, content, best: best && best.f1 > minBest ? { copy: best.key.cloneNode(true) as Element, f1: best.f1 } : null };
}

/** The expected word F1 of an extracted article, from the scores of the page blocks it holds. */
export function expectedF1Of(root: Element, scores: PageScores): number {
  const kept = [];
  for (const block of pageBlocks(root)) {
    const p = scores.byText.get(block.text);
    if (p !== undefined) kept.push({ words: block.words, p });
  }
  return expectedF1(kept, scores.content);
}

/** Takes out the article's blocks the scorer doubts (probability under `threshold`), never more than half its words. */
export function dropDoubtful(root: Element, scores: PageScores, threshold: number, removed: RemovedItem[]): void {
  if (threshold <= 0) return;
  const blocks = pageBlocks(root);
  let total = 0;
  for (const block of blocks) total += block.words;
  let dropped = 0;
  for (const block of blocks) {
    const p = scores.byText.get(block.text);
    if (p === undefined || p >= threshold || block.el === root || !root.contains(block.el)) continue;
    // Only an element that holds this block alone: a paragraph split by <br> or holding other blocks stays.
    if (dropped + block.words > total / 2 || foldedText(block.el) !== block.text) continue;
    dropped += block.words;
    removeElement(block.el, 'not-content', 'declutter', removed);
  }
}
