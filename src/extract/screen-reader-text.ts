import { childElements, tagSet } from './dom-measures';

/**
 * Text a page hides from the eye and leaves to screen readers, by the class names of the usual "visually hidden" helpers
 * (Bootstrap and Tailwind's `sr-only`, WordPress's `screen-reader-text`, Drupal's `element-invisible`, Amazon's
 * `a-offscreen`…). On the copy there are no style sheets, so without this it reads twice in reader view: "(1332)1332
 * reviews with an average rating of 4.6 out of 5 stars", a table's hidden caption, "opens in a new window".
 */
const classSet = new Set([
  'sr-only', 'sr-only-focusable', 'screen-reader-text', 'screen-reader-only', 'screen-reader-response', 'screenreader',
  'is-screenreader-only', 'visually-hidden', 'visually-hidden-focusable', 'visually-hidden--inline', 'visuallyhidden',
  'md-visuallyhidden', 'u-visually-hidden', 'u-hiddenvisually', 'u-sronly', 'is-sronly', 'h-sr-only', 'usa-sr-only',
  'wt-cli-sr-only', 'element-invisible', 'a-offscreen',
]);
const hint = /sr-?only|screen-?reader|visually-?hidden|hiddenvisually|element-invisible|offscreen/i;
// Tailwind shows it again from a breakpoint or on focus ("sr-only md:not-sr-only"): seen on a desktop, it is visible.
const shownAgain = /(^|\s)\S+:not-sr-only(\s|$)/;
// Only words within a line (a rating's spoken form, a form's legend, a table's caption). A whole hidden block or heading
// is often text the page means (a comparison table's cells, a docs page's section title), and its removal moved
// the scorer's choice on a forum thread.
const lineTags = tagSet('span', 'a', 'label', 'legend', 'caption', 'small', 'em', 'strong', 'b', 'i');

/**
 * The page's screen-reader-only text, to take off the copy; not where it stands for a visual twin that Readability
 * drops as hidden (`<span class="sr-only">$19.99</span><span aria-hidden="true">$19<sup>99</sup></span>`): there it is
 * the only copy of the text left. Read in prune's one walk: a selector for these classes cost 7.6 ms a page in jsdom.
 */
export function isScreenReaderOnly(el: Element): boolean {
  if (!lineTags.has(el.tagName)) return false;
  const names = el.getAttribute('class');
  if (!names || !hint.test(names) || shownAgain.test(names) || !names.split(/\s+/).some((name) => classSet.has(name))) return false;
  const parent = el.parentElement;
  return !parent || !childElements(parent).some((twin) => twin !== el && twin.getAttribute('aria-hidden') === 'true');
}
