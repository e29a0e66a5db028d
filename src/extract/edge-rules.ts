import { tagSet } from './dom-measures';

/**
 * A page's horizontal rules before the article's first words or after its last (Delta's offers open with one, WCXB
 * 0148): reader view's header already ends with a rule, and the page's drew a second one under it.
 */
const shownTags = tagSet('img', 'picture', 'video', 'svg', 'iframe', 'table', 'math', 'pre', 'audio', 'canvas');
const hasWords = /[\p{L}\p{N}]/u;

/** Walks `node`'s descendants from one end; returns the rules met before anything shown, or null once something is. */
function rulesBefore(node: Node, fromEnd: boolean, rules: Element[]): boolean {
  for (let child = fromEnd ? node.lastChild : node.firstChild; child; child = fromEnd ? child.previousSibling : child.nextSibling) {
    if (child.nodeType === 3) {
      if (hasWords.test(child.nodeValue ?? '')) return true;
    } else if (child.nodeType === 1) {
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'HR') rules.push(el);
      else if (shownTags.has(tag) || rulesBefore(el, fromEnd, rules)) return true;
    }
  }
  return false;
}

export function dropEdgeRules(root: Element): void {
  for (const fromEnd of [false, true]) {
    const rules: Element[] = [];
    // An article with nothing shown has no edges to trim.
    if (rulesBefore(root, fromEnd, rules)) for (const rule of rules) rule.remove();
  }
}
