// A page that shows its text twice: a mobile and a desktop rendering of the article, a carousel's cloned slides.
import type { Drop, Texts } from './declutter-blocks';

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

/**
 * Later copies of blocks whose whole text an earlier block already shows go, the largest first (a twin of a whole
 * section goes as one item), when they hold a third of the article. Quotes (a reply quoting a post), table cells and
 * code repeat on purpose and stay.
 */
export function removeCopies(blocks: readonly Element[], root: Element, texts: Texts, drop: Drop): void {
  const firsts = new Map<string, Element>();
  const copies: Element[] = [];
  let copied = 0;
  for (const el of blocks) {
    if (!root.contains(el)) continue;
    const text = texts.of(el);
    const first = firsts.get(text);
    if (!first) {
      firsts.set(text, el);
      continue;
    }
    if (text.length < minLength || first.contains(el) || el.contains(first) || copies.some((copy) => copy.contains(el))) continue;
    if (el.closest('blockquote, td, th, pre') || el.querySelector('pre, code, blockquote')) continue;
    copies.push(el);
    copied += text.length;
  }
  if (copied < twiceShare * texts.of(root).length) return;
  for (const el of copies) drop(el, 'boilerplate');
}
