/**
 * The whole-article elements (`<article>`, `[itemprop=articleBody]`) inside the best subtree. When Readability's pick
 * is one part of a longer article, the article element around it bounds how far the pick may grow: the best subtree
 * around a blog post often holds its comment thread or the listing after it as well (AEB ac3c0355: a 86-word open
 * thread, then 1,100 words of comments the scorer took for content).
 */
import { expectedContent, type ScoredBlock } from './expected-f1';

export interface ArticleRegion {
  /** Folded texts of its blocks. */
  texts: Set<string>;
  words: number;
  /** Expected words of content (Σ p·words). */
  content: number;
  /** Element-child indexes from the best subtree's root down to it (the same in the copy). */
  path: number[];
}

const isRegion = (el: Element) => el.tagName === 'ARTICLE' || el.getAttribute('itemprop') === 'articleBody';

function childPath(from: Element, to: Element): number[] {
  const path: number[] = [];
  for (let el = to; el !== from; el = el.parentElement!) path.unshift(Array.prototype.indexOf.call(el.parentElement!.children, el));
  return path;
}

/** `blocks[i].path`: the block's element and its ancestors, nearest first. Outermost regions strictly inside `root`. */
export function regionsInside(root: Element, blocks: readonly (ScoredBlock & { path: readonly Element[]; text: string })[]): ArticleRegion[] {
  const byElement = new Map<Element, (ScoredBlock & { text: string })[]>();
  for (const block of blocks) {
    const at = block.path.indexOf(root);
    if (at <= 0) continue;
    let outer: Element | null = null;
    for (let i = 0; i < at; i++) if (isRegion(block.path[i]!)) outer = block.path[i]!;
    if (!outer) continue;
    let list = byElement.get(outer);
    if (!list) byElement.set(outer, (list = []));
    list.push(block);
  }
  return [...byElement].map(([el, list]) => ({
    texts: new Set(list.map((block) => block.text)),
    words: list.reduce((sum, block) => sum + block.words, 0),
    content: expectedContent(list),
    path: childPath(root, el),
  }));
}

/** The element at `path` under `root` (in a copy made by cloneNode, the copy of the region). */
export function regionIn(root: Element, path: readonly number[]): Element | null {
  let el: Element | undefined = root;
  for (const index of path) el = el?.children[index];
  return el ?? null;
}
