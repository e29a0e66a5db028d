// Pitches whose links say what they sell: a paid offer's pages, the site's sign-in or sign-up page.
import { elementsIn, foldedText, linkDensity, linkTags } from './dom-measures';

const offerHref = /\/[^?#]*(promos?\b|subscri(be|ption)|membership|pricing|checkout)/i;
const offerText = /\b(subscri(be|ption|ptions)|membership|promo( code)?|use the code|for as little as|free trial|per (month|year))\b/i;

/**
 * A pitch for a paid product that is all links to the offer: "Get access to … Moneycontrol Pro for as little as Rs 599 …
 * Use the code GETPRO", "Want more science? Get a subscription of our sister publication …".
 */
function isOfferPitch(el: Element, text: string): boolean {
  if (text.length > 600 || !offerText.test(text)) return false;
  const links = el.tagName === 'A' ? [el] : elementsIn(el, linkTags);
  const hrefs = links.map((a) => a.getAttribute('href') ?? '').filter(Boolean);
  return hrefs.length > 0 && hrefs.every((href) => offerHref.test(href)) && (el.tagName === 'A' || linkDensity(el, text) >= 0.5);
}

const accountHref = /\/(sign[-_]?(in|up)|log[-_]?in|register|create[-_]account)(\/|\?|#|$|\.)/i;

/**
 * A short paragraph that ends in a link to the site's sign-in or sign-up page pitches the account: "… Fastarz ships from
 * Turkey to your doorstep! Shop Puma Today" (WCXB 0067, after each brand of its top ten).
 */
function isAccountPitch(el: Element, text: string): boolean {
  const last = el.lastElementChild;
  if (el.tagName !== 'P' || text.length > 300 || last?.tagName !== 'A' || !accountHref.test(last.getAttribute('href') ?? '')) return false;
  const label = foldedText(last);
  // A link alone is a button a guide may mean to show ("Try the New Postman", WCXB 2832): only a pitch before it tells.
  return label.length > 0 && label.length <= 40 && text.endsWith(label) && text.length >= label.length + 20;
}

const appPitch = /^(download|get|install)\b[^.]{0,80}\bapp\b/i;
const emphasis = 'strong, em, b, i';

/**
 * A paragraph set in bold or italics that opens with a link to download the site's app: "Download and subscribe to the
 * brand new Start TODAY app to make your 2025 wellness goals a reality…" (TODAY, WCXB 0034). A guide's step ("Download
 * the app and sign in") is set as the article's text.
 */
function isAppPitch(el: Element, text: string): boolean {
  if (el.tagName !== 'P' || text.length > 400 || !appPitch.test(text) || el.firstElementChild?.tagName !== 'A') return false;
  if ((el.firstChild?.nodeValue ?? '').trim()) return false;
  const emphasized = elementsIn(el)
    .filter((child) => child.matches(emphasis) && !child.parentElement?.closest(emphasis)).reduce((sum, child) => sum + foldedText(child).length, 0);
  return emphasized >= 0.9 * text.length;
}

/** A pitch for the site's paid offer, for an account with it or for its app. */
export const isPitch = (el: Element, text: string): boolean => isOfferPitch(el, text) || isAccountPitch(el, text) || isAppPitch(el, text);
