import { extractArticle } from './extract-article';
import type { ExtractOptions, ExtractResult } from './types';
import { foldSpaces } from './text';

// Reader view on a part of the page the reader chose (a picked block, a selection, a site's stored area): the same
// pipeline on a copy that holds only that part, with the page's <head> for the title, byline and language.

/** Child indices from `root` down to `node`; null when `node` is not inside `root`. */
export function pathFrom(root: Node, node: Node): number[] | null {
  const path: number[] = [];
  for (let at: Node | null = node; at !== root; at = at.parentNode) {
    const parent = at?.parentNode;
    if (!at || !parent) return null;
    path.unshift(Array.prototype.indexOf.call(parent.childNodes, at));
  }
  return path;
}

export function nodeAt(root: Node, path: number[]): Node | null {
  let at: Node | null = root;
  for (const index of path) at = at?.childNodes[index] ?? null;
  return at;
}

/** The same ranges in a copy of their document (`copyBody` mirrors `liveBody`), their contents cloned in the copy. */
export function rangesInCopy(liveBody: Node, copyBody: Node, ranges: readonly AbstractRange[]): DocumentFragment | null {
  const doc = copyBody.ownerDocument!;
  const part = doc.createDocumentFragment();
  for (const live of ranges) {
    const start = pathFrom(liveBody, live.startContainer);
    const end = pathFrom(liveBody, live.endContainer);
    const startNode = start && nodeAt(copyBody, start);
    const endNode = end && nodeAt(copyBody, end);
    if (!startNode || !endNode) return null;
    const range = doc.createRange();
    range.setStart(startNode, live.startOffset);
    range.setEnd(endNode, live.endOffset);
    const block = doc.createElement('div');
    block.append(range.cloneContents());
    part.append(block);
  }
  return part;
}

/** The page's byline where Readability finds none in the part: a short author line anywhere in the page. */
export function pageByline(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll('[rel~="author"], [itemprop~="author"], .byline, .author, [class*="byline"]'))) {
    const text = foldSpaces(el.textContent ?? '');
    if (text && text.length < 100) return text;
  }
  return null;
}

/**
 * Runs the pipeline on `copy` (an inert copy of the page) reduced to `part` (nodes of the copy) under its <body>.
 * `copy` is changed. The title and metadata still come from the page's <head>.
 */
export function extractPart(copy: Document, part: Node, options: ExtractOptions = {}): ExtractResult {
  if (!copy.body) return extractArticle(copy, options);
  const byline = pageByline(copy);
  copy.body.replaceChildren(part);
  const result = extractArticle(copy, options);
  if (result.ok && !result.byline && byline) result.byline = byline;
  return result;
}
