import { scoreBlocks, type BlockModel } from './block-scorer';
import { bestSubtree, expectedContent, expectedF1 } from './expected-f1';
import { Context, pageBlocks, removeBlocks, type WordCounts } from './page-blocks';
import type { RemovedItem } from './types';
import { regionIn, regionsInside, type ArticleRegion } from './article-regions';

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

/**
 * Readability's pick is one part of the best subtree (one section of a long guide, one product of a review
 * roundup): it lies inside it but holds under half its words, and the rest of the subtree looks about as much like
 * content as the pick itself (its expected precision at most this much lower): when the rest looks worse, it is the
 * comments, the listings or the rails around a whole article. Both chosen on WCXB dev articles (see README).
 */
const partOfBest = 0.5;
const restNoWorseBy = 0.2;
/** Article elements holding this share of the best subtree's words, none around the pick: a listing of cards (WCXB 0296). */
const listingShare = 0.3;
/** Share of the best subtree's words beyond the pick in comment-named elements that keeps the pick from growing into it. */
const commentShare = 0.5;
/** Share of the best subtree's words beyond the pick that repeat the pick's blocks and keep it from growing. */
const copyShare = 0.5;
/**
 * A menu is never the article: a best subtree whose words are mostly one-to-three-word links does not replace a pick
 * of prose (50 words or more, under a tenth of them linked). AEB f6ac15a4: a city hall's 84-word news item inside 900
 * words of its menus, which the scorer rated 0.4 each. A pick of a few words is no article, whatever is around it
 * (WCXB 0659, a shop's collection: "No article found" without that bound).
 */
const menuShare = 0.5;
const proseLinks = 0.1;
const proseWords = 50;
/** A part is replaced by the whole subtree only for a clearly better expected F1 (0.05, the model's margin, let in more losses). */
const partSwitchMargin = 0.1;

function isPartOf(best: { words: number; content: number }, first: Omit<ArticleJudgement, 'region'>): boolean {
  if (first.words >= partOfBest * best.words) return false;
  const rest = (best.content - first.precision * first.words) / (best.words - first.words);
  return rest >= first.precision - restNoWorseBy;
}

/**
 * The switch is for whole wrong results: Readability's pick replaced by the best subtree only when the scores expect
 * clearly more of it, and Readability's pick lies mostly outside that subtree, looks mostly like clutter, or is only
 * a small part of it.
 */
export function shouldSwitch(
  best: { f1: number; words: number; content: number }, first: Omit<ArticleJudgement, 'region'>, choice: BlockModel['choice'],
): boolean {
  return isWholeWrong(best.f1, first, choice) || growsTo(best, first, choice);
}

/** Readability's pick lies mostly outside a subtree expected clearly better, or looks mostly like clutter. */
function isWholeWrong(bestF1: number, first: Omit<ArticleJudgement, 'region'>, choice: BlockModel['choice']): boolean {
  if (bestF1 <= first.f1 + choice.switchMargin) return false;
  return first.inBest < 0.5 || first.precision < choice.switchBelowPrecision;
}

/** The pick is a part of `whole`, which is expected clearly better (see `isPartOf`). */
function growsTo(
  whole: { f1: number; words: number; content: number }, first: Omit<ArticleJudgement, 'region'>, choice: BlockModel['choice'],
): boolean {
  return whole.f1 > first.f1 + Math.max(partSwitchMargin, choice.switchMargin) && isPartOf(whole, first);
}

/** Takes out the article's blocks the scorer doubts (probability under `threshold`), never more than half its words. */
export function dropDoubtful(root: Element, scores: PageScores, threshold: number, removed: RemovedItem[]): void {
  if (threshold <= 0) return;
  removeBlocks(root, pageBlocks(root, scores.counted), 0.5, 'not-content', removed, (block) => {
    const p = scores.byText.get(block.text);
    return p !== undefined && p < threshold;
  });
}

/**
 * What replaces Readability's pick, if anything: the best subtree (see `shouldSwitch`), or, when the pick is a part of
 * an article element inside it, that article element alone. `thread`: the page is a forum thread, whose replies are
 * its content even where the forum calls them comments (Vanilla's `li.Comment`).
 */
export function chooseReplacement(scores: PageScores, first: ArticleJudgement, choice: BlockModel['choice'], thread = false): Element | null {
  const best = scores.best;
  if (!best) return null;
  const menu = first.words >= proseWords && best.menuWords > menuShare * best.words && (first.linkWords ?? 0) < proseLinks * first.words;
  if (!menu && isWholeWrong(best.f1, first, choice)) return best.copy;
  const region = first.region;
  if (region) {
    // A pick inside an article element grows only to that element.
    const whole = { f1: (2 * region.content) / (region.words + scores.content || 1), words: region.words, content: region.content };
    return growsTo(whole, first, choice) ? regionIn(best.copy, region.path) : null;
  }
  // A pick outside the article elements of a subtree they fill (cards of a listing) does not grow into them, nor into
  // a subtree whose words beyond the pick are mostly comments (a blog post's thread, WCXB 4456).
  const cards = best.regions.reduce((sum, card) => sum + card.words, 0);
  const rest = best.words - first.inBest * first.words;
  const restComments = thread ? 0 : best.commentWords - (first.commentWords ?? 0);
  // Nor into a second copy of itself (WCXB 0151: the article again, for another screen size).
  const unlike = restComments < commentShare * rest && (first.copyWords ?? 0) < copyShare * rest;
  return !menu && cards < listingShare * best.words && unlike && growsTo(best, first, choice) ? best.copy : null;
}
