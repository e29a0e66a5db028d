import { childElements, retag } from './dom-measures';

// An ordered list whose items each open with their own number drawn apart ("#1" in a badge, "2." in a span): reader
// view's list markers already number them, so each item read "1. #1" (Amazon's best sellers' rank badges, WCXB 2920).

const ownNumber = /^[#(]?(\d{1,4})[.):]?$/;

/** The element holding only an item's first words when they are a number, and that number. */
function leadingNumber(item: Element): { holder: Element; value: number } | null {
  const walker = item.ownerDocument.createTreeWalker(item, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').trim();
    if (!text) continue;
    const holder = node.parentElement;
    const match = ownNumber.exec(text);
    if (!match || !holder || holder === item || (holder.textContent ?? '').trim() !== text) return null;
    return { holder, value: Number(match[1]) };
  }
  return null;
}

const isEmpty = (item: Element) => !(item.textContent ?? '').trim() && !item.querySelector('img, picture, video, svg, iframe, math');

/**
 * When every item of an ordered list has its own number, in the list's order, those numbers go: the markers say them.
 * When the page's numbers count otherwise (an item it skipped or we removed: "#26", "#28"), the page's numbers stay and
 * the list becomes a plain one, so that no marker says 27 beside "#28".
 */
export function dropListNumbers(root: Element): void {
  for (const list of Array.from(root.getElementsByTagName('ol'))) {
    if (list.hasAttribute('reversed')) continue;
    // An item left with nothing in it would be a marker alone ("27.").
    for (const child of childElements(list)) if (child.tagName === 'LI' && isEmpty(child)) child.remove();
    const items = childElements(list).filter((child) => child.tagName === 'LI');
    if (items.length < 2) continue;
    const start = Number(list.getAttribute('start') ?? 1) || 1;
    const numbers = items.map(leadingNumber);
    if (numbers.every((number, at) => number?.value === start + at)) {
      for (const number of numbers) number!.holder.remove();
    } else if (numbers.every((number, at) => number && (at === 0 || number.value > numbers[at - 1]!.value))) {
      retag(list, 'ul');
    }
  }
}
