import { elementsIn, linkTags } from './dom-measures';
import { absoluteAddresses } from './page-address';

/**
 * A manual's chapter page lists its sections as links to their own pages (DocBook's `<div class="toc">` and its
 * `<dl class="toc">`): on a chapter's first page that list is most of what the page says, and Readability's conditional
 * cleaning drops it for its links (PostgreSQL's "Chapter 11. Indexes" read as its one paragraph, WCXB 2864). Each is
 * copied before Readability, its neighbours marked (Readability may parse the page again, so its pick holds other
 * nodes), and the copy goes back between them where the pick kept a neighbour and lost the list.
 */
const mark = 'data-cp-contents';
const before = 'data-cp-contents-before';
const after = 'data-cp-contents-after';
const minLinks = 3;

/** Links to other pages: a list of places on this page is the page's own table of contents, which reader view redraws. */
function listsOtherPages(list: Element): boolean {
  const links = elementsIn(list, linkTags).map((link) => link.getAttribute('href') ?? '');
  return links.length >= minLinks && links.every((href) => href && !href.startsWith('#'));
}

/** The nearest sibling with text on one side (DocBook puts an empty index anchor after the list). */
function neighbour(box: Element, side: 'previousElementSibling' | 'nextElementSibling'): Element | null {
  let el = box[side];
  while (el && !el.textContent?.trim()) el = el[side];
  return el;
}

export function findManualContents(body: Element): Element[] {
  const found: Element[] = [];
  for (const box of body.querySelectorAll('div.toc')) {
    const list = box.querySelector(':scope > dl.toc');
    if (!list || !listsOtherPages(list)) continue;
    const key = String(found.length);
    box.setAttribute(mark, key);
    neighbour(box, 'previousElementSibling')?.setAttribute(before, key);
    neighbour(box, 'nextElementSibling')?.setAttribute(after, key);
    found.push(absoluteAddresses(box.cloneNode(true) as Element, body.ownerDocument.baseURI));
  }
  return found;
}

/** Puts back in `root` each list its pick lost beside a neighbour it kept; how many went back. */
export function restoreManualContents(root: Element, copies: readonly Element[]): number {
  let restored = 0;
  copies.forEach((copy, i) => {
    const key = String(i);
    if (root.querySelector(`[${mark}="${key}"]`)) return;
    const next = root.querySelector(`[${after}="${key}"]`);
    const previous = next ? null : root.querySelector(`[${before}="${key}"]`);
    if (next) next.before(copy);
    else if (previous) previous.after(copy);
    else return;
    restored++;
  });
  for (const name of [mark, before, after]) for (const el of root.querySelectorAll(`[${name}]`)) el.removeAttribute(name);
  return restored;
}
