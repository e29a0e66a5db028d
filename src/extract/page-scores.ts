import { scoreBlocks, type BlockModel } from './block-scorer';
import { bestSubtree, expectedContent, expectedF1 } from './expected-f1';
import { Context, pageBlocks, removeBlocks, type WordCounts } from './page-blocks';
import { heading } from './declutter-blocks';
import type { RemovedItem } from './types';
import { introducesList } from './introduced-lists';
import { regionsInside, type ArticleRegion } from './article-regions';

/** What the block scorer said about the page before Readability ran (which changes the document). */
export interface PageScores {
  /** Probability of each block's text, by its folded text (the key survives Readability moving nodes). */
  byText: Map<string, number>;
  /** Word counts by folded text: the later walks over the article's blocks count only what is new. */
  counted: Map<string, WordCounts>;
  /** Expected words of main content on the page. */
  content: number;
  /**
   * A copy of the subtree with the best expected F1 (taken before Readability changes the page), that F1, its blocks'
   * texts (each with how many of its blocks hold it: a page's second copy of its article, for another screen size,
   * doubles them), its words, its expected words of content and the article elements in it.
   */
  best: {
    copy: Element; f1: number; texts: Map<string, number>; words: number; content: number; regions: ArticleRegion[];
    /** Texts of its blocks inside comment-named elements (`comments`, `disqus`, `replies`…), and their words. */
    commentTexts: Set<string>; commentWords: number;
    /** Words of its menu items: blocks of one to three words, all linked. */
    menuWords: number;
  } | null;
}

/** `minBest`: a best subtree expected to score no higher than this could never replace anything, so is not copied. */
export function scorePage(body: Element, model: BlockModel, minBest = 0): PageScores {
  const counted = new Map<string, WordCounts>();
  const blocks = pageBlocks(body, counted);
  const p = scoreBlocks(blocks, body, model);
  const scored = blocks.map((block, i) => {
    const path: Element[] = [];
    for (let el: Element | null = block.el; el; el = el === body ? null : el.parentElement) path.push(el);
    const menu = block.words <= 3 && block.linkWords >= block.words;
    return { words: block.words, p: p[i]!, path, text: block.text, comment: (block.context & Context.commentName) !== 0, menu };
  });
  const content = expectedContent(scored);
  const best = bestSubtree(scored, content);
  const byText = new Map<string, number>();
  blocks.forEach((block, i) => byText.set(block.text, p[i]!));
  if (!best || best.f1 <= minBest) return { byText, counted, content, best: null };
  const inside = scored.filter((block) => block.path.includes(best.key));
  const comments = inside.filter((block) => block.comment);
  const texts = new Map<string, number>();
  for (const block of inside) texts.set(block.text, (texts.get(block.text) ?? 0) + 1);
  return {
    byText,
    counted,
    content,
    best: {
      copy: best.key.cloneNode(true) as Element,
      f1: best.f1,
      texts,
      words: inside.reduce((sum, block) => sum + block.words, 0),
      content: expectedContent(inside),
      regions: regionsInside(best.key, inside),
      commentTexts: new Set(comments.map((block) => block.text)),
      commentWords: comments.reduce((sum, block) => sum + block.words, 0),
      menuWords: inside.reduce((sum, block) => sum + (block.menu ? block.words : 0), 0),
    },
  };
}

/** How an extracted article looks to the scorer: its expected F1 and precision, and how much of it lies in the best subtree. */
export interface ArticleJudgement {
  f1: number;
  precision: number;
  /** Share of its words inside the best subtree. */
  inBest: number;
  /** Its words (those of blocks the scorer saw on the page). */
  words: number;
  /** The article element of the best subtree that holds at least half of its words, if one does. */
  region?: ArticleRegion;
  /** Its words in the best subtree's comment-named elements. */
  commentWords?: number;
  /** Words of the best subtree's blocks that repeat a block of it (a second copy of the article). */
  copyWords?: number;
  /** Its linked words. */
  linkWords?: number;
}

export function judgeArticle(root: Element, scores: PageScores): ArticleJudgement {
  const kept = [];
  let words = 0;
  let tp = 0;
  let inBest = 0;
  let commentWords = 0;
  let linkWords = 0;
  const own = new Map<string, { n: number; words: number }>();
  const regions = scores.best?.regions ?? [];
  const inRegion = regions.map(() => 0);
  for (const block of pageBlocks(root, scores.counted)) {
    const p = scores.byText.get(block.text);
    if (p === undefined) continue;
    kept.push({ words: block.words, p });
    words += block.words;
    linkWords += block.linkWords;
    tp += p * block.words;
    if (scores.best?.texts.has(block.text)) inBest += block.words;
    if (scores.best?.commentTexts.has(block.text)) commentWords += block.words;
    const seen = own.get(block.text);
    if (seen) seen.n++;
    else own.set(block.text, { n: 1, words: block.words });
    regions.forEach((region, i) => {
      if (region.texts.has(block.text)) inRegion[i]! += block.words;
    });
  }
  const region = regions.find((_, i) => inRegion[i]! >= words / 2);
  let copyWords = 0;
  for (const [text, { n, words: each }] of own) copyWords += Math.max(0, (scores.best?.texts.get(text) ?? 0) - n) * each;
  return {
    f1: expectedF1(kept, scores.content), precision: words ? tp / words : 0, inBest: words ? inBest / words : 0, words, region, commentWords, copyWords, linkWords,
  };
}

/** A table's cell: taken out alone, it moves the rest of its row one column over, under the wrong headings. */
const isCell = (el: Element) => el.tagName === 'TD' || el.tagName === 'TH';

/**
 * An item of a list that a sentence of the article introduces ("Going forward, gains will be supported by:"), and that
 * is no list of links: the sentence goes on in it, lower-case and without a full stop as such items are written.
 */
function continuesSentence(el: Element, words: number, linkWords: number): boolean {
  const list = linkWords * 2 < words ? el.closest('li')?.parentElement : null;
  return introducesList(list?.previousElementSibling);
}

/**
 * Takes out the article's blocks the scorer doubts (probability under `threshold`), none when they hold over half its
 * words; never a line of code (a highlighter writes each line of a listing as its own `<div>` inside `<pre>` or
 * `<code>`, "<?php", "if err != nil {", which reads nothing like prose: WCXB 0681, Twilio's quickstart), never a
 * table's cell (a comparison table's row names, "YouTube Live", read like a menu's items: WCXB 0231), and never an
 * item of a list a sentence introduces (a market report's "supported by:" and its reasons, WCXB 0220), nor a heading
 * the page's own links go to (`targets`: the ids of `linkedTargets`). `kept`: a selector for what else is never doubted.
 */
export function dropDoubtful(
  root: Element, scores: PageScores, threshold: number, removed: RemovedItem[], kept = 'pre, code',
  targets: ReadonlySet<string> = new Set(),
): void {
  if (threshold <= 0) return;
  removeBlocks(root, pageBlocks(root, scores.counted), 0.5, 'not-content', removed, (block) => {
    const p = scores.byText.get(block.text);
    return p !== undefined && p < threshold && !isCell(block.el) && !block.el.closest(kept)
      && !continuesSentence(block.el, block.words, block.linkWords) && !isLinkedHeading(block.el, targets);
  });
}

/** A heading whose id, or an anchor's inside it (`<h2><span id="…">`), a link of the page goes to. */
function isLinkedHeading(el: Element, targets: ReadonlySet<string>): boolean {
  if (!targets.size || !heading.test(el.tagName)) return false;
  return targets.has(el.id) || [...el.querySelectorAll('[id], a[name]')].some((a) => targets.has(a.id || a.getAttribute('name')!));
}
