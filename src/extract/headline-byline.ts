import { codeTags, foldSpaces } from './text';
import { firstHeadline } from './page-title';

// "By <Name>" alone on a line (a name of up to five words, each capitalised but for a particle), "Written by <Name>".
const byName = /^(?:(?:[Ww]ritten|[Pp]osted|[Ww]ords|[Rr]eported) )?[Bb]y:?\s+(\p{Lu}[\p{L}'’.-]*(?:,?\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|del|la|le|and|&)){0,4})$/u;
// A forum thread's line under its title: "Discussion in 'Hosting Advice' started by pelex, Jun 3, 2024" (XenForo),
// "Started by Biology Forums, June 04, 2024, 11:23:55 AM" (SMF); a user's name may be lower-case.
// XenForo 2's list item "Thread starter SamuelMIz" (its label a screen reader's span, the name a link beside it).
const startedBy = /(?:^|\s)[Ss]tarted by ([^,]{2,40}?)\s*(?:,|$)|^Thread starter\s+(.{2,40}?)$/;
/** Phrasing a header's line is written in: a label and a name in elements of their own make one line in their box. */
const phrasing = new Set(['SPAN', 'A', 'STRONG', 'EM', 'B', 'I', 'SMALL', 'TIME']);
/** How much text under the headline is read for it: the header's, not the article's. */
const lookAhead = 400;
/** A line this long is prose: the article has begun. */
const proseLength = 200;

/**
 * An element's text with its list's items apart: a theme's "comma-separated-list" draws the commas with CSS (WCXB 4193).
 * Read only until it shows more than a header's line of letters (`budget.left`, counting no spaces): its folded text is
 * then longer than `proseLength` anyway, and the box around a header's span may hold the whole article.
 */
function lineText(el: Element, budget = { left: proseLength }): string {
  let text = '';
  for (const node of Array.from(el.childNodes)) {
    if (budget.left < 0) break;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      budget.left -= value.replace(/\s+/g, '').length;
      text += value;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (child.tagName === 'LI' && child.previousElementSibling && text.trim()) text += ', ';
    text += lineText(child, budget);
  }
  return text;
}

/** `pattern` in the line of the nearest box around phrasing `el` is written in, where that line is a header's. */
function patternInBox(el: Element, pattern: RegExp): RegExpExecArray | null {
  let box = el;
  while (phrasing.has(box.tagName) && box.parentElement) box = box.parentElement;
  if (box === el) return null;
  const line = foldSpaces(lineText(box));
  return line.length <= proseLength ? pattern.exec(line) : null;
}

/** The name a line of the header under the page's first headline gives by `pattern`'s first group. */
function nameUnderHeadline(doc: Document, pattern: RegExp): string | null {
  const headline = firstHeadline(doc);
  if (!headline || !doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = headline;
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < lookAhead; node = walker.nextNode()) {
    const parent = node.parentElement;
    const value = (node.nodeValue ?? '').trim();
    if (!value || !parent || codeTags.has(parent.tagName) || headline.contains(node)) continue;
    seen += value.length;
    const text = foldSpaces(lineText(parent));
    if (text.length > proseLength) return null;
    const match = pattern.exec(text) ?? patternInBox(parent, pattern);
    if (match) return match[1] ?? match[2]!;
  }
  return null;
}

/**
 * The writer a "By <Name>" line under the page's headline names, for a page where Readability finds no byline: a
 * theme's meta paragraph named for neither (`<p class="text-with-icon">By Amy Wilhelm</p>`, WCXB 0171, 0363, 4456).
 * Read before Readability takes the header apart; only the text nodes of the header are visited.
 */
export const bylineUnderHeadline = (doc: Document): string | null => nameUnderHeadline(doc, byName);

/** Who started a forum thread, as the line under its title says (WCXB 0517, 0520). */
export const starterUnderHeadline = (doc: Document): string | null => nameUnderHeadline(doc, startedBy);
