import { childElements, foldedText, tagSet } from './dom-measures';

/**
 * Text a page hides from the eye and leaves to screen readers, by the class names of the usual "visually hidden" helpers
 * (Bootstrap and Tailwind's `sr-only`, WordPress's `screen-reader-text`, Drupal's `element-invisible`, Amazon's
 * `a-offscreen`, eBay's `clipped`…). On the copy there are no style sheets, so without this it reads twice in reader
 * view: "(1332)1332 reviews with an average rating of 4.6 out of 5 stars", a table's hidden caption, "opens in a new
 * window".
 */
const classSet = new Set([
  'sr-only', 'sr-only-focusable', 'screen-reader-text', 'screen-reader-only', 'screen-reader-response', 'screenreader',
  'is-screenreader-only', 'visually-hidden', 'visually-hidden-focusable', 'visually-hidden--inline', 'visuallyhidden',
  'md-visuallyhidden', 'u-visually-hidden', 'u-hiddenvisually', 'u-sronly', 'is-sronly', 'h-sr-only', 'usa-sr-only',
  'wt-cli-sr-only', 'element-invisible', 'a-offscreen', 'clipped',
]);
const hint = /sr-?only|screen-?reader|visually-?hidden|hiddenvisually|element-invisible|offscreen|clipped/i;
// Tailwind shows it again from a breakpoint or on focus ("sr-only md:not-sr-only"): seen on a desktop, it is visible.
const shownAgain = /(^|\s)\S+:not-sr-only(\s|$)/;
// Only words within a line (a rating's spoken form, a form's legend, a table's caption). A whole hidden block or heading
// is often text the page means (a comparison table's cells, a docs page's section title), and its removal moved
// the scorer's choice on a forum thread.
const lineTags = tagSet('span', 'a', 'label', 'legend', 'caption', 'small', 'em', 'strong', 'b', 'i');

// A visual twin longer than this is a component of its own, not the same words drawn for the eye: both stay.
const maxTwinText = 200;
// Inside a component's own class names (BEM, CSS modules: `cdr-rating__caption-sr_15-1-0`, `styles_srOnly__x`), the
// helper is told only by its visual twin beside it. Alone, such names took a photo's hidden label and moved a caption.
const twinHint = /(^|[-_])sr([-_]|$)|sr-?only|sr-?text|screen-?reader|visually-?hidden/i;

/**
 * What a screen-reader helper of the page leaves to take off the copy (none when `el` is no helper): the helper itself,
 * or, where the page draws the same words for the eye beside it (`aria-hidden` siblings: `<span aria-hidden="true">(1332)
 * </span><span class="sr-only">1332 reviews with an average rating of 4.6 out of 5 stars</span>`), that visual twin:
 * the spoken form says what the twin's icons and styling said ("$19<sup>99</sup>" is "$19.99"), and it is what
 * Readability keeps (it drops `aria-hidden` text) and Firefox's reader shows. Without this the block scorer's pick read
 * both. Read in prune's one walk: a selector for these classes cost 7.6 ms a page in jsdom.
 */
export function screenReaderCopies(el: Element): Element[] {
  if (!lineTags.has(el.tagName)) return [];
  const names = el.getAttribute('class');
  if (!names || shownAgain.test(names)) return [];
  const known = hint.test(names) && names.split(/\s+/).some((name) => classSet.has(name));
  if (!known && !twinHint.test(names)) return [];
  const siblings = el.parentElement ? childElements(el.parentElement) : [];
  const twins = siblings.filter((twin) => twin !== el && twin.getAttribute('aria-hidden') === 'true');
  if (twins.some((twin) => foldedText(twin).length > maxTwinText)) return [];
  // A permalink's icon beside its spoken name ("Section titled “Why Tauri?”", Starlight's, WCXB 0677): the words go, as
  // the link shows nothing else. A rating's spoken "4.5 out of 5 stars" beside its stars stays.
  if (twins.length && known && el.closest('a[href^="#"]') && twins.every((twin) => !foldedText(twin))) return [el];
  if (twins.length) return twins;
  return known ? [el] : [];
}
