import { elementsIn, foldedText, linkTags, tagSet, tagsIn } from './dom-measures';
import { foldSpaces, leadingText } from './text';
import { pageAddress, sameDocumentFragment } from './page-fragments';

/**
 * A section's heading in a short box of its own between the article's paragraphs (Insurance Business's "1. State Farm
 * Group" and "Market share: 12.89%" in a wrapper like each paragraph's): Readability scores only paragraphs of some
 * length, leaves the box unscored, and joins the scored boxes around it without it, so each company's name went
 * (WCXB 0090). Kept through Readability by `keepBoxes` with `between`: put back only where the pick kept the boxes
 * right before and after it.
 */
const headingTags = tagSet('h2', 'h3', 'h4');
const maxHeading = 150;
/** What a heading's box may hold besides the heading: a short line under it, not a section's text or a pitch. */
const maxBesides = 80;

/**
 * A link anywhere but this page (a heading's permalink to itself is no such link): a rail's heading over its links, a
 * teaser's linked title and a pitch's "Sign up" stay out.
 */
function linksAway(box: Element, page: URL | null): boolean {
  return elementsIn(box, linkTags).some((a) => {
    const href = a.getAttribute('href');
    return href !== null && sameDocumentFragment(href, page) === null;
  });
}

/** Whether an element's text is at most `max` characters, reading no more of it than needed (its parent may be the page). */
function textWithin(el: Element, max: number): boolean {
  const read = leadingText(el, 4 * max);
  return read.length < 4 * max && foldSpaces(read).length <= max;
}

/**
 * Classed as what Readability rightly drops: a sharing widget's "Like this:" over its button (Jetpack's `sharedaddy`).
 * Classes only: an id is often the heading's own words ("what-is-social-media-marketing").
 */
const clutterClass = /share|social|like|newsletter|subscribe|signup|promo|related|sponsor|widget|banner|\bad\b/i;
const namedClutter = (box: Element) => [box, ...elementsIn(box)].some((el) => clutterClass.test(el.getAttribute('class') ?? ''));

export function findSectionHeadings(body: Element, pageUrl: string): Element[] {
  const page = pageAddress(pageUrl);
  const boxes = new Set<Element>();
  for (const heading of tagsIn(body, headingTags)) {
    const length = foldedText(heading).length;
    if (length < 3 || length > maxHeading) continue;
    let box: Element = heading;
    while (box.parentElement && box.parentElement !== body && textWithin(box.parentElement, length + maxBesides)) box = box.parentElement;
    if (!linksAway(box, page) && !namedClutter(box)) boxes.add(box);
  }
  // A box inside another's (two headings in one short box) goes with it.
  return Array.from(boxes).filter((box) => {
    for (let up = box.parentElement; up && up !== body; up = up.parentElement) if (boxes.has(up)) return false;
    return true;
  });
}
