import { childElements } from './dom-measures';
import { foldSpaces } from './text';

/**
 * Words a page sets apart by its style sheet alone, which reader view does not carry. Stripe's API reference writes
 * each field's name and type as two boxes in its heading, `<span class="…">amount</span><span class="…">integer</span>`,
 * and each endpoint as a link in a list without items: without the style sheet they read "amountinteger" (in the
 * outline too) and "POST/v1/chargesPOST/v1/charges/:id…" (WCXB 0680). Read before Readability takes classes off.
 */
const boxTags = new Set(['SPAN', 'DIV']);
const endsWord = /[\p{L}\p{N}]$/u;
const startsWord = /^[\p{L}\p{N}]/u;

const classOf = (node: Node) => (node.nodeType === 1 && boxTags.has((node as Element).tagName) ? (node as Element).getAttribute('class') || null : null);
const words = (text: string) => text.split(' ').length;

/** A sentence's end against a capital: NBC Select's "Selected.<span class="…Subtitle">Our top picks</span>" (WCXB 4472). */
const endsSentence = /\p{L}[.!?]$/u;
const startsCapital = /^\p{Lu}/u;

function glued(first: Node, second: Node): boolean {
  const a = foldSpaces(first.textContent ?? '');
  const b = foldSpaces(second.textContent ?? '');
  const firstClass = classOf(first);
  const secondClass = classOf(second);
  if (endsSentence.test(a) && startsCapital.test(b)) return !!(firstClass || secondClass);
  if (!endsWord.test(a) || !startsWord.test(b)) return false;
  // Two boxes styled apart. Runs of one style split a word (Word Online's "NormalTextRun" spans: "Securi", "ng", WCXB
  // 4284), and a letter a box of its own (a drop cap) is part of its word.
  if (firstClass && secondClass) return firstClass !== secondClass && a.length >= 2 && b.length >= 2;
  // A headline's words and its subtitle's box ("The Best Notion Alternatives<span class="block">Top Note-taking
  // Tools…</span>", AlternativeTo, WCXB 2976); a word and its coloured ending ("Java<span>Script</span>") stay one.
  const textBeside = first.nodeType === 3 || second.nodeType === 3;
  return textBeside && !!(firstClass || secondClass) && words(a) >= 2 && words(b) >= 2;
}

/** A space between a heading's words that only the style sheet set apart. */
export function spaceHeadingWords(body: Element): void {
  for (const heading of body.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    for (const el of [heading, ...heading.querySelectorAll('span, div')]) {
      for (let child = el.firstChild; child; child = child.nextSibling) {
        const next = child.nextSibling;
        if (next && (child.nodeType === 1 || child.nodeType === 3) && (next.nodeType === 1 || next.nodeType === 3) && glued(child, next)) {
          child.after(' ');
          child = child.nextSibling!;
        }
      }
    }
  }
}

/**
 * A row of items a style sheet sets apart, all a box's children and alike: IMDb's chart writes each film's year, length
 * and rating as `<div><span class="…-item">1994</span><span class="…-item">2h 22m</span><span …>R</span></div>`, read
 * "19942h 22mR" (WCXB 2906). A word split in runs of one style sits in a paragraph's text, never alone in a box.
 */
const maxItem = 30;

function spaceRow(row: Element): void {
  const items = childElements(row);
  const name = items.length >= 2 ? classOf(items[0]!) : null;
  if (!name || items.some((item) => item.tagName !== 'SPAN' || item.getAttribute('class') !== name)) return;
  if (Array.from(row.childNodes).some((node) => node.nodeType === 3 && node.nodeValue!.trim())) return;
  const texts = items.map((item) => foldSpaces(item.textContent ?? ''));
  // A headline split letter by letter for an animation ("H", "e", "l", …) is one word.
  if (texts.some((text) => !text || text.length > maxItem) || texts.filter((text) => text.length === 1).length > 1) return;
  items.forEach((item, i) => {
    if (i > 0 && endsWord.test(texts[i - 1]!) && startsWord.test(texts[i]!) && item.previousSibling === items[i - 1]) item.before(' ');
  });
}

export function spaceRowItems(body: Element): void {
  for (const row of Array.from(body.getElementsByTagName('div'))) if (row.childElementCount >= 2 && !row.closest('p')) spaceRow(row);
}

/**
 * An empty box drawn as a divider between two inline boxes of words: iFixit's rating, `<span>4.9</span><span
 * class="h-4 w-px bg-gray-300"></span><span>358 reviews</span>`, read "4.9358 reviews" (WCXB 2982). Not between bare
 * words ("Java<span class="caret"></span>Script" is one).
 */
function textOfBox(node: ChildNode | null): string {
  return node?.nodeType === 1 && (node as Element).tagName === 'SPAN' ? foldSpaces(node.textContent ?? '') : '';
}

export function spaceDividers(body: Element): void {
  for (const divider of Array.from(body.getElementsByTagName('span'))) {
    if (divider.firstChild || !divider.hasAttribute('class')) continue;
    const before = textOfBox(divider.previousSibling);
    const after = textOfBox(divider.nextSibling);
    if (endsWord.test(before) && startsWord.test(after)) divider.before(' ');
  }
}

/** A list whose children are links or boxes without items: each becomes an item. */
function itemizeList(list: Element): void {
  const children = childElements(list);
  if (children.length < 2 || children.some((child) => child.tagName === 'LI')) return;
  if (Array.from(list.childNodes).some((node) => node.nodeType === 3 && node.textContent?.trim())) return;
  for (const child of children) {
    const item = list.ownerDocument.createElement('li');
    child.replaceWith(item);
    item.append(child);
  }
}

export function itemizeBareLists(root: Element): void {
  for (const list of root.querySelectorAll('ul, ol')) itemizeList(list);
}
