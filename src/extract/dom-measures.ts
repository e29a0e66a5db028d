import type { RemovedItem, RuleName } from './types';
import { shortSample } from './text';

export function foldedText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Share of an element's text that sits inside links (0 when it has no text). */
export function linkDensity(el: Element, text = foldedText(el)): number {
  if (!text) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += foldedText(a).length;
  return Math.min(1, linked / text.length);
}

export function removeElement(el: Element, rule: RuleName, stage: RemovedItem['stage'], removed: RemovedItem[]): void {
  const sample = shortSample(el.textContent ?? '') || `<${el.tagName.toLowerCase()}>`;
  removed.push({ rule, stage, sample });
  el.remove();
}

/** Class, id, role and aria-label words of an element, lower-cased: a hint, never enough on its own. */
export function nameHints(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('role') ?? ''} ${el.getAttribute('aria-label') ?? ''}`.toLowerCase();
}
