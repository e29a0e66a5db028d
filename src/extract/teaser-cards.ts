import { childElements, elementsIn, linkTags, tagSet } from './dom-measures';
import { isStoryAddress, parseUrl, siteOf } from './page-address';
import { priceText } from './patterns';

/**
 * Cards of other stories left inside a story with no rail heading (Readability often drops the heading and keeps the
 * cards): three or more sibling items, each another story of the same site (or any site, when the item says it is a
 * story: see `cardTarget`), its picture and its headline linking to that story's address, a few words at most. A
 * gallery links to image files, a roundup to shops or to pages that are no story, a product or an offer shows a price,
 * and a list of the article's own links has no pictures.
 */
const cardChars = 500;
const minCards = 3;
/**
 * Cards holding more of the article's text than this, or in more runs than a story has rails, are the page itself: a
 * listing (an awards page's honourees, category by category), not rails beside a story.
 */
const listingShare = 0.4;
const maxRails = 2;

interface Page {
  url: string;
  site: string;
  textOf: (el: Element) => string;
}

const imageTags = tagSet('img', 'picture');
const imageFile = /\.(jpe?g|png|gif|webp|avif|svg)(\?|$)/i;

/** The page an `<a>` leads to, without its fragment; none for a fragment, a script or a mail link. */
function targetOf(a: Element, base: string): URL | null {
  const href = a.getAttribute('href');
  if (!href || href.startsWith('#') || /^(javascript|mailto|tel):/i.test(href)) return null;
  const url = parseUrl(href, base);
  if (url) url.hash = '';
  return url;
}

/** A site's section, topic or writer page: a card's kicker ("Behind the Line") or byline links there. */
const taxonomyPath = /\/(categor(y|ies)|tags?|topics?|authors?|sections?)\//i;

/**
 * The one story an item links to, when it is a card: a headline of four words or more and no price, a picture
 * linking to another story's address (see `isStoryAddress`), every other link going there too.
 */
function cardTarget(item: Element, page: Page): string | null {
  const text = page.textOf(item);
  if (text.length < 15 || text.length > cardChars || text.split(' ').length < 4) return null;
  // A card that says it is another story (an <article>, schema.org's Article) may lead off the site (an aggregator's
  // picks, an affiliate's deal among them) and carry its source's and topic's links (a word or two, or to a section).
  const declared = isDeclaredStory(item);
  if (!declared && priceText.test(text)) return null;
  let target: URL | null = null;
  let pictured = false;
  for (const a of elementsIn(item, linkTags)) {
    const url = targetOf(a, page.url);
    if (!url) continue;
    const picture = elementsIn(a, imageTags).length > 0;
    if (target && url.href !== target.href) {
      if (declared && !picture && (page.textOf(a).split(' ').length <= 2 || taxonomyPath.test(url.pathname))) continue;
      return null;
    }
    target = url;
    if (picture) pictured = true;
  }
  if (!target || !pictured || imageFile.test(target.href) || target.href === page.url || !isStoryAddress(target)) return null;
  return declared || siteOf(target) === page.site ? target.href : null;
}

const storyType = /schema\.org\/(Article|NewsArticle|BlogPosting)$/i;

const isStoryElement = (el: Element) => el.tagName === 'ARTICLE' || storyType.test(el.getAttribute('itemtype') ?? '');

/** The item is a story element, or wraps one as its only child. */
function isDeclaredStory(item: Element): boolean {
  if (isStoryElement(item)) return true;
  const only = item.firstElementChild;
  return !!only && !only.nextElementSibling && isStoryElement(only);
}

/** The items of a run: the element's children, looking through wrappers whose one child holds all the text. */
function itemsOf(el: Element, textOf: Page['textOf']): Element[] {
  let withText = childElements(el).filter((item) => textOf(item));
  while (withText.length === 1) withText = childElements(withText[0]!).filter((item) => textOf(item));
  return withText;
}

function isTeaserRun(el: Element, page: Page): boolean {
  const items = itemsOf(el, page.textOf);
  if (items.length < minCards) return false;
  const targets = new Set<string>();
  for (const item of items) {
    const target = cardTarget(item, page);
    if (!target) return false;
    targets.add(target);
  }
  return targets.size === items.length;
}

/**
 * The runs of teaser cards under `root` that are rails beside a story at `url`; none when they are a listing.
 * `textOf` gives a block's folded text, `visibleChars` the length of the text a reader sees.
 */
export function teaserRails(root: Element, url: string | undefined, textOf: (el: Element) => string, visibleChars: number): Element[] {
  const address = url ? parseUrl(url) : null;
  const site = address && siteOf(address);
  if (!url || !address || !site || !isStoryAddress(address)) return [];
  const page: Page = { url: url.replace(/#.*$/, ''), site, textOf };
  const runs: Element[] = [];
  for (const el of elementsIn(root)) {
    if (el.childElementCount < minCards && el.childElementCount !== 1) continue;
    if (runs.some((run) => run.contains(el))) continue;
    if (isTeaserRun(el, page)) runs.push(el);
  }
  const chars = runs.reduce((sum, run) => sum + textOf(run).length, 0);
  return runs.length <= maxRails && chars < listingShare * visibleChars ? runs : [];
}
