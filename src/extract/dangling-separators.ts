/**
 * A separator left at a line's end or start once what it separated went: rustdoc's "1.0.0 ·" without its "Source" link
 * (WCXB 2861), a forum's "· Jan 3, 2024" without the writer's name (AVS Forum, 0528). A separator between words stays
 * ("Log in | Register"), and so does one in a table's cell or in code.
 */
const leading = /^\s*[·|](?=\s|$)/;
const trailing = /(?:^|\s)[·|]\s*$/;
const word = /[\p{L}\p{N}]/u;
const inlineTags = new Set(['SPAN', 'A', 'SMALL', 'TIME', 'EM', 'STRONG', 'B', 'I', 'U', 'LABEL', 'SUP', 'SUB', 'ABBR', 'CITE', 'FONT', 'MARK']);

const isInline = (node: Node) => node.nodeType !== 1 || inlineTags.has((node as Element).tagName);

/**
 * Whether the line holds words before (or after) the text node: its siblings' and its inline boxes' siblings', up to
 * the first block (a heading after a version's line is another line).
 */
function wordsBeside(text: Text, root: Element, side: 'before' | 'after'): boolean {
  const step = side === 'before' ? 'previousSibling' : 'nextSibling';
  for (let at: Node = text; at !== root; at = at.parentNode!) {
    for (let sibling = at[step]; sibling; sibling = sibling[step]) {
      if (!isInline(sibling)) return false;
      if (word.test(sibling.textContent ?? '')) return true;
    }
    if (!at.parentNode || !isInline(at.parentNode) || at.parentNode === root) return false;
  }
  return false;
}

export function dropDanglingSeparators(root: Element): void {
  // Most articles hold neither mark: their text nodes are not walked.
  if (!/[·|]/.test(root.textContent ?? '')) return;
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if ((leading.test(value) || trailing.test(value)) && !node.parentElement?.closest('td, th, pre, code')) found.push(node as Text);
  }
  for (const text of found) {
    let value = text.nodeValue ?? '';
    if (leading.test(value) && !wordsBeside(text, root, 'before')) value = value.replace(leading, '');
    if (trailing.test(value) && !wordsBeside(text, root, 'after')) value = value.replace(trailing, '');
    if (value === text.nodeValue) continue;
    text.nodeValue = value;
    // A separator's own box, emptied, goes with it.
    const box = text.parentElement;
    if (box && box !== root && inlineTags.has(box.tagName) && !box.textContent?.trim() && !box.firstElementChild) box.remove();
  }
}
