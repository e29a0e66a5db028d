// A page that shows its text twice: a mobile and a desktop rendering of the article, a carousel's cloned slides.
import type { Drop, Texts } from './declutter-blocks';
import { elementsIn, tagSet } from './dom-measures';

/**
 * Characters a block must hold for a second copy of it to be a copy, not a phrase the article says twice: a plan's day
 * ("Rest day, or an easy 20-minute walk") may repeat each week, a paragraph of this length does not.
 */
const minLength = 150;
/**
 * Share of the article's text in copies for the page to be showing it twice. Under it, repeats are the page's own: each
 * plan's features on a pricing page, the terms under each offer, the same warning in each tab of a quickstart.
 */
const twiceShare = 0.3;
// Quotes (a reply quoting a post), table cells and code repeat on purpose.
const repeatedOnPurpose = 'blockquote, td, th, pre';
const leafTags = tagSet('p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'figcaption');

/**
 * Whether the copies hold more than one paragraph's text: a second rendering repeats a section, while one paragraph over
 * and over is the page's own (a placeholder's "Lorem ipsum…" in three of Readability's test pages).
 */
function varied(copies: Iterable<Element>, texts: Texts): boolean {
  const seen = new Set<string>();
  for (const copy of copies) {
    const leaves = elementsIn(copy, leafTags);
    for (const leaf of leaves.length ? leaves : [copy]) if (seen.add(texts.of(leaf)).size > 1) return true;
  }
  return false;
}

/** Whether an ancestor of `el` is a copy already: a walk up, not a test against every copy (a listing may hold thousands). */
function insideCopy(el: Element, copied: ReadonlySet<Element>, root: Element): boolean {
  for (let at = el.parentElement; at && at !== root; at = at.parentElement) if (copied.has(at)) return true;
  return false;
}

/**
 * Later copies of blocks whose whole text an earlier block already shows go, the largest first (a twin of a whole
 * section goes as one item), when they hold 30% of the article and more than one paragraph's text. Quotes (a reply
 * quoting a post), table cells and code repeat on purpose and stay.
 */
export function removeCopies(blocks: readonly Element[], root: Element, texts: Texts, drop: Drop): void {
  const firsts = new Map<string, Element>();
  // In page order: a set keeps its insertion order.
  const copies = new Set<Element>();
  let copiedLength = 0;
  for (const el of blocks) {
    if (!root.contains(el)) continue;
    const text = texts.of(el);
    const first = firsts.get(text);
    if (!first) {
      firsts.set(text, el);
      continue;
    }
    // Blocks come in page order, so a later block never holds its first.
    if (text.length < minLength || first.contains(el) || insideCopy(el, copies, root)) continue;
    if (el.closest(repeatedOnPurpose) || el.querySelector('pre, code, blockquote')) continue;
    copies.add(el);
    copiedLength += text.length;
  }
  if (copiedLength < twiceShare * texts.of(root).length || !varied(copies, texts)) return;
  for (const el of copies) drop(el, 'boilerplate');
}

const fallbackHolders = 'video, audio, object, canvas';
/** Words a line needs for its twin to be a copy, not an answer said twice ("Yes", "Yes"). */
const minTwinWords = 2;
/**
 * Whether a twin is a second rendering of `last`, not the page's own text twice: a line, or a paragraph each copy of
 * which sits in a box of its own (a carousel's slides, one per colour, each with the same paragraph). Paragraphs
 * repeated side by side in one box are a placeholder's "Lorem ipsum", which the page shows as it is.
 */
const isRendering = (last: Element, el: Element, text: string) => text.length < minLength || last.parentElement !== el.parentElement;

/** Whether nothing shows between `a` and the later `b` but markup and images. */
function adjacent(a: Element, b: Element): boolean {
  const range = a.ownerDocument.createRange();
  range.setStartAfter(a);
  range.setEndBefore(b);
  return !/[\p{L}\p{N}]/u.test(range.toString());
}

/**
 * A line or a slide's paragraph shown twice in a row, nothing but images between: a card drawing its title once for
 * video and once for text (CrowdStrike, WCXB 2848), a carousel's slides (Samsung, 4219). The second goes; tables,
 * code and quotes repeat on purpose and stay.
 */
export function removeTwins(blocks: readonly Element[], root: Element, texts: Texts, drop: Drop): void {
  let last: Element | null = null;
  for (const el of blocks) {
    // A video's fallback text never shows: the caption after it that says the same is the one read (WCXB 4027).
    if (!leafTags.has(el.tagName) || !root.contains(el) || el.closest(fallbackHolders)) continue;
    const text = texts.of(el);
    if (!text) continue;
    if (last && text === texts.of(last) && !last.contains(el) && isRendering(last, el, text) && text.split(' ').length >= minTwinWords
      && !el.closest(repeatedOnPurpose) && adjacent(last, el)) {
      drop(el, 'boilerplate');
      continue;
    }
    last = el;
  }
}
