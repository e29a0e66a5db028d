/**
 * A page's own table of contents: a list of links to places further down the same page. Reader view shows its own
 * outline of the article's headings, so the page's list only repeats them (and many pages build it with script,
 * leaving a label over nothing in a copy without it).
 */
import { elementsIn, foldedText, linkTags } from './dom-measures';

const labels =
  '(table of )?contents|table of content|in this (article|post|guide|page|story|review)|on this page|jump to( section)?|quick links|' +
  'sommaire|inhaltsverzeichnis|índice|indice|содержание|зміст';
/** The label a table of contents may start with, unlinked. */
const leadingLabel = new RegExp(`^(${labels})\\s*:?\\s*`, 'i');
const label = new RegExp(`^(${labels})\\s*:?$`, 'i');
/** "Contents" alone labels what a box holds as often: it goes only with its list. */
const bareContents = /^(contents|índice|indice)\s*:?$/i;

/** At least three links, every one to a place on this page (`#id`), and little text besides theirs and a label. */
function isTableOfContents(el: Element, text: string): boolean {
  if (!text || text.length > 4000) return false;
  const links = elementsIn(el, linkTags);
  if (links.length < 3) return false;
  let linked = 0;
  for (const link of links) {
    const href = link.getAttribute('href') ?? '';
    if (href.length < 2 || !href.startsWith('#')) return false;
    linked += foldedText(link).length;
  }
  const own = text.length - (text.match(leadingLabel)?.[0].length ?? 0);
  return linked >= 0.8 * own;
}

/**
 * A table of contents that starts with its label ("Table of Contents" and its links, in one box). An unlabelled list
 * of links down the page is left: it is often the article's own summary of its sections ("These are the top trends:"
 * and a linked list), which the page's readers are meant to see.
 */
export function isLabelledContents(el: Element, text: string): boolean {
  return leadingLabel.test(text) && isTableOfContents(el, text);
}

/** A short line that labels a table of contents. */
export function isContentsLabel(text: string): boolean {
  return text.length <= 40 && label.test(text);
}

/**
 * What a contents label (or its wrapper, `top`) goes with: its list when one follows, itself alone when its list is
 * gone (built by the page's script, or already taken out: "Table of Contents" over the first paragraph), nothing for
 * a bare "Contents" over anything but a list.
 */
export function contentsWithLabel(top: Element, text: string): Element[] {
  const next = top.nextElementSibling;
  if (next && isTableOfContents(next, foldedText(next))) return [top, next];
  return bareContents.test(text) ? [] : [top];
}

/**
 * The label just before a table of contents that goes as a menu (a `<nav>`): Easy Table of Contents' "Contents:" in its
 * own box over the `<nav>` stayed over nothing (WCXB 0233).
 */
export function contentsLabelBefore(list: Element): Element | null {
  const label = list.previousElementSibling;
  if (!label || !isContentsLabel(foldedText(label)) || !isTableOfContents(list, foldedText(list))) return null;
  return label;
}

/**
 * The ids the page's own links go to (`href="#id"`), read before its menus and contents lists are pruned: a section a
 * contents list points to is the page's own, however little its heading reads like prose ("2. Filmora", WCXB 0359).
 */
export function linkedTargets(doc: Document): Set<string> {
  const ids = new Set<string>();
  for (const link of doc.querySelectorAll('a[href^="#"]')) {
    const id = link.getAttribute('href')!.slice(1);
    if (!id) continue;
    try {
      ids.add(decodeURIComponent(id));
    } catch {
      ids.add(id);
    }
  }
  return ids;
}
