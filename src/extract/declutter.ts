import type { RemovedItem, RuleName } from './types';
import { authorHeadingText, railHeadingText, sentenceEnd } from './patterns';
import { elementsIn, foldedText, linkDensity, removeElement, tagSet, tagsIn } from './dom-measures';
import { classifyBlock, type BlockContext } from './classify-block';
import { countWords } from './text';
import { listingLines } from './listing-lines';
import { teaserRails } from './teaser-cards';
import { bylineNames } from './author-bio';
import { contentsWithLabel, isContentsLabel, isLabelledContents } from './table-of-contents';

export { classifyBlock } from './classify-block';

export interface DeclutterContext extends BlockContext {
  removed: RemovedItem[];
}

const blockTags = tagSet('div', 'section', 'aside', 'p', 'ul', 'ol', 'li', 'form', 'figure', 'figcaption', 'blockquote', 'table',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'span', 'a', 'button', 'label', 'audio', 'dl', 'dd', 'dt', 'header', 'footer', 'small', 'time', 'strong', 'em', 'b', 'i', 'nav', 'details', 'summary');
const heading = /^H[1-6]$/;
const codeTags = tagSet('script', 'style');
const emptyCandidates = tagSet('div', 'section', 'li', 'p', 'figure');
const inlineTags = tagSet('span', 'a', 'button', 'label', 'small', 'time', 'strong', 'em', 'b', 'i');
const proseParents = tagSet('p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'td', 'th', 'dd', 'dt', 'pre');

/** An inline element is judged only when it stands as a line of its own, never as a phrase inside prose. */
function standsAlone(el: Element): boolean {
  if (!inlineTags.has(el.tagName)) return true;
  if (!el.parentElement || proseParents.has(el.parentElement.tagName)) return false;
  for (const sibling of [el.previousSibling, el.nextSibling]) {
    if (sibling?.nodeType === 3 && /[\p{L}\p{N}]/u.test(sibling.nodeValue ?? '')) return false;
  }
  return true;
}

function isHeadingLike(el: Element, text: string): boolean {
  if (heading.test(el.tagName)) return true;
  const strong = el.querySelector('strong, b');
  return text.length <= 60 && !!strong && foldedText(strong) === text;
}

/** A short line followed by a list of links: a rail's heading even without heading markup. */
function leadsLinkList(el: Element): boolean {
  const next = el.nextElementSibling;
  if (!next) return false;
  const text = foldedText(next);
  return text.length > 0 && linkDensity(next, text) >= 0.4;
}

/**
 * Three or more items, each a link and a few words, inside wrappers that hold nothing else with text (a carousel's
 * empty arrow buttons): cards of products or stories. Items that end like sentences are a list of annotated links
 * ("See also" in documentation), which is the page's own.
 */
function isCardRun(el: Element): boolean {
  let items = Array.from(el.children);
  for (let withText = items.filter((item) => item.textContent?.trim()); withText.length === 1; ) {
    items = Array.from(withText[0]!.children);
    withText = items.filter((item) => item.textContent?.trim());
  }
  if (items.length < 3) return false;
  let sentences = 0;
  for (const item of items) {
    const text = foldedText(item);
    if (text.length > 300 || !(item.tagName === 'A' ? item.hasAttribute('href') : item.querySelector('a[href]'))) return false;
    if (sentenceEnd.test(text)) sentences++;
  }
  return sentences <= items.length / 2;
}

/** The blocks after a rail heading, up to the next heading, as long as they are link lists, cards or short teasers. */
function railFollowers(start: Element): Element[] | null {
  const followers: Element[] = [];
  for (let next = start.nextElementSibling; next && !heading.test(next.tagName); next = next.nextElementSibling) {
    const text = foldedText(next);
    const density = linkDensity(next, text);
    if (text.length > 600 || (text.length > 160 && density < 0.35)) {
      if (!isCardRun(next)) break;
      followers.push(next);
      continue;
    }
    if (text && density < 0.2 && !next.querySelector('a[href]')) return followers.length ? followers : null;
    followers.push(next);
  }
  return followers;
}

/**
 * A heading's outermost wrapper with no other text (`<div><p><h2>Related</h2></p><svg/></div>`): what follows it is
 * the rail or the box the heading labels.
 */
function outerLabel(label: Element, root: Element, texts: Texts): Element {
  let top = label;
  const text = texts.of(label);
  for (let up = top.parentElement; up && up !== root && texts.of(up) === text; up = up.parentElement) top = up;
  return top;
}

/**
 * Removes a rail: its heading and the link lists or cards after it. Prose after the heading ("Related research"
 * followed by paragraphs) means it is the article's own section, and nothing goes.
 */
function removeRail(railHeading: Element, root: Element, texts: Texts, drop: Drop): void {
  const top = outerLabel(railHeading, root, texts);
  const parent = top.parentElement;
  if (parent && parent !== root && parent.children.length > 1 && parent.firstElementChild === top) {
    const text = foldedText(parent);
    if (text.length <= 1500 && linkDensity(parent, text) >= 0.35) {
      drop(parent, 'related');
      return;
    }
  }
  // Prose after the wrapper: the heading alone may still go when nothing follows it inside the wrapper (as before).
  let start = top;
  let followers = railFollowers(top);
  if (!followers && top !== railHeading) followers = railFollowers((start = railHeading));
  if (!followers) return;
  drop(start, 'related');
  for (const follower of followers) drop(follower, 'related');
}

/** A rail's heading left last in the article (its links gone, or never taken with it) heads nothing: "You might like". */
function dropTrailingRailHeadings(root: Element, texts: Texts, drop: Drop): void {
  const blocks = elementsIn(root, blockTags);
  // Document order reversed: the last line comes before the wrappers that hold it.
  for (let i = blocks.length - 1; i >= 0; i--) {
    const el = blocks[i]!;
    if (!root.contains(el)) continue;
    const text = texts.of(el);
    if (!text) continue;
    if (text.length > 60 || !railHeadingText.test(text) || text.length === texts.of(root).length) return;
    drop(el, 'related');
  }
}

/**
 * A paragraph that only says "About the author:" labels the box as much as a heading does; "About us" or "About <Name>"
 * does only as a heading (a shop's "About us" line leads its feature list, WCXB 4100).
 */
function isAuthorLabel(el: Element, text: string): boolean {
  if (heading.test(el.tagName)) return true;
  return (el.tagName === 'P' || isHeadingLike(el, text)) && !/^about \S+\s*:?$/i.test(text);
}

/** An "About the author" heading and the short bio after it (up to the next heading, 800 characters at most). */
function removeAuthorBox(authorHeading: Element, drop: Drop): void {
  const bio: Element[] = [];
  let length = 0;
  for (let next = authorHeading.nextElementSibling; next && !heading.test(next.tagName); next = next.nextElementSibling) {
    length += foldedText(next).length;
    bio.push(next);
  }
  if (length > 800) return;
  for (const el of [authorHeading, ...bio]) drop(el, 'author-box');
}

/** Words of text found nowhere else between two repeats, at the median, for them to be a plan's or schedule's lines. */
const sectionWords = 40;

/**
 * Repeats are a plan's own lines when they are items of one list (siblings) and most of them are apart from the next
 * by a stretch of text that is not repeated: "Monday. Rest Day" in each week of a training plan, the same snack in
 * each day of a meal plan. A label on each card of a listing or on each post of a forum sits in its own card or post;
 * a carousel's clones or a gallery's copies repeat everything between; a teaser or sign-up line repeated down a page
 * is a link, or caught by the rules before this.
 */
function isPlanLine(positions: number[], leaves: { words: number; unique: boolean }[]): boolean {
  const gaps: number[] = [];
  for (let i = 1; i < positions.length; i++) {
    let words = 0;
    for (let at = positions[i - 1]! + 1; at < positions[i]!; at++) if (leaves[at]!.unique) words += leaves[at]!.words;
    gaps.push(words);
  }
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)]! >= sectionWords;
}

/**
 * Short lines repeated three times or more (the same teaser or label over and over): only the first stays, unless
 * they are a plan's lines (see `isPlanLine`) or a listing's dates (see `listingLines`).
 */
function removeRepeats(blocks: Element[], root: Element, texts: Texts, drop: Drop, listedDates: Set<Element>): void {
  const leaves: Element[] = blocks.filter((el) => !inlineTags.has(el.tagName) && root.contains(el) &&
    !(el.firstElementChild && blockTags.has(el.firstElementChild.tagName)));
  const counts = new Map<string, number>();
  for (const el of leaves) counts.set(texts.of(el), (counts.get(texts.of(el)) ?? 0) + 1);
  let measured: { words: number; unique: boolean }[] | null = null;
  const seen = new Map<string, number[]>();
  leaves.forEach((el, i) => {
    const text = texts.of(el);
    // Labels and teasers repeat; prose that ends a sentence is never taken for one.
    if (text.length < 4 || text.length > 300 || /[.!?]$/.test(text) || counts.get(text)! < 3) return;
    if (listedDates.has(el)) return;
    const positions = seen.get(text);
    if (positions) positions.push(i);
    else seen.set(text, [i]);
  });
  for (const [text, positions] of seen) {
    measured ??= leaves.map((el) => ({ words: countWords(texts.of(el)), unique: counts.get(texts.of(el)) === 1 }));
    const first = leaves[positions[0]!]!;
    const flat = positions.every((i) => leaves[i]!.parentElement === first.parentElement);
    if (flat && linkDensity(first, text) < 0.5 && isPlanLine(positions, measured)) continue;
    for (const i of positions.slice(1)) if (root.contains(leaves[i]!)) drop(leaves[i]!, 'boilerplate');
  }
}

type Drop = (el: Element, rule: RuleName) => void;

/** Folded texts of the blocks, each computed once; a removal forgets the texts of the blocks around it. */
interface Texts {
  of(el: Element): string;
  forget(el: Element): void;
}

function textsUnder(root: Element): Texts {
  const known = new Map<Element, string>();
  return {
    of(el) {
      let text = known.get(el);
      if (text === undefined) known.set(el, (text = foldedText(el)));
      return text;
    },
    forget(el) {
      for (let at: Element | null = el; at; at = at === root ? null : at.parentElement) known.delete(at);
    },
  };
}

/**
 * Removes the clutter Readability keeps. Top-down, so a whole sign-up box goes as one item. A block is
 * never removed when it holds more than `maxShare` of the article's text, and removal stops once half
 * the text is gone: the rules are for clutter, never for the article itself.
 */
export function removeClutter(root: Element, ctx: DeclutterContext, maxShare = 0.35): void {
  const texts = textsUnder(root);
  const drop: Drop = (el, rule) => {
    texts.forget(el);
    removeElement(el, rule, 'declutter', ctx.removed);
  };
  // What the reader will see: a best subtree may hold a page's scripts and style sheets, many times its text.
  let total = texts.of(root).length;
  for (const code of tagsIn(root, codeTags)) total -= texts.of(code).length;
  total = Math.max(total, 1);
  let removedChars = 0;
  for (const rail of teaserRails(root, ctx.url, texts.of, total)) drop(rail, 'related');
  const blocks = elementsIn(root, blockTags);
  const blockCtx = { ...ctx, authors: bylineNames(ctx.byline), ...listingLines(blocks.filter(standsAlone), texts.of) };
  for (const el of blocks) {
    if (!root.contains(el) || !standsAlone(el)) continue;
    const text = texts.of(el);
    if (text.length / total > maxShare) continue;
    if (text.length <= 60 && railHeadingText.test(text) && (isHeadingLike(el, text) || leadsLinkList(el))) {
      removeRail(el, root, texts, drop);
      continue;
    }
    if (text.length <= 60 && authorHeadingText.test(text) && isAuthorLabel(el, text)) {
      removeAuthorBox(outerLabel(el, root, texts), drop);
      continue;
    }
    if (isContentsLabel(text)) {
      for (const part of contentsWithLabel(outerLabel(el, root, texts), text)) drop(part, 'contents');
      continue;
    }
    if (isLabelledContents(el, text)) {
      drop(el, 'contents');
      continue;
    }
    const rule = classifyBlock(el, text, blockCtx);
    if (rule && removedChars + text.length <= total / 2) {
      removedChars += text.length;
      drop(el, rule);
    }
  }
  removeRepeats(blocks, root, texts, drop, blockCtx.listedDates);
  dropTrailingRailHeadings(root, texts, drop);
  for (const el of elementsIn(root, emptyCandidates)) {
    if (root.contains(el) && !texts.of(el) && !el.querySelector('img, picture, video, svg, hr, br, iframe')) el.remove();
  }
}
