import { elementsIn, linkTags, tagSet } from './dom-measures';

/**
 * Cards of other stories left inside a story with no rail heading (Readability often drops the heading and keeps the
 * cards): three or more sibling items, each another story of the same site, its picture and its headline linking to
 * that story's address, a few words at most. A gallery links to image files, a roundup to shops or to pages that are no
 * story, a product or an offer shows a price, and a list of the article's own links has no pictures.
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

function siteOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function targetOf(a: Element, base: string): string | null {
  const href = a.getAttribute('href');
  if (!href || href.startsWith('#') || /^(javascript|mailto|tel):/i.test(href)) return null;
  try {
    const url = new URL(href, base);
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/** A price: the card of a product or an offer, which a shop's page or a roundup lists as its own. */
const price = /[$€£¥₹]\s?\d|\d\s?(€|zł|kr|руб|грн)|\b(usd|eur|gbp)\s?\d/i;

/**
 * The one story an item links to, when it is a card: a headline of four words or more and no price, a picture
 * linking to another story's address (see `isStoryAddress`), every other link going there too.
 */
function cardTarget(item: Element, page: Page): string | null {
  const text = page.textOf(item);
  if (text.length < 15 || text.length > cardChars || text.split(' ').length < 4 || price.test(text)) return null;
  let target: string | null = null;
  let pictured = false;
  for (const a of elementsIn(item, linkTags)) {
    const href = targetOf(a, page.url);
    if (!href) continue;
    if (target && href !== target) return null;
    target = href;
    if (elementsIn(a, imageTags).length) pictured = true;
  }
  if (!target || !pictured || imageFile.test(target) || target === page.url || !isStoryAddress(target)) return null;
  return siteOf(target) === page.site ? target : null;
}

/** The items of a run: the element's children, looking through wrappers whose one child holds all the text. */
function itemsOf(el: Element, textOf: Page['textOf']): Element[] {
  let withText = Array.from(el.children).filter((item) => textOf(item));
  while (withText.length === 1) withText = Array.from(withText[0]!.children).filter((item) => textOf(item));
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
 * An address that names one story: a slug of three words or more ("hunter-diagnosed-bubonic-plague") or a long number
 * (an article's id). A home page, a section or a topic ("/news/technology", "/topic/Car Rental") is a listing, whose
 * cards are its content.
 */
export function isStoryAddress(url: string): boolean {
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    return false;
  }
  if (/\d{5,}/.test(address.pathname) || /[?&](p|id|story|article)=\d+/i.test(address.search)) return true;
  let path = address.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: the words are still there, between the escapes.
  }
  const last = path.split('/').filter(Boolean).pop() ?? '';
  return last.replace(/\.\w+$/, '').split(/[-_+.\s]+/).filter((word) => /\p{L}/u.test(word)).length >= 3;
}

/**
 * The runs of teaser cards under `root` that are rails beside a story at `url`; none when they are a listing.
 * `textOf` gives a block's folded text, `visibleChars` the length of the text a reader sees.
 */
export function teaserRails(root: Element, url: string | undefined, textOf: (el: Element) => string, visibleChars: number): Element[] {
  const site = url ? siteOf(url) : null;
  if (!url || !site || !isStoryAddress(url)) return [];
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
