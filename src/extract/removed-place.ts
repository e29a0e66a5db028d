import type { RemovedAnchor, RemovedItem } from './types';

/** The attribute that marks a removed block's neighbours; sanitizing keeps it, so the block can go back in place. */
export const anchorAttribute = 'data-cp-anchor';

// Removal logs whose items keep markup and place. A random token per extraction: a page's own attributes never collide.
const logs = new WeakMap<RemovedItem[], { token: string; next: number }>();

/** From now on, blocks removed into `removed` keep their markup, signature and place. */
export function keepRemovedMarkup(removed: RemovedItem[]): void {
  logs.set(removed, { token: Math.random().toString(36).slice(2, 8), next: 0 });
}

// Class names that look hand-written (no digits or hashes from CSS modules), so they stay the same between visits.
const stableName = /^[a-z][a-z_-]{2,30}$/i;

/** A short CSS-like signature: `aside#newsletter.signup-box[role=complementary]`. */
export function signatureOf(el: Element): string {
  const id = stableName.test(el.id) ? `#${el.id}` : '';
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter((name) => stableName.test(name)).slice(0, 2);
  const role = el.getAttribute('role');
  return `${el.tagName.toLowerCase()}${id}${classes.map((name) => `.${name}`).join('')}${role ? `[role=${role}]` : ''}`.slice(0, 80);
}

function anchorId(el: Element, log: { token: string; next: number }): string {
  const existing = el.getAttribute(anchorAttribute);
  if (existing?.startsWith(`cp${log.token}-`)) return existing;
  const id = `cp${log.token}-${log.next++}`;
  el.setAttribute(anchorAttribute, id);
  return id;
}

/** Called by removeElement before the element goes: its markup, signature, and neighbours to find its place again. */
export function recordPlace(el: Element, item: RemovedItem, removed: RemovedItem[]): void {
  const log = logs.get(removed);
  if (!log) return;
  item.html = el.outerHTML;
  item.signature = signatureOf(el);
  const anchors: RemovedAnchor[] = [];
  const previous = el.previousElementSibling;
  const next = el.nextElementSibling;
  const parent = el.parentElement;
  if (previous) anchors.push({ id: anchorId(previous, log), at: 'after' });
  if (next) anchors.push({ id: anchorId(next, log), at: 'before' });
  if (parent && parent.tagName !== 'BODY' && parent.tagName !== 'HTML') anchors.push({ id: anchorId(parent, log), at: previous ? 'end' : 'start' });
  item.anchors = anchors;
}
