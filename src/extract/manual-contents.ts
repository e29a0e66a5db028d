import { childElements, elementsIn, linkTags } from './dom-measures';

/**
 * A manual's chapter page lists its sections as links to their own pages (DocBook's `<div class="toc">` and its
 * `<dl class="toc">`): on a chapter's first page that list is most of what the page says, and Readability's conditional
 * cleaning drops it for its links (PostgreSQL's "Chapter 11. Indexes" read as its one paragraph, WCXB 2864). Kept
 * through Readability by `keepBoxes`, as are a reference page's heads (below).
 */
const minLinks = 3;

/** Links to other pages: a list of places on this page is the page's own table of contents, which reader view redraws. */
function listsOtherPages(list: Element): boolean {
  const links = elementsIn(list, linkTags).map((link) => link.getAttribute('href') ?? '');
  return links.length >= minLinks && links.every((href) => href && !href.startsWith('#'));
}

/**
 * A DocBook reference page's name line and synopsis (`<div class="refnamediv">` "SELECT, TABLE, WITH — retrieve rows
 * from a table or view", then `<div class="refsynopsisdiv">` with the command's syntax), which Readability leaves out
 * when it takes the page's sections and not the entry around them (PostgreSQL's SQL commands, WCXB 0670).
 */
const referenceHeads = (entry: Element) => childElements(entry).flatMap((box) => {
  if (box.tagName !== 'DIV') return [];
  // The name's heading is the page's title, which reader view shows above the article.
  if (box.classList.contains('refnamediv')) return childElements(box).filter((line) => line.tagName === 'P');
  return box.classList.contains('refsynopsisdiv') ? [box] : [];
});

export function findManualContents(body: Element): Element[] {
  const contents = Array.from(body.getElementsByClassName('toc')).filter((box) => {
    const list = box.tagName === 'DIV' ? childElements(box).find((child) => child.tagName === 'DL' && child.classList.contains('toc')) : null;
    return !!list && listsOtherPages(list);
  });
  return [...contents, ...Array.from(body.getElementsByClassName('refentry')).flatMap(referenceHeads)];
}
