import { foldedText, tagSet } from './dom-measures';

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
