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
