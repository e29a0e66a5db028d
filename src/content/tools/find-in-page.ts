import { foldSpaces } from '../../extract/text';

/** Whitespace folded, as reading positions compare text. */
export const fold = foldSpaces;

/** The live page's element that starts with `snippet`, to scroll the page to what was being read. */
export function findInPage(doc: Document, snippet: string): Element | null {
  if (snippet.length < 12) return null;
  for (const candidate of Array.from(doc.querySelectorAll('p, li, h2, h3, h4, h5, h6, blockquote, pre, figcaption, td'))) {
    if (candidate.closest('clearpage-reader')) continue;
    if (fold(candidate.textContent ?? '').startsWith(snippet)) return candidate;
  }
  return null;
}
