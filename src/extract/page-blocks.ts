import { isStopWord } from './stop-words';
import { foldedText, removeElement } from './dom-measures';
import type { RemovedItem, RuleName } from './types';
import { foldSpaces, wordPattern } from './text';

/**
 * A run of text owned by one block-level element (its own text, not that of nested blocks), with the
 * plain measurements the block scorer's features are made of. Nothing here depends on the model.
 */
export interface PageBlock {
  el: Element;
  /** Text of the run, whitespace folded. */
  text: string;
  words: number;
  stopWords: number;
  linkWords: number;
  /** Words that start with a capital letter (title-case lines are menus and teasers more often than prose). */
  capWords: number;
  /** Bit flags of the owning element and its ancestors (see `Context`). */
  context: number;
  /** The owning element's kind (see `blockKind`). */
  kind: number;
  depth: number;
}

/** Context bits: what the block sits in, from tags, roles and class or id words. */
export const Context = {
  article: 1, main: 2, header: 4, footer: 8, aside: 16, nav: 32, form: 64, list: 128, table: 256, figure: 512,
  quote: 1024, goodName: 2048, badName: 4096, commentName: 8192, link: 16384, heading: 32768,
} as const;

export const blockKinds = ['other', 'p', 'h1', 'h2', 'h3-6', 'li', 'cell', 'pre', 'caption', 'dt-dd'] as const;
const kindOf: Record<string, number> = {
  P: 1, H1: 2, H2: 3, H3: 4, H4: 4, H5: 4, H6: 4, LI: 5, TD: 6, TH: 6, PRE: 7, FIGCAPTION: 8, CAPTION: 8, DT: 9, DD: 9,
};

const blockTags = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL', 'CAPTION', 'BODY', 'CENTER', 'TBODY', 'THEAD', 'TFOOT',
]);
const skipTags = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'MATH', 'math', 'AUDIO', 'VIDEO', 'IFRAME',
  'OBJECT', 'SELECT', 'OPTION', 'TEXTAREA', 'BUTTON', 'NOEMBED', 'NOFRAMES', 'TITLE', 'HEAD', 'CANVAS']);
const tagContext: Record<string, number> = {
  ARTICLE: Context.article, MAIN: Context.main, HEADER: Context.header, FOOTER: Context.footer, ASIDE: Context.aside,
  NAV: Context.nav, FORM: Context.form, UL: Context.list, OL: Context.list, TABLE: Context.table, FIGURE: Context.figure,
  BLOCKQUOTE: Context.quote, A: Context.link, H1: Context.heading, H2: Context.heading, H3: Context.heading,
  H4: Context.heading, H5: Context.heading, H6: Context.heading,
};
const goodName = /article|content|entry|post-?body|story|main|text|blog|prose|body/;
const badName = /sidebar|widget|related|share|social|promo|banner|menu|breadcrumb|footer|header|masthead|subscribe|newsletter|popup|modal|cookie|teaser|recommend|trending|(^|[\s_-])(nav|ads?|tags?|meta|byline|author|sponsor)($|[\s_-])/;
const commentName = /comment|disqus|repl(y|ies)|discussion/;

function ownContext(el: Element): number {
  let bits = tagContext[el.tagName] ?? 0;
  // A bare element (most of a page's) has no role, itemprop, class or id to read.
  if (!el.hasAttributes()) return bits;
  const role = el.getAttribute('role');
  if (role === 'main') bits |= Context.main;
  else if (role === 'complementary') bits |= Context.aside;
  else if (role === 'contentinfo') bits |= Context.footer;
  else if (role === 'banner') bits |= Context.header;
  if (el.getAttribute('itemprop') === 'articleBody') bits |= Context.article;
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`.toLowerCase();
  if (names.length > 1) {
    if (commentName.test(names)) bits |= Context.commentName;
    if (badName.test(names)) bits |= Context.badName;
    else if (goodName.test(names)) bits |= Context.goodName;
  }
  return bits;
}

export type WordCounts = Pick<PageBlock, 'words' | 'stopWords' | 'capWords'>;

function wordCounts(text: string): WordCounts {
  let words = 0;
  let stopWords = 0;
  let capWords = 0;
  for (const word of text.match(wordPattern) ?? []) {
    words++;
    const lower = word.toLowerCase();
    if (isStopWord(lower)) stopWords++;
    else if (lower !== word) capWords++;
  }
  return { words, stopWords, capWords };
}

/**
 * The page's text blocks in document order. One walk: a block ends wherever a block-level element
 * starts or ends, so "Home" in a menu and the paragraph after it never share a block. `counted` holds the word
 * counts of texts already seen (a second walk over the same page's blocks counts nothing again) and gets the new ones.
 */
export function pageBlocks(root: Element, counted: Map<string, WordCounts> = new Map()): PageBlock[] {
  const blocks: PageBlock[] = [];
  let parts: string[] = [];
  let linkWords = 0;
  const flush = (owner: Element, context: number, depth: number) => {
    if (parts.length === 0) return;
    const text = foldSpaces(parts.join(''));
    parts = [];
    const link = linkWords;
    linkWords = 0;
    if (!text) return;
    let counts = counted.get(text);
    if (!counts) counted.set(text, (counts = wordCounts(text)));
    if (counts.words === 0) return;
    blocks.push({ el: owner, text, ...counts, linkWords: Math.min(link, counts.words), context, kind: kindOf[owner.tagName] ?? 0, depth });
  };
  const walk = (el: Element, owner: Element, context: number, depth: number, inLink: boolean): void => {
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const value = node.nodeValue ?? '';
        parts.push(value);
        if (inLink) linkWords += value.match(wordPattern)?.length ?? 0;
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      const tag = child.tagName;
      if (skipTags.has(tag)) continue;
      const childContext = context | ownContext(child);
      if (blockTags.has(tag)) {
        flush(owner, context, depth);
        walk(child, child, childContext, depth + 1, inLink);
        flush(child, childContext, depth + 1);
      } else {
        walk(child, owner, childContext, depth, inLink || tag === 'A');
      }
    }
  };
  const rootContext = ownContext(root);
  walk(root, root, rootContext, 0, false);
  flush(root, rootContext, 0);
  return blocks;
}

/**
 * Takes out the blocks `doubted` picks, each only where its element holds that block alone (a paragraph split by <br>
 * or holding other blocks stays), and none when they hold more than `maxShare` of the blocks' words: doubts spread
 * that wide are about the kind of page (a listing's cards), and taking the first of them would leave half cards.
 */
export function removeBlocks(
  root: Element, blocks: readonly PageBlock[], maxShare: number, rule: RuleName, removed: RemovedItem[],
  doubted: (block: PageBlock) => boolean,
): void {
  let total = 0;
  for (const block of blocks) total += block.words;
  const picked = blocks.filter((block) => block.el !== root && root.contains(block.el) && doubted(block) && foldedText(block.el) === block.text);
  if (picked.reduce((sum, block) => sum + block.words, 0) > maxShare * total) return;
  for (const block of picked) if (root.contains(block.el)) removeElement(block.el, rule, 'declutter', removed);
}
