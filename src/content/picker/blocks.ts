import browser from '../../shared/browser';
import { blockText, countWords } from '../../extract/text';
import { ownHosts } from '../../shared/area-rule';
import { t, type MessageKey } from '../../shared/i18n';

// What the picker offers: blocks of the live page's <body> (never <body> itself, nothing outside it, nothing of the
// reader's own), read only through layout and text (no page code runs).

const frames = 'iframe, frame, object, embed';
const inline = new Set(['inline', 'contents', 'none']);

const inBody = (el: Element | null): el is Element => !!el && el !== document.body && !!document.body?.contains(el) && !el.closest(ownHosts);

function isBlock(el: Element): boolean {
  return el.matches(frames) || !inline.has(getComputedStyle(el).display);
}

/** The nearest block at or above `el`, inside the body. */
export function blockOf(el: Element | null): Element | null {
  for (let at = el; inBody(at); at = at.parentElement) if (isBlock(at)) return at;
  return null;
}

/** The block under a point of the viewport, seen through the picker's own layer. */
export function blockAt(x: number, y: number): Element | null {
  const hit = document.elementsFromPoint(x, y).find((el) => !el.closest(ownHosts));
  return blockOf(hit ?? null);
}

export const wider = (el: Element): Element => (inBody(el.parentElement) ? el.parentElement : el);

const words = (el: Element) => countWords(blockText(el));

/** The child block holding the most words (the first of equals), or `el` when it has none with text. */
export function narrower(el: Element): Element {
  let best: Element | null = null;
  let most = 0;
  for (const child of Array.from(el.children)) {
    const count = isBlock(child) ? words(child) : 0;
    if (count > most) [best, most] = [child, count];
  }
  return best ?? el;
}

/** The previous or next sibling block with words, for ← and →. */
export function sibling(el: Element, step: -1 | 1): Element {
  for (let at = step < 0 ? el.previousElementSibling : el.nextElementSibling; at; at = step < 0 ? at.previousElementSibling : at.nextElementSibling) {
    if (isBlock(at) && words(at) > 0) return at;
  }
  return el;
}

/** Why a block cannot be taken, in plain words; null when it can. */
export function refusal(el: Element | null): MessageKey | null {
  if (!el || !el.isConnected || el === document.body || !document.body?.contains(el)) return 'pickOutside';
  if (el.closest(ownHosts)) return 'pickOwnUi';
  if (el.matches(frames) || el.closest(frames)) return 'pickFrame';
  return words(el) > 0 ? null : 'pickNoText';
}

/** "“Tide tables return to…” · 412 words": what would be taken. */
export function describe(el: Element): string {
  const text = blockText(el).replace(/\n/g, ' ');
  const count = countWords(text);
  const start = text.split(' ').slice(0, 8).join(' ');
  const first = start.length < text.length ? `${start}…` : start;
  const category = new Intl.PluralRules(browser.i18n.getUILanguage()).select(count);
  return t((['one', 'few', 'many'].includes(category) ? `pickWords_${category}` : 'pickWords_other') as MessageKey, first, count);
}
