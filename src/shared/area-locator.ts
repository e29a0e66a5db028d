import { maxSelectorLength, type LocatorKind } from './area-rule';

// A locator for a picked block that finds it again on the site's next article: what a site keeps the same from page to
// page (landmarks, itemprop, ids and class names written by people) before where the block happens to sit.

export interface Locator {
  s: string;
  k: LocatorKind;
}

const plainName = /^[A-Za-z_][\w-]*$/;

/**
 * A name a person wrote, not one a build tool or framework generated (css-1x2y3z, sc-bdVaJa, jsx-123,
 * styles_body__3xY7a, ember123) or a state that changes (active, is-open): those differ from page to page.
 */
export function isStableName(name: string): boolean {
  if (!plainName.test(name) || name.length > 40) return false;
  // A digit inside a word (x2y3z, post4711, article2) is a generated or numbered name; a small number of its own (col-6) is not.
  if (name.split(/[-_]+/).some((part) => /\d/.test(part) && !/^\d{1,2}$/.test(part))) return false;
  if (/^(css|sc|jsx|emotion|svelte|astro|ng|ember|tw|_)[-_]/i.test(name)) return false;
  if (/^(is|has|js|u)-|^(active|selected|current|open|hover|focus|visible|hidden|show|fade|in)$/i.test(name)) return false;
  return !/^[a-z]{1,2}[A-Z][A-Za-z]{3,}$/.test(name); // styled-components style: bdVaJa
}

/** The element's own `tag.class` forms, from one stable class to two. */
function classSelectors(el: Element): string[] {
  const tag = el.localName;
  const names = Array.from(el.classList).filter(isStableName).slice(0, 6);
  const pairs = names.flatMap((a, i) => names.slice(i + 1).map((b) => `${tag}.${a}.${b}`));
  return [...names.map((name) => `${tag}.${name}`), ...pairs];
}

/** Candidates that name the element by itself, most robust first. */
function ownCandidates(el: Element): Locator[] {
  const tag = el.localName;
  const out: Locator[] = [];
  const role = el.getAttribute('role');
  if (tag === 'main' || role === 'main') out.push({ s: tag === 'main' ? 'main' : '[role="main"]', k: 'landmark' });
  for (const prop of (el.getAttribute('itemprop') ?? '').split(/\s+/).filter((p) => plainName.test(p))) {
    out.push({ s: `${tag}[itemprop~="${prop}"]`, k: 'itemprop' });
  }
  if (el.id && isStableName(el.id)) out.push({ s: `#${el.id}`, k: 'id' });
  if (tag === 'article' || role === 'article') {
    const base = tag === 'article' ? 'article' : '[role="article"]';
    const stable = Array.from(el.classList).find(isStableName);
    if (stable) out.push({ s: `${base}.${stable}`, k: 'landmark' });
    out.push({ s: base, k: 'landmark' });
  }
  out.push(...classSelectors(el).map((s): Locator => ({ s, k: 'class' })));
  return out;
}

const matchesOnly = (doc: Document, selector: string, el: Element): boolean => {
  try {
    const found = doc.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
};

/** `tag:nth-of-type(n)` steps from `from` (exclusive) down to `el`. */
function pathSteps(from: Element, el: Element): string[] {
  const steps: string[] = [];
  for (let node: Element | null = el; node && node !== from; node = node.parentElement) {
    const same = Array.from(node.parentElement?.children ?? []).filter((sibling) => sibling.localName === node!.localName);
    steps.unshift(same.length > 1 ? `${node.localName}:nth-of-type(${same.indexOf(node) + 1})` : node.localName);
  }
  return steps;
}

/**
 * The most robust CSS locator that matches `el` and nothing else in its document, or null when `el` is not inside
 * <body>. Never a locator that matches more than one block.
 */
export function locatorFor(el: Element): Locator | null {
  const doc = el.ownerDocument;
  const body = doc.body;
  if (!body || el === body || !body.contains(el)) return null;
  const own = ownCandidates(el).find((candidate) => matchesOnly(doc, candidate.s, el));
  if (own) return own;
  // Below an ancestor that has a locator of its own: its stable classes, else the path from it.
  for (let anchor = el.parentElement; anchor && anchor !== body; anchor = anchor.parentElement) {
    const base = ownCandidates(anchor).filter((c) => c.k !== 'class' || c.s.split('.').length === 2)
      .find((candidate) => matchesOnly(doc, candidate.s, anchor!));
    if (!base) continue;
    const below = [...classSelectors(el).map((s) => `${base.s} ${s}`), `${base.s} > ${pathSteps(anchor, el).join(' > ')}`];
    const found = below.find((selector) => selector.length <= maxSelectorLength && matchesOnly(doc, selector, el));
    if (found) return { s: found, k: found.includes(' > ') ? 'path' : 'class' };
    break;
  }
  const path = `body > ${pathSteps(body, el).join(' > ')}`;
  return path.length <= maxSelectorLength && matchesOnly(doc, path, el) ? { s: path, k: 'path' } : null;
}
