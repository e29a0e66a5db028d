import { childElements, elementsIn, foldedText, retag } from './dom-measures';
import type { RuleName } from './types';

/**
 * A forum thread's furniture among its posts: each post's signature (vBulletin's and phpBB's `signature`, XenForo's
 * `message-signature`, Invision's `ipsEntry__signature`), the poster's sign-off repeated under every post they write;
 * and XenForo's site notices above the thread (`notices`: a podcast episode, a scam alert, the forum's welcome).
 * Readability strips class names and wraps loose text in new paragraphs, so these are known by their texts, noted as
 * prune's walk reads class names and taken out of Readability's result after: taken out before, they moved its pick
 * to other posts (WCXB 0514).
 */
const furniture: readonly (readonly [className: string, rule: RuleName])[] = [
  ['signature', 'author-box'], ['signaturecontainer', 'author-box'], ['message-signature', 'author-box'],
  ['ipsEntry__signature', 'author-box'], ['notices', 'boilerplate'],
];
const furnitureHint = /signature|notices/;
/**
 * Shorter texts ("Cheers", "Thanks!") are lines a post may say too; two words may name a business ("WordPress Hosting",
 * WCXB 0533).
 */
const minChars = 12;
const minWords = 2;

/** Notes the texts of `el` and of each element in it, with the rule that takes them out, when `el` is furniture. */
export function noteFurniture(el: Element, hints: string, texts: Map<string, RuleName>): void {
  if (!furnitureHint.test(hints)) return;
  const rule = furniture.find(([name]) => el.classList.contains(name))?.[1];
  if (!rule) return;
  for (const part of [el, ...elementsIn(el)]) {
    const text = foldedText(part);
    if (text.length >= minChars && text.split(' ').length >= minWords && !texts.has(text)) texts.set(text, rule);
  }
}

/**
 * Forum software that writes each post's body as a `<blockquote>` (XenForo 1's `messageText`, vBulletin 4's
 * `postcontent`): reader view drew every post as a quotation, grey and indented (WCXB 0520). Such a body is marked on
 * the copy (`markPostBodies`) and becomes a `<div>` in the article chosen (`unquotePostBodies`); the quotes inside it
 * (XenForo's `quoteContainer`) stay quotes. Made a `<div>` before Readability, the bodies moved its pick (0517 and
 * 0520 lost a tenth of their posts).
 */
const postBody = /(^|\s)(messageText|postcontent)(\s|$)/;
const mark = 'data-cp-post-body';
// And the other way round: vBulletin's quote of an earlier post is a box of `<div>`s (`bbcode_quote`, Warrior Forum's
// `VBEditorContent-quote` around a table), which reader view drew as more lines of the reply (WCXB 0533, 0526). Known
// by its class and its opening line ("Originally Posted by HOSTLAR"), it becomes a `<blockquote>` in the article, and
// that line's icons (a quote mark, a "View Post" arrow, read as their alt texts) go.
const quoteBox = /(^|[\s_-])quote([\s_-]|$)/i;
const quoteOpening = /^(quote:?\s*)?(originally )?posted by\b/i;
const quoteMark = 'data-cp-post-quote';

export function markPostBodies(doc: Document): void {
  for (const quote of doc.getElementsByTagName('blockquote')) if (postBody.test(quote.getAttribute('class') ?? '')) quote.setAttribute(mark, '');
  for (const box of Array.from(doc.getElementsByTagName('div'))) {
    if (!quoteBox.test(box.getAttribute('class') ?? '') || box.parentElement?.closest(`[${quoteMark}], blockquote:not([${mark}])`)) continue;
    const opening = quoteOpeningLine(box);
    if (!opening) continue;
    box.setAttribute(quoteMark, '');
    for (const icon of Array.from(opening.getElementsByTagName('img'))) {
      const link = icon.closest('a');
      icon.remove();
      if (link && opening.contains(link) && !foldedText(link)) link.remove();
    }
  }
}

/** The smallest element of `box` whose text opens with "Originally Posted by", when the box's text does. */
function quoteOpeningLine(box: Element): Element | null {
  if (!quoteOpening.test(foldedText(box))) return null;
  let line = box;
  for (;;) {
    const next = childElements(line).find((child) => quoteOpening.test(foldedText(child)));
    if (!next) return line === box ? null : line;
    line = next;
  }
}

export function unquotePostBodies(root: Element): void {
  for (const quote of Array.from(root.getElementsByTagName('blockquote'))) {
    if (quote.hasAttribute(mark)) retag(quote, 'div');
  }
  for (const box of Array.from(root.querySelectorAll(`[${quoteMark}]`))) retag(box, 'blockquote');
}
