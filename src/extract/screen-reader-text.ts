import { childElements, tagSet } from './dom-measures';

/**
 * Text a page hides from the eye and leaves to screen readers, by the class names of the usual "visually hidden" helpers
 * (Bootstrap and Tailwind's `sr-only`, WordPress's `screen-reader-text`, Drupal's `element-invisible`, Amazon's
 * `a-offscreen`…). On the copy there are no style sheets, so without this it reads twice in reader view: "(1332)1332
 * reviews with an average rating of 4.6 out of 5 stars", a table's hidden caption, "opens in a new window".
 */
const classNames = [
  'sr-only', 'sr-only-focusable', 'screen-reader-text', 'screen-reader-only', 'screen-reader-response', 'screenreader',
  'is-screenreader-only', 'visually-hidden', 'visually-hidden-focusable', 'visually-hidden--inline', 'visuallyhidden',
  'md-visuallyhidden', 'u-visually-hidden', 'u-hiddenvisually', 'u-sronly', 'is-sronly', 'h-sr-only', 'usa-sr-only',
  'wt-cli-sr-only', 'element-invisible', 'a-offscreen',
];
const selector = classNames.map((name) => `.${name}`).join(',');
// Tailwind shows it again from a breakpoint or on focus ("sr-only md:not-sr-only"): seen on a desktop, it is visible.
const shownAgain = /(^|\s)\S+:not-sr-only(\s|$)/;
// Only words within a line (a rating's spoken form, a form's legend, a table's caption). A whole hidden block or heading
// is often text the page means (a comparison table's cells, a docs page's section title), and its removal moved
// the scorer's choice on a forum thread.
const lineTags = tagSet('span', 'a', 'label', 'legend', 'caption', 'small', 'em', 'strong', 'b', 'i');

/**
 * Removes (from the copy) the page's screen-reader-only text, except where it stands for a visual twin that
 * Readability drops as hidden (`<span class="sr-only">$19.99</span><span aria-hidden="true">$19<sup>99</sup></span>`):
 * there it is the only copy of the text left.
 */
export function removeScreenReaderText(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(selector))) {
    if (!lineTags.has(el.tagName) || !el.isConnected || shownAgain.test(el.getAttribute('class') ?? '')) continue;
    const parent = el.parentElement;
    if (parent && childElements(parent).some((twin) => twin !== el && twin.getAttribute('aria-hidden') === 'true')) continue;
    el.remove();
  }
}
