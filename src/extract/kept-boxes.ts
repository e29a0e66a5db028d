import { absoluteAddresses } from './page-address';

/**
 * Boxes of the article that Readability drops for their links (a manual chapter's contents, a product's headings; see
 * `findManualContents` and `findHeadingBoxes`). Each is copied before Readability, and the elements with text nearest
 * after it are marked, at its own level and a few levels up (the box's parent may go with it), and the one before it
 * (Readability may parse the page again, so its pick holds other nodes than these). Where the pick lost the box and kept
 * a mark, the copy goes back beside the innermost kept.
 */
const mark = 'data-cp-kept';
const nextMark = 'data-cp-kept-next';
const previousMark = 'data-cp-kept-previous';
const levels = 3;

function withText(el: Element | null, side: 'previousElementSibling' | 'nextElementSibling'): Element | null {
  while (el && !el.textContent?.trim()) el = el[side];
  return el;
}

const addToken = (el: Element, name: string, token: string) => el.setAttribute(name, `${el.getAttribute(name) ?? ''} ${token}`.trim());

export function keepBoxes(body: Element, boxes: readonly Element[]): Element[] {
  return boxes.map((box, i) => {
    box.setAttribute(mark, String(i));
    let at: Element | null = box;
    for (let level = 0; at && at !== body && level < levels; level++, at = at.parentElement) {
      const next = withText(at.nextElementSibling, 'nextElementSibling');
      if (next) addToken(next, nextMark, `${i}:${level}`);
    }
    const previous = withText(box.previousElementSibling, 'previousElementSibling');
    if (previous) addToken(previous, previousMark, String(i));
    return absoluteAddresses(box.cloneNode(true) as Element, body.ownerDocument.baseURI);
  });
}

/** Puts back in `root` each box its pick lost beside a mark it kept; how many went back. */
export function restoreBoxes(root: Element, copies: readonly Element[]): number {
  let restored = 0;
  copies.forEach((copy, i) => {
    if (root.querySelector(`[${mark}="${i}"]`)) return;
    for (let level = 0; level < levels; level++) {
      const next = root.querySelector(`[${nextMark}~="${i}:${level}"]`);
      if (next) {
        next.before(copy);
        restored++;
        return;
      }
    }
    const previous = root.querySelector(`[${previousMark}~="${i}"]`);
    if (!previous) return;
    previous.after(copy);
    restored++;
  });
  for (const name of [mark, nextMark, previousMark]) for (const el of root.querySelectorAll(`[${name}]`)) el.removeAttribute(name);
  return restored;
}
