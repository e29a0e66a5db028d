import { cloneIntoInertDocument, extractPart, nodeAt, pathFrom, rangesInCopy, type Article } from '../extract';
import { findArea, ownHosts, type AreaRule } from '../shared/area-rule';
import { noteAreaUse } from '../shared/area-rule-storage';
import { minSelectionWords, selectionToRead } from './selection-source';

/** What reader view shows instead of the page's own article, and why. */
export interface Chosen {
  kind: 'picked' | 'selection' | 'area';
  article: Article;
  /** The live block (a pick or the area), for "Always use this area on this site". */
  element: Element | null;
}

const options = (minWords: number) => ({ url: location.href, keepRemoved: true, maxElements: 0, minWords });

/** A live block of the page's body through the pipeline, on a copy that holds only that block. */
export function extractBlock(element: Element, minWords: number): Article | null {
  const body = document.body;
  const path = body && !element.closest(ownHosts) ? pathFrom(body, element) : null;
  if (!body || !path?.length) return null;
  const copy = cloneIntoInertDocument(document, location.href);
  const part = copy.body && nodeAt(copy.body, path);
  if (!part) return null;
  const result = extractPart(copy, part, options(minWords));
  return result.ok ? result : null;
}

function extractSelection(ranges: Range[]): Article | null {
  const copy = cloneIntoInertDocument(document, location.href);
  const part = copy.body && rangesInCopy(document.body, copy.body, ranges);
  if (!part) return null;
  const result = extractPart(copy, part, options(minSelectionWords));
  return result.ok ? result : null;
}

/** The person's selection (a paragraph or more) as the article; null when nothing worth reading is selected. */
export function chooseSelection(): Chosen | null {
  const ranges = selectionToRead(document);
  const article = ranges && extractSelection(ranges);
  return article ? { kind: 'selection', article, element: null } : null;
}

/**
 * The site's stored area when it finds one block with text; null when it does not (the normal pipeline runs). A stored
 * area that matched nothing or several blocks is marked stale.
 */
export function chooseArea(site: string, rule: AreaRule): Chosen | null {
  const match = findArea(rule, document);
  if (match.status === 'none' || match.status === 'several') {
    void noteAreaUse(site, rule, false).catch(() => {});
    return null;
  }
  if (match.status !== 'found') return null;
  void noteAreaUse(site, rule, true).catch(() => {});
  const article = extractBlock(match.element, 1);
  return article ? { kind: 'area', article, element: match.element } : null;
}
