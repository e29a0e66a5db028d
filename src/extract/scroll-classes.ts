/**
 * Utility-first CSS (Tailwind, Bootstrap) names an element by how it scrolls or clips: a code sample's wrapper with
 * `scroll-mt-2` (so that a jump to it stops below a fixed header) reads as "scroll" to Readability's class weights, and
 * its last cleaning drops the block with its code (WCXB 2868: every `<pre>` of Docker's documentation); a frame with
 * `overflow-hidden` (rounded corners) reads as "hidden" and goes with its chart or caption (207 WCXB pages hold one; run
 * 129: 14 pages up, 8 down, sum +0.53). Those names are taken off the copy Readability reads. Its other words stay,
 * Tailwind's or not: `md:hidden` marks a copy for small screens, which Readability is right to doubt (taking off the
 * `hidden` variants as well brought such copies back: prices, shipping notes, a clinic's ad policy).
 */
const layoutUtility = /^([\w-]+:)?(scroll-[mp][trblxyse]?-\S+|scroll-(auto|smooth)|overflow(-[xy])?-(scroll|hidden))$/;

export function dropScrollUtilityClasses(root: Element): void {
  for (const el of root.querySelectorAll('[class*="scroll"], [class*="overflow"]')) {
    const names = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
    const kept = names.filter((name) => !layoutUtility.test(name));
    if (kept.length !== names.length) el.setAttribute('class', kept.join(' '));
  }
}
