import { elementsIn, foldedText, noscriptTags, retag, tagSet, tagsIn } from './dom-measures';
import { collapseSpaces, hasWords, textOutside } from './text';

const proseTags = tagSet('p', 'li', 'blockquote', 'td', 'dd');

/** The text of the page outside its `<noscript>` elements, whitespace folded. */
const textOutsideNoscripts = (root: Element) => collapseSpaces(textOutside(root, noscriptTags).join(' '));

/**
 * A page that builds itself with scripts can carry its text for readers without them in `<noscript>` (Discourse
 * forums put every post there). A document without scripting (a saved page read by the CLI) parses that markup as
 * elements, and Readability drops it with all noscript content. Where a noscript holds a few hundred words whose prose
 * is found nowhere else on the page, it is the page's text, and its content takes its place. In a browser the
 * scripts have put that text in the page already (and a live page's noscript holds a string, not elements).
 */
export function revealNoscriptContent(doc: Document): void {
  if (!doc.body) return;
  // The browser's own list, not a walk: this runs on every page, and a live page's noscripts never qualify.
  const candidates = tagsIn(doc.body, noscriptTags)
    .filter((el) => el.firstElementChild && !el.parentElement?.closest('noscript') && hasWords(el, 200));
  if (!candidates.length) return;
  const rest = textOutsideNoscripts(doc.body);
  for (const noscript of candidates) {
    const prose = elementsIn(noscript, proseTags).map(foldedText).filter((text) => text.split(' ').length >= 12);
    if (prose.length === 0 || prose.filter((text) => rest.includes(text)).length > prose.length / 2) continue;
    retag(noscript, 'div');
  }
}
