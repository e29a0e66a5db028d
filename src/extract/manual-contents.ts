import { childElements, elementsIn, linkTags } from './dom-measures';

/**
 * A manual's chapter page lists its sections as links to their own pages (DocBook's `<div class="toc">` and its
 * `<dl class="toc">`): on a chapter's first page that list is most of what the page says, and Readability's conditional
 * cleaning drops it for its links (PostgreSQL's "Chapter 11. Indexes" read as its one paragraph, WCXB 2864). Kept
 * through Readability by `keepBoxes`.
 */
const minLinks = 3;

/** Links to other pages: a list of places on this page is the page's own table of contents, which reader view redraws. */
function listsOtherPages(list: Element): boolean {
  const links = elementsIn(list, linkTags).map((link) => link.getAttribute('href') ?? '');
  return links.length >= minLinks && links.every((href) => href && !href.startsWith('#'));
}

export function findManualContents(body: Element): Element[] {
  return Array.from(body.getElementsByClassName('toc')).filter((box) => {
    const list = box.tagName === 'DIV' ? childElements(box).find((child) => child.tagName === 'DL' && child.classList.contains('toc')) : null;
    return !!list && listsOtherPages(list);
  });
}
