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
  /** A copy of the subtree with the best expected F1 (taken before Readability changes the page), that F1, its blocks' texts. */
  best: { copy: Element; f1: number; texts: Set<string> } | null;
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
  if (!best || best.f1 <= minBest) return { byText, content, best: null };
  const texts = new Set(blocks.filter((_, i) => scored[i]!.path.includes(best.key)).map((block) => block.text));
  return { byText, content, best: { copy: best.key.cloneNode(true) as Element, f1: best.f1, texts } };
}

/** How an extracted article looks to the scorer: its expected F1 and precision, and how much of it lies in the best subtree. */
export interface ArticleJudgement {
  f1: number;
  precision: number;
  /** Share of its words inside the best subtree. */
  inBest: number;
}

export function judgeArticle(root: Element, scores: PageScores): ArticleJudgement {
  const kept = [];
  let words = 0;
  let tp = 0;
  let inBest = 0;
  for (const block of pageBlocks(root)) {
    const p = scores.byText.get(block.text);
    if (p === undefined) continue;
    kept.push({ words: block.words, p });
    words += block.words;
    tp += p * block.words;
    if (scores.best?.texts.has(block.text)) inBest += block.words;
  }
  return { f1: expectedF1(kept, scores.content), precision: words ? tp / words : 0, inBest: words ? inBest / words : 0 };
}

/**
 * The switch is for whole wrong results: Readability's pick replaced by the best subtree only when the scores expect
 * clearly more of it, and Readability's pick either lies mostly outside that subtree or looks mostly like clutter.
 */
export function shouldSwitch(bestF1: number, first: ArticleJudgement, choice: BlockModel['choice']): boolean {
  if (bestF1 <= first.f1 + choice.switchMargin) return false;
  return first.inBest < 0.5 || first.precision < choice.switchBelowPrecision;
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
