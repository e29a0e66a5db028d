import type { RemovedItem } from './types';
import { elementsIn, foldedText, linkDensity, linkTags, removeElement, tagsIn } from './dom-measures';
import { countWords } from './text';

/** The next element after `el` with nothing but spaces between them. */
function nextElement(el: Element): Element | null {
  for (let node = el.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 1) return node as Element;
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) return null;
  }
  return null;
}

/**
 * A card that opens on hover over a name in the text (a politician's photo, their name again and their latest stories):
 * a span right after a link in a paragraph with words of its own around them, it holds a link with the same name (or
 * address, beside a photo) and at least two more, and is almost all links. The page shows it only under the pointer; in
 * reader view it would run into the sentence.
 */
export function removeHoverCards(root: Element, removed: RemovedItem[]): void {
  for (const link of tagsIn(root, linkTags)) {
    const card = root.contains(link) ? nextElement(link) : null;
    // Inside a sentence: a product grid's cards (title link, then author, rating and price links) are not.
    const paragraph = card?.tagName === 'SPAN' ? card.closest('p') : null;
    if (!card || !paragraph) continue;
    const name = foldedText(link);
    const href = link.getAttribute('href');
    const links = elementsIn(card, linkTags);
    // The name again, or its address beside a photo: a collapsed list's overflow goes on with the rest of a split link.
    const again = (a: Element) => (!!name && foldedText(a) === name) || (href !== null && a.getAttribute('href') === href && !!card.querySelector('img'));
    if (links.length < 3 || !links.some(again)) continue;
    const text = foldedText(card);
    if (linkDensity(card, text) < 0.8) continue;
    const around = countWords(foldedText(paragraph)) - countWords(text) - countWords(name);
    if (around >= 5) removeElement(card, 'related', 'declutter', removed);
  }
}
