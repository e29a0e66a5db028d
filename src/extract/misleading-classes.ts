/**
 * Class names that say how a block looks, which Readability reads as what it is; they are taken off the copy it reads
 * (or, for a site's prefix, respelled).
 *
 * Utility-first CSS (Tailwind, Bootstrap) names an element by how it scrolls or clips: a code sample's wrapper with
 * `scroll-mt-2` (so that a jump to it stops below a fixed header) reads as "scroll" to Readability's class weights, and
 * its last cleaning drops the block with its code (WCXB 2868: every `<pre>` of Docker's documentation); a frame with
 * `overflow-hidden` (rounded corners) reads as "hidden" and goes with its chart or caption (207 WCXB pages hold one; run
 * 129: 14 pages up, 8 down, sum +0.53). Its other words stay, Tailwind's or not: `md:hidden` marks a copy for small
 * screens, which Readability is right to doubt (taking off the `hidden` variants as well brought such copies back:
 * prices, shipping notes, a clinic's ad policy). A weight, `font-extrabold`, reads as "extra" to its filter of unlikely
 * candidates, which takes the element out before scoring (run 135: 2 pages up).
 */
const layoutUtility = /^([\w-]+:)?(font-extra(bold|light)|scroll-[mp][trblxyse]?-\S+|scroll-(auto|smooth)|overflow(-[xy])?-(scroll|hidden))$/;

/**
 * A heading named for its place ("section-header", "accordion-header", "entry-header") reads as the page's header to
 * Readability's filter of unlikely candidates, which takes it out before scoring: an article's section headings went,
 * a review's "Pros" and "Cons", an FAQ's questions (run 134: 28 WCXB pages up, 11 down by 0.011 or less, sum +0.34).
 * The page's own header is a `<header>` or a block around its headings, whose names stay.
 */
const headerName = /header/i;
const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Readability's negative words include "com-" anywhere in a name, which a site's own prefix holds on every block
 * (Deloitte's `dcom-theme3-11`, IBM's `ibmcom-`, the Motley Fool's `foolcom-`; 23 WCXB pages): the hyphen after it
 * becomes an underscore, so the rest of the name still reads as before (run 138: WCXB 0709, 0.463 → 0.953).
 */
const siteCom = /([a-z\d])com-/gi;

/**
 * "media" counts against a block in Readability's class weights (for galleries and players); a name that pairs it with
 * the block's words (`copy-with-media`, Bootstrap's `media-heading`, Steam's `game_media_and_summary_ctn`) is text beside a
 * picture. Names that pair it with "text", "body" or "content" need nothing: those count for a block as much. Run 144:
 * 8 WCXB pages up (6 of them Steam's games, whose summary and facts came back), 1 down by 0.007, sum +0.34.
 */
const mediaName = /(copy|summary)[\w-]*media|media[-_](and[-_])?(summary|copy|heading)/i;

/**
 * Every element that may hold such a name, in one lookup (a browser answers it natively; three lookups cost jsdom 5.4 ms
 * a page, median of 100 WCXB pages, against 4.1–4.3 for one).
 */
const candidates = '[class*="com-"], [class*="scroll"], [class*="overflow"], [class*="extra"], [class*="eader"], [class*="edia"]';

export function dropMisleadingClasses(root: Element): void {
  for (const el of root.querySelectorAll(candidates)) {
    const original = el.getAttribute('class') ?? '';
    const renamed = original.replace(siteCom, '$1com_');
    const heading = headings.has(el.localName) && renamed.includes('eader');
    const names = renamed.split(/\s+/).filter(Boolean);
    const kept = names.filter((name) => !layoutUtility.test(name) && !mediaName.test(name) && !(heading && headerName.test(name)));
    if (kept.length !== names.length) el.setAttribute('class', kept.join(' '));
    else if (renamed !== original) el.setAttribute('class', renamed);
  }
}
