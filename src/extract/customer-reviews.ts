import { codeTags, elementsIn, holdsArticle, metaTags, tagsIn } from './dom-measures';
import { jsonLdSources } from './published-text';
import { productOgType, productType } from './declared-type';
import { foldSpaces, textOutside } from './text';

/**
 * Customer reviews on a shop's product page: a list of other people's ratings and opinions under the product, as
 * comments are under a story. A reader of the page wants the product; the reviews are listed as hidden and can be shown.
 */

const productItem = /^https?:\/\/schema\.org\/Product$/i;
// Shops' own ids of the button that buys the product (Amazon, Shopify, Magento, others; WooCommerce's is its name):
// looked up by id, which costs nothing, where a search for "add to cart" in every id and name took 66 ms a page in jsdom.
const buyButtonIds = ['add-to-cart-button', 'addToCart', 'AddToCart', 'add-to-cart', 'product-addtocart-button', 'addToCartButton'];

/**
 * The page says it is a product's (JSON-LD, Open Graph or microdata), or it has a button to buy it (Amazon says neither).
 * A review article or a service's page with its clients' reviews is not one.
 */
export function isProductPage(doc: Document): boolean {
  if (jsonLdSources(doc).some((source) => productType.test(source))) return true;
  for (const meta of tagsIn(doc, metaTags)) {
    if (meta.getAttribute('property') === 'og:type' && productOgType.test(meta.getAttribute('content') ?? '')) return true;
  }
  if (buyButtonIds.some((id) => doc.getElementById(id)) || doc.getElementsByName('add-to-cart').length) return true;
  return !!doc.body && Array.from(doc.body.querySelectorAll('[itemtype]')).some((el) => productItem.test(el.getAttribute('itemtype') ?? ''));
}

/** A class or id that may name reviews ("customer-reviews", a review platform's widget), not previews. */
export const reviewsHint = /(^|[^p])review|yotpo|bazaarvoice|okendo|jdgm|judgeme|stamped|loox|trustpilot/;
// What a list of reviews says about itself: ratings, helpfulness votes, verified buyers, its own count.
const reviewTalk = /\b(\d(\.\d)? out of 5|\d(\.\d)? stars?|found this (review )?helpful|was this (review )?helpful|helpful\s*\(?\d|verified (buyer|purchase|owner|reviewer)|reviewed in|[\d,.]+k? (customer |user |product )?(reviews|ratings)|customer reviews|(write|leave) a review|rated \d)/gi;
// A rating's summary ("Very Positive (3,065) - 89% of the user reviews…") is the product's facts, not the reviews.
const minChars = 700;
const minTalk = 2;
const maxPageShare = 0.6;

/** The text a reader would see: a review widget carries its scripts and styles inside it. */
const shownText = (root: Element) => foldSpaces(textOutside(root, codeTags).join(''));

/**
 * Reviews side by side that say they are reviews: a shop whose ratings are only stars says nothing else (IKEA). Not on
 * a page that calls itself an article: a service's testimonials under a Product item for its stars (WCXB 2111).
 */
const minItems = 3;

/** Whether `el` holds `minItems` siblings whose class names each say review (`…reviews__review`). */
function holdsReviewItems(el: Element): boolean {
  const items = new Map<Element, number>();
  for (const item of elementsIn(el)) {
    if (!item.parentElement || !reviewsHint.test((item.getAttribute('class') ?? '').toLowerCase())) continue;
    const count = (items.get(item.parentElement) ?? 0) + 1;
    if (count >= minItems) return true;
    items.set(item.parentElement, count);
  }
  return false;
}

/**
 * On a product's page (`isProductPage`), a block whose class or id says reviews (`reviewsHint`), saying what reviews say
 * (two ratings, votes or counts at least) or holding reviews named as such, and holding neither the page's heading nor
 * most of its text.
 */
export function isReviewList(el: Element, pageText: () => number, pageIsArticle: () => boolean): boolean {
  const text = shownText(el);
  if (text.length < minChars) return false;
  const talks = (text.match(reviewTalk)?.length ?? 0) >= minTalk;
  if (!talks && (pageIsArticle() || !holdsReviewItems(el))) return false;
  if (holdsArticle(el)) return false;
  return text.length < maxPageShare * pageText();
}
