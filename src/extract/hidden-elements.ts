// What the page hides, and the page hiding itself until its scripts run.
import { codeTags, tagsIn } from './dom-measures';

const hidingStyle = /(display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** The same declarations with what ends them, to take out of a style attribute. */
const hidingDeclarations = new RegExp(`${hidingStyle.source}\\s*(!important)?\\s*;?`, 'gi');

/** Hidden the way a reader never sees it (what Readability also skips, but once and early here). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && hidingStyle.test(style);
}

const styledLength = (style: string, property: 'width' | 'height') =>
  new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*(\\d+(?:\\.\\d+)?)px`, 'i').exec(style)?.[1];

/**
 * A drawing sized by its style attribute (`style="width:75px;height:59px"`) keeps that size as attributes when the
 * style goes (prune drops every style attribute it has read): without it an icon fills the column (a glossary card's
 * 75 px book drawn 630 px wide, WCXB 0046).
 */
export function keepStyledSize(svg: Element): void {
  const style = svg.getAttribute('style');
  if (!style || svg.hasAttribute('width') || svg.hasAttribute('height')) return;
  const width = styledLength(style, 'width');
  const height = styledLength(style, 'height');
  if (width) svg.setAttribute('width', width);
  if (height) svg.setAttribute('height', height);
}

/** Shown again (on the copy): its `hidden` attribute and hiding declarations taken out. */
export function unhide(el: Element): void {
  el.removeAttribute('hidden');
  const style = el.getAttribute('style');
  if (style) el.setAttribute('style', style.replace(hidingDeclarations, ''));
}

/** Shown again to eyes and to assistive technology alike: a closed tab or accordion panel opened on the copy. */
export function show(el: Element): void {
  unhide(el);
  el.removeAttribute('aria-hidden');
}

/** Length of an element's text, less its scripts' and styles' (a Next.js page's data script can outweigh its text). */
export function textLength(el: Element, length = (el.textContent ?? '').length): number {
  for (const code of tagsIn(el, codeTags)) length -= (code.textContent ?? '').length;
  return length;
}

/** Share of the page's text that a hidden element must hold to be the page hiding itself (see `unhidePage`). */
const pageShare = 0.5;
const minPageText = 500;

/**
 * Some sites hide the whole page until their scripts have run (Next.js's anti-flash wrapper with
 * `visibility: hidden`, a `hidden` root): on a copy taken before that, or with scripts blocked, the page is blank and
 * Readability finds nothing. An element that hides most of the page's text is that wrapper, not hidden content: it is
 * shown again (on the copy) instead of removed. So is one that holds the page's headline, where a mega menu outweighs
 * the page (iHerb hides its product in a `defer-block` until its scripts run: "No article found", WCXB 0631).
 */
export function unhidePage(el: Element, pageText: () => number, headline?: () => Element | null): boolean {
  const length = (el.textContent ?? '').length;
  if (length < minPageText) return false;
  const needed = Math.max(minPageText, pageShare * pageText());
  // Its whole text (scripts included) first: most hidden blocks fall short without their scripts being looked for.
  const wholePage = length >= needed && textLength(el, length) >= needed;
  if (!wholePage && !(headline && el.contains(headline()) && textLength(el, length) >= minPageText)) return false;
  unhide(el);
  return true;
}
