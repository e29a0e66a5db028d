/**
 * Utility-first CSS (Tailwind) names an element by how it scrolls: a code sample's wrapper with `scroll-mt-2` (so that
 * a jump to it stops below a fixed header) reads as "scroll" to Readability's class weights, and its last cleaning drops
 * the block with its code (WCXB 2868: every `<pre>` of Docker's documentation). Those names are taken off the copy
 * Readability reads. Its other words stay, Tailwind's or not: `md:hidden` marks a copy for small screens, which
 * Readability is right to doubt (taking off the `hidden` variants as well brought such copies back: prices, shipping
 * notes, a clinic's ad policy).
 */
const scrollUtility = /^([\w-]+:)?(scroll-[mp][trblxyse]?-\S+|scroll-(auto|smooth)|overflow(-[xy])?-scroll)$/;

export function dropScrollUtilityClasses(root: Element): void {
  for (const el of root.querySelectorAll('[class*="scroll"]')) {
    const names = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
    const kept = names.filter((name) => !scrollUtility.test(name));
    if (kept.length !== names.length) el.setAttribute('class', kept.join(' '));
  }
}
