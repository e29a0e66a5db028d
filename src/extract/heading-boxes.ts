import { childElements, elementsIn, foldedText, tagSet } from './dom-measures';

/**
 * A product's headings in a box of their own, the name linked to a shop: Dotdash Meredith's "Best Budget" over
 * "Cuisinart Compact Automatic Bread Maker", a link to Amazon, in a record with the product's photo and shop buttons.
 * Readability's conditional cleaning drops the record for its links, headings and all, and the review's sections ran
 * on without the names of the products they review (WCXB 4160, 4030, 4078, 4833). Kept through Readability by
 * `keepBoxes`. Only a box of two or three different headings and nothing else: a lone linked heading is as often a
 * teaser's.
 */
const heading = /^H[1-6]$/;
const isHeading = (el: Element) => heading.test(el.tagName);
const linkedHeading = (el: Element) => el.tagName === 'A' && el.childElementCount === 1 && isHeading(el.firstElementChild!);

function isHeadingBox(box: Element): boolean {
  const parts = childElements(box);
  if (parts.length < 2 || parts.length > 3 || !parts.some(linkedHeading) || !parts.every((part) => isHeading(part) || linkedHeading(part))) return false;
  for (let node = box.firstChild; node; node = node.nextSibling) if (node.nodeType === 3 && node.textContent!.trim()) return false;
  return new Set(parts.map(foldedText)).size === parts.length;
}

const divTags = tagSet('div');

/** A walk, not `getElementsByTagName`: jsdom took 1.7 s to list a shop's 5,600 `<div>`s that way (WCXB 2923). */
export const findHeadingBoxes = (body: Element): Element[] => elementsIn(body, divTags).filter(isHeadingBox);
