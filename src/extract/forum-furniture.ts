import { elementsIn, foldedText, retag } from './dom-measures';
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
/** Shorter texts ("Cheers", "Thanks!") are lines a post may say too. */
const minChars = 20;

/** Notes the texts of `el` and of each element in it, with the rule that takes them out, when `el` is furniture. */
export function noteFurniture(el: Element, hints: string, texts: Map<string, RuleName>): void {
  if (!furnitureHint.test(hints)) return;
  const rule = furniture.find(([name]) => el.classList.contains(name))?.[1];
  if (!rule) return;
  for (const part of [el, ...elementsIn(el)]) {
    const text = foldedText(part);
    if (text.length >= minChars && !texts.has(text)) texts.set(text, rule);
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

export function markPostBodies(doc: Document): void {
  for (const quote of doc.getElementsByTagName('blockquote')) if (postBody.test(quote.getAttribute('class') ?? '')) quote.setAttribute(mark, '');
}

export function unquotePostBodies(root: Element): void {
  for (const quote of Array.from(root.getElementsByTagName('blockquote'))) {
    if (quote.hasAttribute(mark)) retag(quote, 'div');
  }
}
