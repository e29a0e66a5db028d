import { withText } from './dom-measures';
import { absoluteAddresses } from './page-address';
import { findManualContents } from './manual-contents';
import { findHeadingBoxes } from './heading-boxes';
import { findSectionHeadings } from './section-headings';
import { findArticleOpenings } from './article-opening';
import { findIntroducedLists } from './introduced-lists';

/**
 * Boxes of the article that Readability drops (a manual chapter's contents, a product's headings, an article's opening
 * in a block named a header, a section's heading between kept paragraphs, a list a sentence introduces; see
 * `findManualContents`, `findHeadingBoxes`, `findArticleOpenings`, `findSectionHeadings`, `findIntroducedLists`). Each
 * is copied before Readability, and the elements with text nearest after it are marked, at its own level and a few
 * levels up (the box's parent may go with it), and the one before it (Readability may parse the page again, so its
 * pick holds other nodes than these). Where the pick lost the box and kept a mark, the copy goes back beside the
 * innermost kept; a box kept only `between` goes back only where the pick kept both its neighbours, one right after
 * the other.
 */
export interface KeptBox {
  box: Element;
  between?: boolean;
}

interface Copy {
  copy: Element;
  between: boolean;
}

const mark = 'data-cp-kept';
const nextMark = 'data-cp-kept-next';
const previousMark = 'data-cp-kept-previous';
const levels = 3;
const hops = 4;

const addToken = (el: Element, name: string, token: string) => el.setAttribute(name, `${el.getAttribute(name) ?? ''} ${token}`.trim());

export function keepBoxes(body: Element, boxes: readonly KeptBox[]): Copy[] {
  const all = new Set(boxes.map(({ box }) => box));
  return boxes.map(({ box, between = false }, i) => {
    box.setAttribute(mark, String(i));
    let at: Element | null = box;
    for (let level = 0; at && at !== body && level < (between ? 1 : levels); level++, at = at.parentElement) {
      let next = withText(at.nextElementSibling, 'nextElementSibling');
      // Past a box that is kept too (a reference page's synopsis after its name line), the element after it is the
      // next choice: where both were lost, both go back before it, in their order.
      for (let hop = 0; next && hop < hops; hop++, next = all.has(next) ? withText(next.nextElementSibling, 'nextElementSibling') : null) {
        addToken(next, nextMark, `${i}:${level}:${hop}`);
      }
    }
    const previous = withText(box.previousElementSibling, 'previousElementSibling');
    if (previous) addToken(previous, previousMark, String(i));
    return { copy: absoluteAddresses(box.cloneNode(true) as Element, body.ownerDocument.baseURI), between };
  });
}

interface Marks {
  kept: Set<string>;
  next: Map<string, Element>;
  previous: Map<string, Element>;
}

/** The marked elements in `root`, found in one lookup (a lookup per box cost a walk of the article per heading), unmarked. */
function readMarks(root: Element): Marks {
  const marks: Marks = { kept: new Set(), next: new Map(), previous: new Map() };
  for (const el of root.querySelectorAll(`[${mark}], [${nextMark}], [${previousMark}]`)) {
    const key = el.getAttribute(mark);
    if (key !== null) marks.kept.add(key);
    for (const token of (el.getAttribute(nextMark) ?? '').split(' ')) if (token && !marks.next.has(token)) marks.next.set(token, el);
    for (const token of (el.getAttribute(previousMark) ?? '').split(' ')) if (token && !marks.previous.has(token)) marks.previous.set(token, el);
    for (const name of [mark, nextMark, previousMark]) el.removeAttribute(name);
  }
  return marks;
}

function restoreBetween(marks: Marks, copy: Element, i: number): boolean {
  const previous = marks.previous.get(String(i));
  const next = marks.next.get(`${i}:0:0`);
  if (!previous || !next || withText(previous.nextElementSibling, 'nextElementSibling') !== next) return false;
  next.before(copy);
  return true;
}

function restoreBeside(marks: Marks, copy: Element, i: number): boolean {
  for (let level = 0; level < levels; level++) {
    for (let hop = 0; hop < hops; hop++) {
      const next = marks.next.get(`${i}:${level}:${hop}`);
      if (next) {
        next.before(copy);
        return true;
      }
    }
  }
  const previous = marks.previous.get(String(i));
  previous?.after(copy);
  return !!previous;
}

/** The first of boxes that are one another or one inside the other: each would go back (a box holds one mark). */
function apart(boxes: readonly KeptBox[]): KeptBox[] {
  const taken = new Set<Element>();
  const holding = new Set<Element>();
  return boxes.filter(({ box }) => {
    if (holding.has(box)) return false;
    for (let up: Element | null = box; up; up = up.parentElement) if (taken.has(up)) return false;
    taken.add(box);
    for (let up: Element | null = box; up; up = up.parentElement) holding.add(up);
    return true;
  });
}

/** The boxes of the page to keep through Readability, marked and copied. */
export const keepArticleBoxes = (body: Element, pageUrl: string): Copy[] => keepBoxes(body, apart([
  ...[...findManualContents(body), ...findHeadingBoxes(body), ...findArticleOpenings(body)].map((box) => ({ box })),
  ...[...findSectionHeadings(body, pageUrl), ...findIntroducedLists(body)].map((box) => ({ box, between: true })),
]));

/** Puts back in `root` each box its pick lost beside the marks it kept; how many went back. */
export function restoreBoxes(root: Element, copies: readonly Copy[]): number {
  if (!copies.length) return 0;
  const marks = readMarks(root);
  let restored = 0;
  copies.forEach(({ copy, between }, i) => {
    if (marks.kept.has(String(i))) return;
    if (between ? restoreBetween(marks, copy, i) : restoreBeside(marks, copy, i)) restored++;
  });
  return restored;
}
