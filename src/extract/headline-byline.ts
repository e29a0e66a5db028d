import { codeTags, foldSpaces } from './text';
import { firstHeadline } from './page-title';

// "By <Name>" alone on a line (a name of up to five words, each capitalised but for a particle).
const byName = /^[Bb]y:?\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|del|la|le)){0,4})$/u;
/** How much text under the headline is read for it: the header's, not the article's. */
const lookAhead = 400;
/** A line this long is prose: the article has begun. */
const proseLength = 200;

/**
 * The writer a "By <Name>" line under the page's headline names, for a page where Readability finds no byline: a
 * theme's meta paragraph named for neither (`<p class="text-with-icon">By Amy Wilhelm</p>`, WCXB 0171, 0363, 4456).
 * Read before Readability takes the header apart; only the text nodes of the header are visited.
 */
export function bylineUnderHeadline(doc: Document): string | null {
  const headline = firstHeadline(doc);
  if (!headline || !doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = headline;
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < lookAhead; node = walker.nextNode()) {
    const parent = node.parentElement;
    const value = (node.nodeValue ?? '').trim();
    if (!value || !parent || codeTags.has(parent.tagName) || headline.contains(node)) continue;
    seen += value.length;
    const text = foldSpaces(parent.textContent ?? '');
    if (text.length > proseLength) return null;
    const match = byName.exec(text);
    if (match) return match[1]!;
  }
  return null;
}
