import { foldedText, linkDensity } from './dom-measures';

/**
 * A block named a header that holds the page's headline and the article's opening paragraphs (MDN's `layout__header`
 * around the h1 and each guide's introduction): Readability's first pass takes it out by its name, and its last, which
 * keeps it, leaves it out of the pick as a sibling scored below the body it picks; the introduction went (WCXB 2854,
 * 0672 and seven more MDN pages). Kept through Readability by `keepBoxes`; the headline in it goes later as the title's
 * copy. A standfirst under a headline is shorter than this.
 */
const openingLength = 200;
const maxLinked = 0.3;
const headerName = /header/i;

/**
 * A story's header, with its byline or date, is not one: Readability reads those from it, and its deck and buttons are
 * no part of the story (Car Talk's writers' bios, Scientific American's "Add Us On Google": WCXB 4497, 0478).
 */
const storyHeader = 'time, [rel~="author"], [class*="author"], [class*="Author"], [class*="byline"], [class*="Byline"], a[href*="/author"]';

function holdsOpening(box: Element): boolean {
  if (!headerName.test(box.getAttribute('class') ?? '') || box.getElementsByTagName('h1').length !== 1) return false;
  // A third of it or more in links is a rail, not an opening (Five Books' "Buy all books" over its titles, WCXB 4371).
  if (box.querySelector(storyHeader) || linkDensity(box) >= maxLinked) return false;
  let prose = 0;
  for (const p of box.getElementsByTagName('p')) {
    const text = foldedText(p);
    if (linkDensity(p, text) < 0.3) prose += text.length;
  }
  return prose >= openingLength;
}

export const findArticleOpenings = (body: Element): Element[] => Array.from(body.querySelectorAll('[class*="eader"]')).filter(holdsOpening);
