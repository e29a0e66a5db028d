import type { RemovedItem, RuleName } from './types';
import { blockSample, foldSpaces } from './text';
import { recordPlace } from './removed-place';

/**
 * Elements nothing reads as text: never what a modal hides (modal-dialogs.ts), never judged by prune (Readability drops
 * them itself; removing them there costs jsdom more, in style sheets, than it saves).
 */
export const inertTags = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'LINK', 'META', 'NOSCRIPT']);

/** A heading, article or main inside: the page itself, whatever its wrapper is named. */
export const holdsArticle = (el: Element) => !!el.querySelector('h1, article, main');

export function foldedText(el: Element): string {
  return foldSpaces(el.textContent ?? '');
}

/** Share of an element's text that sits inside links (0 when it has no text). */
export function linkDensity(el: Element, text = foldedText(el)): number {
  if (!text) return 0;
  let linked = 0;
  for (const a of elementsIn(el, linkTags)) linked += foldedText(a).length;
  return Math.min(1, linked / text.length);
}

/** `el`, or the nearest sibling on `side` of it, that holds text. */
export function withText(el: Element | null, side: 'previousElementSibling' | 'nextElementSibling'): Element | null {
  while (el && !el.textContent?.trim()) el = el[side];
  return el;
}

/** `el`'s children moved into a new element of `tag`, without `el`'s attributes, in its place (a button's label as a span). */
export function retag(el: Element, tag: string): Element {
  const replacement = el.ownerDocument.createElement(tag);
  replacement.append(...Array.from(el.childNodes));
  el.replaceWith(replacement);
  return replacement;
}

export function removeElement(el: Element, rule: RuleName, stage: RemovedItem['stage'], removed: RemovedItem[]): void {
  const sample = blockSample(el) || `<${el.tagName.toLowerCase()}>`;
  const item: RemovedItem = { rule, stage, sample };
  recordPlace(el, item, removed);
  removed.push(item);
  el.remove();
}

/** Class, id, role and aria-label words of an element, lower-cased: a hint, never enough on its own. */
export function nameHints(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('role') ?? ''} ${el.getAttribute('aria-label') ?? ''}`.toLowerCase();
}

/**
 * Descendant elements in document order, optionally only some tags (upper-case names). A plain walk: for every
 * element, or for many tags over a small subtree, it costs less than jsdom's selector engine or one tag list per tag
 * (for a few tags over a whole document, `tagsIn`).
 */
export function elementsIn(root: Node, tags?: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 1 && (!tags || tags.has((node as Element).tagName))) out.push(node as Element);
    let next: Node | null = node.nodeType === 1 ? node.firstChild : null;
    while (!next && node && node !== root) {
      next = node.nextSibling;
      if (!next) node = node.parentNode;
    }
    if (!next) break;
    node = next;
  }
  return out;
}

/**
 * An element's child elements, walked by sibling links. `Array.from(el.children)` reads the live collection's `length`
 * at every step, and jsdom answers each read by looking for a child named "length" first: quadratic in the number of
 * children (a 5,000-paragraph article's container took seconds).
 */
export function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) out.push(child);
  return out;
}

/**
 * The same elements as `elementsIn(root, tags)`, found through `getElementsByTagName` (one call per tag) instead of a
 * script visiting every node: native in a browser, and in jsdom tens of times faster for a rare tag than a walk or its
 * selector engine. In document order for one tag; with several, grouped by tag (the callers' order does not matter).
 */
export function tagsIn(root: Document | Element, tags: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  for (const tag of tags) {
    const found = root.getElementsByTagName(tag.toLowerCase());
    // Indexed reads: jsdom answers `found.item` by looking for an element named "item" first, each time. The name also
    // matches SVG and MathML namesakes, which the set excludes.
    for (let i = 0, n = found.length; i < n; i++) {
      const el = found[i]!;
      if (tags.has(el.tagName)) out.push(el);
    }
  }
  return out;
}

export const tagSet = (...tags: string[]): ReadonlySet<string> => new Set(tags.map((tag) => tag.toUpperCase()));
/** What shows without words (upper-case names: compare an SVG's lower-case `tagName` upper-cased). */
export const shownTags = tagSet('img', 'picture', 'video', 'svg', 'iframe', 'table', 'math', 'pre', 'audio', 'canvas');
/** `<a>` elements, for `elementsIn`. */
export const linkTags = tagSet('a');
/** `<noscript>` elements, for `tagsIn`. */
export const noscriptTags = tagSet('noscript');
/** `<meta>` elements, for `tagsIn`. */
export const metaTags = tagSet('meta');
// Defined beside the text walks that skip them (text.ts cannot import this file, which imports it).
export { codeTags } from './text';
