import { elementsIn, foldedText } from './dom-measures';
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
