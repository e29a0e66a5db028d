import type { RemovedItem } from './types';
import { foldedText, removeElement, tagSet } from './dom-measures';
import { codeTags, foldSpaces, textOutside, wordPattern } from './text';

// Text the page's style sheet keeps from the eye, which the copy (without style sheets) would read: a label's second
// copy for another screen size, a line's echo for screen readers, a label scrambled over mostly hidden spans.

/**
 * The same words twice side by side, each under its own class: a label drawn once for wide screens and once for narrow
 * ones (`<span class="bannerlbl">Best Value for Money</span><span class="mobbannerlbl">Best Value for Money</span>`, an
 * author's name, a shop's heading), of which the page's style sheet shows one. The copy has no style sheets, so reader
 * view read "Best Value for MoneyBest Value for Money". Siblings with the same class are a list's items, and stay.
 */
const twinTags = tagSet('span', 'a', 'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'small', 'label', 'time');
// Words, not a glyph or a number: "★", "1" repeat side by side in ratings and pagers.
const wordy = /\p{L}{2}.*\s|\p{L}{6}/u;

/** The second of two such twins, to take off the copy. */
export function isResponsiveTwin(el: Element): boolean {
  const twin = el.previousElementSibling;
  if (!twin || twin.tagName !== el.tagName || !twinTags.has(el.tagName) || el.childElementCount > 3 || twin.childElementCount > 3) return false;
  const names = el.getAttribute('class');
  const twinNames = twin.getAttribute('class');
  if (!names || !twinNames || names === twinNames) return false;
  const text = foldedText(el);
  return text.length <= 200 && wordy.test(text) && text === foldedText(twin);
}

// A block drawn for narrow screens only (Bootstrap's `d-md-none`, Tailwind's `md:hidden`) beside its wide-screen form
// (`d-none d-md-block`, `hidden md:flex`): Lemmy draws a post's header twice so, and the copy read both.
const narrowOnly = /(?:^|\s)(?:d-(sm|md|lg|xl|xxl)-none|(sm|md|lg|xl|2xl):hidden)(?=\s|$)/;
const hiddenAtFirst = /(?:^|\s)(?:d-none|hidden)(?=\s|$)/;
/** The display values a breakpoint's class shows a block with. */
const displays = '(?:block|flex|grid|inline|inline-block|inline-flex|table|contents)';
const shownFrom = (breakpoint: string) => new RegExp(`(?:^|\\s)(?:d-${breakpoint}-|${breakpoint}:)${displays}(?=\\s|$)`);
/** Words of each text node apart: the copies glue their spans differently ("agoLemmy", "04Dessalines"). */
function words(node: Node, into: string[] = []): string[] {
  if (node.nodeType === 3) into.push(...(node.nodeValue ?? '').toLowerCase().match(wordPattern) ?? []);
  for (let child = node.firstChild; child; child = child.nextSibling) words(child, into);
  return into;
}

/** The narrow-screen copy of a block whose wide-screen copy is beside it, with most of its words. */
export function isNarrowScreenCopy(el: Element): boolean {
  const names = el.getAttribute('class');
  const narrow = names ? narrowOnly.exec(names) : null;
  if (!narrow || hiddenAtFirst.test(names!)) return false;
  const wide = shownFrom(narrow[1] ?? narrow[2]!);
  for (const sibling of [el.previousElementSibling, el.nextElementSibling]) {
    const siblingNames = sibling?.getAttribute('class') ?? '';
    if (!sibling || !hiddenAtFirst.test(siblingNames) || !wide.test(siblingNames)) continue;
    const own = words(el);
    const theirs = new Set(words(sibling));
    if (own.length && own.filter((word) => theirs.has(word)).length >= 0.8 * own.length) return true;
  }
  return false;
}

const shownSomewhere = new RegExp(`(?:^|\\s)(?:d-(sm|md|lg|xl|xxl)-|(sm|md|lg|xl|2xl):)${displays}(?=\\s|$)`);
const minCopy = 200;

/**
 * A block the style sheet hides at every size, with a paragraph's worth of text (its folded text; null otherwise). Not
 * code: MDN hides its live samples' sources, the same listing again and again, and they are the lesson's (WCXB 0672).
 */
function hiddenBlockText(el: Element): string | null {
  const names = el.getAttribute('class');
  if (!names || !hiddenAtFirst.test(names) || shownSomewhere.test(names)) return null;
  const text = foldedText(el);
  return text.length >= minCopy && el.tagName !== 'PRE' && !el.getElementsByTagName('pre').length ? text : null;
}

/**
 * Takes out each block the style sheet hides at every size (`hidden`, `d-none`) whose text the page shows elsewhere:
 * AVS Forum's first post, written once more in a hidden box for its microdata (WCXB 0528: reader view read the post
 * twice). Elsewhere is the page's text outside every such block and outside scripts (a FAQ's closed answers are in
 * its JSON-LD too, WCXB 0713, and stay). Run once the thread's microdata, which such a copy may carry, has been read.
 */
export function removeHiddenCopies(doc: Document, removed: RemovedItem[]): void {
  const hidden = new Map<Element, string>();
  for (const name of ['hidden', 'd-none']) {
    for (const el of Array.from(doc.getElementsByClassName(name))) {
      const text = hiddenBlockText(el);
      if (text !== null) hidden.set(el, text);
    }
  }
  if (!hidden.size || !doc.body) return;
  const shown = foldSpaces(textOutside(doc.body, codeTags, new Set(hidden.keys())).join(' '));
  for (const [el, text] of hidden) {
    if (!el.isConnected) continue;
    // From its middle: the box may open with its own lines (the writer's name, for the microdata).
    const middle = Math.floor((text.length - minCopy) / 2);
    if (shown.includes(text.slice(middle, middle + minCopy))) removeElement(el, 'hidden', 'prune', removed);
  }
}

/**
 * A date's short form beside its long one, of which the style sheet shows one (Invision Community's `<time><span
 * class="ipsTime__long">August 26, 2024</span><span class="ipsTime__short">1 yr</span></time>`: the copy read "August
 * 26, 20241 yr" and "Created 1 yr1 yr", WCXB 0544, 0546, 0547). Named as one BEM element's long and short forms.
 */
export function isShortForm(el: Element): boolean {
  const short = /(?:^|\s)([\w-]+)__short(?=\s|$)/.exec(el.getAttribute('class') ?? '');
  const long = el.previousElementSibling?.getAttribute('class') ?? '';
  return !!short && new RegExp(`(?:^|\\s)${short[1]}__long(?:\\s|$)`).test(long);
}

/**
 * The words again inside their own line, for screen readers (eBay's `<span>GBP 0.00<span class="clipped">GBP 0.00</span>
 * </span>`): the style sheet hides the inner copy, which the copy of the page has not got ("GBP 0.00GBP 0.00"). After
 * the line's text, or before it in an element hidden from assistive tech.
 */
export function isEchoOfText(el: Element): boolean {
  const before = el.previousSibling;
  if (before?.nodeType === 3 && !el.nextSibling && el.childElementCount === 0) return sameLine(el, before);
  // Or before it, in a card's overlay link hidden from assistive tech (Walmart's `<h2><a aria-hidden="true"
  // class="absolute--fill"><span>Make mealtime amazing</span></a>Make mealtime amazing</h2>`, WCXB 4203).
  const after = el.nextSibling;
  return after?.nodeType === 3 && !el.previousSibling && !after.nextSibling && el.getAttribute('aria-hidden') === 'true'
    && sameLine(el, after);
}

function sameLine(el: Element, text: Node): boolean {
  const own = foldedText(el);
  return own.length <= 200 && wordy.test(own) && own === foldSpaces(text.nodeValue ?? '');
}

// A class name that is a bare UUID: eBay spells its "Sponsored" label in dozens of such spans, most of them hidden by
// the style sheet; without it the copy reads lines of hexadecimal ("9303097ac-d3e5-41e1-baf5-303640756ebfX2bf…").
const uuidName = /(^|\s)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\s|$)/;

/** One letter or hash of such a scrambled label. */
export function isScrambledLetter(el: Element): boolean {
  return el.tagName === 'SPAN' && uuidName.test(el.getAttribute('class') ?? '');
}

/**
 * An icon's placeholder word: `<span class="card__icon">Icon</span>` on each of InfoQ's trending cards, which the style
 * sheet draws as a glyph and the copy reads as the word "Icon". The word alone, in an element named for an icon.
 */
export function isIconWord(el: Element): boolean {
  return /icon/i.test(el.getAttribute('class') ?? '') && el.childElementCount === 0 && /^\s*icon\s*$/i.test(el.textContent ?? '');
}

// Google's icon fonts draw an icon from its name written as text (`<i class="material-icons">check</i>`): the copy
// reads the name ("check" 95 times down TaxSlayer's plan table, "local_offer Spring Sale", a card's "close").
const ligatureFont = /(^|\s)material-(icons|symbols)(-[a-z]+)?(\s|$)/;
const ligatureName = /^[a-z][a-z\d_]*$/;
/** What a table cell's lone icon says: yes or no. */
const cellMarks: Readonly<Record<string, string>> = {
  check: '✓', done: '✓', check_circle: '✓', task_alt: '✓', close: '✗', clear: '✗', cancel: '✗', remove: '–',
};

/**
 * An icon font's name for its icon: the mark it stands for when it is alone in a table cell ("✓", "✗" in a plan
 * comparison), '' anywhere else (it goes), null when `el` is none.
 */
export function iconLigature(el: Element): string | null {
  if ((el.tagName !== 'I' && el.tagName !== 'SPAN') || !ligatureFont.test(el.getAttribute('class') ?? '') || el.childElementCount) return null;
  const name = (el.textContent ?? '').trim();
  if (!ligatureName.test(name)) return null;
  const cell = el.parentElement?.closest('td, th');
  return cell && foldedText(cell) === name ? cellMarks[name] ?? '' : '';
}
