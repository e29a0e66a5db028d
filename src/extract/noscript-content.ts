import { elementsIn, foldedText, noscriptTags, retag, tagSet, tagsIn } from './dom-measures';
import { collapseSpaces, hasWords, textOutside } from './text';

const proseTags = tagSet('p', 'li', 'blockquote', 'td', 'dd');

/** The text of the page outside its `<noscript>` elements, whitespace folded. */
const textOutsideNoscripts = (root: Element) => collapseSpaces(textOutside(root, noscriptTags).join(' '));

/**
 * A live page's noscript holds its markup as a string (scripting on): parsed, inert (a template's content never
 * loads or runs anything), when it is long enough to be a page's text. A saved page's noscript holds elements already.
 */
function noscriptMarkup(noscript: Element): Element | null {
  if (noscript.firstElementChild) return noscript;
  const markup = noscript.textContent ?? '';
  if (markup.length < 1000 || !markup.includes('<')) return null;
  const template = noscript.ownerDocument.createElement('template');
  template.innerHTML = markup;
  const parsed = noscript.ownerDocument.createElement('noscript');
  parsed.append(template.content);
  return parsed;
}

/**
 * A page that builds itself with scripts can carry its text for readers without them in `<noscript>` (Discourse
 * forums put every post there). A document without scripting (a saved page read by the CLI) parses that markup as
 * elements, and Readability drops it with all noscript content; a live page whose scripts have not built it (still
 * loading, blocked, offline: a Discourse thread is a spinner then) holds it as a string. Where a noscript holds a few
 * hundred words whose prose is found nowhere else on the page, it is the page's text, and its content takes its place.
 * Once the scripts have put that text in the page, the noscript is left alone.
 */
export function revealNoscriptContent(doc: Document): void {
  if (!doc.body) return;
  // The browser's own list, not a walk: this runs on every page.
  const candidates = tagsIn(doc.body, noscriptTags)
    .filter((el) => !el.parentElement?.closest('noscript'))
    .map((el) => [el, noscriptMarkup(el)] as const)
    .filter((pair): pair is readonly [Element, Element] => pair[1] !== null && hasWords(pair[1], 200));
  if (!candidates.length) return;
  const rest = textOutsideNoscripts(doc.body);
  for (const [noscript, content] of candidates) {
    const prose = elementsIn(content, proseTags).map(foldedText).filter((text) => text.split(' ').length >= 12);
    if (prose.length === 0 || prose.filter((text) => rest.includes(text)).length > prose.length / 2) continue;
    if (content !== noscript) noscript.replaceWith(content);
    retag(content, 'div');
  }
}
