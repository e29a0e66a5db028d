import { countWords } from '../extract/text';
import { ownHosts } from '../shared/area-rule';

/** A selection shorter than this is a phrase to look up or copy, not an article to read. */
export const minSelectionWords = 25;
const fields = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/**
 * The ranges of the person's selection to read as the article: at least `minSelectionWords` words of the page's body,
 * none of it inside a form field or the reader's own UI. Null otherwise (the normal pipeline runs).
 */
export function selectionToRead(doc: Document, selection: Selection | null = doc.getSelection()): Range[] | null {
  const body = doc.body;
  if (!body || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  // Text selected inside a text field: the field has focus (browsers do not all expose that selection).
  if (doc.activeElement?.matches(fields)) return null;
  const ranges: Range[] = [];
  for (let index = 0; index < selection.rangeCount; index += 1) {
    const range = selection.getRangeAt(index);
    if (range.collapsed) continue;
    const common = range.commonAncestorContainer;
    const el = common.nodeType === 1 ? (common as Element) : common.parentElement;
    if (!el || (el !== body && !body.contains(el)) || el.closest(fields) || el.closest(ownHosts)) return null;
    ranges.push(range);
  }
  const words = countWords(ranges.map((range) => range.toString()).join('\n'));
  return ranges.length && words >= minSelectionWords ? ranges : null;
}
