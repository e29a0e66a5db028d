import { childElements, foldedText, linkDensity, tagSet } from './dom-measures';

const listTags = tagSet('ul', 'ol');
const trailSeparator = /\s*[›»>/|→]\s*$/;

/**
 * A breadcrumb drawn as a list with separator items between its links ("Electronics › Headphones › Earbuds"), which a
 * shop's category links (`/b?node=…`) do not show by leading up the page's own address.
 */
export function isSeparatedTrail(el: Element, text: string): boolean {
  if (!listTags.has(el.tagName) || text.length > 200) return false;
  let links = 0;
  let separators = 0;
  let plain = 0;
  for (const item of childElements(el)) {
    const itemText = foldedText(item);
    const bare = itemText.replace(trailSeparator, '');
    if (bare !== itemText) separators += 1;
    if (!bare) continue;
    if (bare.length <= 60 && item.querySelector('a') && linkDensity(item, bare) >= 0.8) links += 1;
    // The page's own place ends the trail unlinked.
    else if ((plain += 1) > 1) return false;
  }
  return links >= 2 && separators >= links - 1;
}

const lineSeparator = /^\s*[›»>→]\s*$/;
const lineTags = tagSet('p', 'div', 'span', 'nav', 'small');

/**
 * A breadcrumb drawn as one line of links between separators, the page's own place unlinked at its end ("Nairaland
 * Forum › Science/Technology › Programming › Hybrid Quantum And Classical Computing (1031 Views)", WCXB 0576), whose
 * section links do not lead up the page's own address either.
 */
export function isSeparatedLine(el: Element, text: string): boolean {
  if (!lineTags.has(el.tagName) || text.length > 250) return false;
  let links = 0;
  let separators = 0;
  let ended = false;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    const part = (node.textContent ?? '').trim();
    if (!part) continue;
    if (ended) return false;
    if (node.nodeType === 3 && lineSeparator.test(part)) {
      if (links !== separators + 1) return false;
      separators += 1;
    } else if (links === separators && part.length <= 60 && isLinkItem(node)) {
      links += 1;
    } else if (links >= 2 && links >= separators) {
      // The page's own place, or its counter ("(1031 Views)"), ends the line.
      ended = true;
    } else {
      return false;
    }
  }
  return links >= 2 && separators >= 1 && separators >= links - 1;
}

/** A link, or an item holding one and little else (schema.org's `ListItem` spans). */
const isLinkItem = (node: Node) => node.nodeType === 1
  && ((node as Element).tagName === 'A' || ((node as Element).querySelector('a') !== null && linkDensity(node as Element, foldedText(node as Element)) >= 0.8));
