import { shownTags } from './dom-measures';
import { wordChar } from './text';

/** Collects the rules met from one end of `node` before anything shown; true once something shown is met. */
function rulesBefore(node: Node, fromEnd: boolean, rules: Element[]): boolean {
  for (let child = fromEnd ? node.lastChild : node.firstChild; child; child = fromEnd ? child.previousSibling : child.nextSibling) {
    if (child.nodeType === 3) {
      if (wordChar.test(child.nodeValue ?? '')) return true;
    } else if (child.nodeType === 1) {
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'HR') rules.push(el);
      else if (shownTags.has(tag) || rulesBefore(el, fromEnd, rules)) return true;
    }
  }
  return false;
}

/**
 * A page's horizontal rules before the article's first words or after its last (Delta's offers open with one, WCXB
 * 0148): reader view's header already ends with a rule, and the page's drew a second one under it.
 */
export function dropEdgeRules(root: Element): void {
  for (const fromEnd of [false, true]) {
    const rules: Element[] = [];
    // An article with nothing shown has no edges to trim.
    if (rulesBefore(root, fromEnd, rules)) for (const rule of rules) rule.remove();
  }
}
