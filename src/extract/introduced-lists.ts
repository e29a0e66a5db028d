import { childElements, foldedText, tagSet, tagsIn, withText } from './dom-measures';
import { countWords } from './text';

/**
 * A list that a sentence of the article introduces ("Meditation has been shown to help improve:") and whose items are
 * each a short phrase, often a link to the study behind it: Readability's conditional cleaning drops a list of links
 * whose class reads as content (Tailwind's "marker:text-…" counts as "text"), leaving the sentence hanging over nothing
 * (Cleveland Clinic, WCXB 0027). Kept through Readability by `keepBoxes` with `between`: put back only where the pick
 * kept the sentence and what follows the list, one right after the other.
 */
const listTags = tagSet('ul', 'ol');
const maxItems = 30;
const maxItem = 200;
const minIntroWords = 5;
/** Named as what Readability rightly drops: a "Read more on this:" rail, a share bar. */
const clutterClass = /share|social|related|recommend|promo|sponsor|newsletter|subscribe|widget|\bad\b|nav|menu/i;

/** A paragraph of five words or more, without links, that ends in ":": a sentence going on in the list after it. */
export function introducesList(intro: Element | null | undefined): boolean {
  if (intro?.tagName !== 'P' || intro.querySelector('a[href]')) return false;
  const text = foldedText(intro);
  return text.endsWith(':') && countWords(text) >= minIntroWords;
}

function phraseItems(list: Element): boolean {
  const items = childElements(list);
  return items.length >= 2 && items.length <= maxItems
    && items.every((li) => li.tagName === 'LI' && foldedText(li).length <= maxItem);
}

const named = (el: Element) => clutterClass.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);

export function findIntroducedLists(body: Element): Element[] {
  return tagsIn(body, listTags).filter((list) => !list.parentElement?.closest('li')
    && introducesList(withText(list.previousElementSibling, 'previousElementSibling')) && phraseItems(list) && !named(list) && !(list.parentElement && named(list.parentElement)));
}
