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
