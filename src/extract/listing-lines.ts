import { isRelatedCard } from './classify-block';
import { isBareDate, isBylineRemnant, isDateline } from './header-lines';
import { countWords } from './text';
import { childElements } from './dom-measures';
import { inlineTags } from './declutter-blocks';

/**
 * Lines that are clutter around one story but the page's own content when the article is made of them. Dates: three
 * different bare dates or more are an events listing's, a timeline's or a live blog's (a story's header has one, and
 * a related card's date goes with its card). Bylines and datelines ("by Dave Gershgorn", "Updated March 2, 2026",
 * "[Kernel] Posted Mar 5, 2026 15:47 UTC (Thu) by corbet"): three different ones or more below the first paragraph,
 * in three boxes or more, are a listing's entries' (a story's header has its own above its prose, or in one box).
 * Teaser cards: a card that is one item of a list whose other items of its kind are mostly not cards (the ones cut
 * with "…" among entries that are whole, WCXB 4362); a rail's cards are all cut alike.
 */
export interface ListingLines {
  /**
   * The bare dates that are data: none when the article has under three different ones, never one above its first
   * paragraph outside a list (the story's own); and the entries' bylines and datelines, alike.
   */
  listedLines: Set<Element>;
  listedCards: Set<Element>;
}

/** A paragraph, or a `<div>` written as one (a phpBB post's text: only text, links and emphasis in it). */
const isParagraph = (el: Element) => el.tagName === 'P'
  || (el.tagName === 'DIV' && childElements(el).every((child) => child.tagName === 'BR' || inlineTags.has(child.tagName)));

/** Same-tag siblings needed for a card's parent to be a list of entries. */
const listItems = 4;

export function listingLines(blocks: Element[], textOf: (el: Element) => string): ListingLines {
  const dates = new Set<string>();
  const listedDates = new Set<Element>();
  const meta: Element[] = [];
  const cards = new Set<Element>();
  let lastCard: Element | null = null;
  let proseSeen = false;
  for (const el of blocks) {
    const text = textOf(el);
    if (text.length <= 100 && isBareDate(text)) {
      dates.add(text);
      if (proseSeen || el.closest('li')) listedDates.add(el);
    } else if (proseSeen && text.length <= 100 && (isDateline(text) || isBylineRemnant(text, null))) {
      meta.push(el);
    }
    if (!proseSeen && isParagraph(el) && countWords(text) >= 15) proseSeen = true;
    if (lastCard?.contains(el) || !isRelatedCard(el, text)) continue;
    cards.add((lastCard = el));
  }
  const listedCards = new Set<Element>();
  const judged = new Map<Element, boolean>();
  for (const card of cards) {
    const parent = card.parentElement;
    if (!parent) continue;
    let listed = judged.get(parent);
    if (listed === undefined) {
      const kin = childElements(parent).filter((child) => child.tagName === card.tagName);
      listed = kin.length >= listItems && kin.filter((child) => cards.has(child)).length < kin.length / 2;
      judged.set(parent, listed);
    }
    if (listed) listedCards.add(card);
  }
  const listedLines = dates.size < 3 ? new Set<Element>() : listedDates;
  // Three different lines in three entries or more: a story's header below its first paragraph has its lines in one box.
  const distinct = (values: unknown[]) => new Set(values).size;
  if (distinct(meta.map(textOf)) >= 3 && distinct(meta.map((el) => el.parentElement)) >= 3) {
    for (const el of meta) listedLines.add(el);
  }
  return { listedLines, listedCards };
}
