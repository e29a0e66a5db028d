import type { RemovedItem } from './types';
import { elementsIn, foldedText, linkTags, removeElement, tagSet, tagsIn } from './dom-measures';
import { parseUrl } from './page-address';
import { priceText } from './patterns';

/** Affiliate networks' redirectors and link shorteners: a shop's link that pays the page when followed. */
const affiliateHosts = ['go.skimresources.com', 'go.redirectingat.com', 'redirect.viglink.com', 'click.linksynergy.com',
  'anrdoezrs.net', 'dpbolvw.net', 'jdoqocy.com', 'tkqlhce.com', 'kqzyfj.com', 'shareasale.com', 'prf.hn', 'shop-links.co',
  'fave.co', 'avantlink.com', 'awin1.com', '7tiv.net', 'geni.us', 'howl.me', 'amzn.to', 'goto.walmart.com'];
const boxChars = 200;
const imageTags = tagSet('img');
/** A product's photo with its price is a buying guide's card, which a reader of the guide looks at; a shop's logo is not. */
const isPhoto = (img: Element) => !/logo/i.test(`${img.getAttribute('src') ?? ''} ${img.getAttribute('class') ?? ''} ${img.getAttribute('alt') ?? ''}`);
const proseTags = tagSet('p', 'li', 'td');
/** What a widget is built of; a heading or a phrase with a price and a shop's link is the article's ("1-4 Players • $120"). */
const boxTags = tagSet('div', 'section', 'aside', 'ul', 'ol', 'dl', 'table', 'tbody', 'tr', 'figure');

function isAffiliate(a: Element): boolean {
  const url = parseUrl(a.getAttribute('href') ?? '', 'https://invalid.invalid/');
  if (!url) return false;
  const host = url.hostname.toLowerCase();
  if (affiliateHosts.some((known) => host === known || host.endsWith(`.${known}`))) return true;
  return /(^|\.)amazon\.[a-z.]+$/.test(host) && url.searchParams.has('tag');
}

/** A sentence of six words or more: one that names a price beside its link is the article's. */
function isSentence(el: Element): boolean {
  const text = foldedText(el);
  return text.split(' ').length >= 6 && /[.!?…]["”’)]?$/.test(text);
}

const holdsProse = (el: Element) => [el, ...elementsIn(el, proseTags)].some((node) => proseTags.has(node.tagName) && isSentence(node));

/**
 * Boxes of shop prices behind affiliate links ("Best Prices Today: Retailer Price · YouTube TV $82.99 View", the price
 * comparison under each pick of PCWorld's guides): a shopping widget, not the article. Found from their links: the
 * highest box around an affiliate link whose every link is one, with a price in a line or two of text, no sentence and
 * no picture. A link to a shop in a paragraph stays with its paragraph, a product's card with its photo.
 */
export function removePriceBoxes(body: Element, removed: RemovedItem[]): void {
  for (const a of tagsIn(body, linkTags)) {
    if (!a.isConnected || !isAffiliate(a) || a.closest('p, li')) continue;
    let box: Element | null = null;
    for (let el = a.parentElement; el && el !== body; el = el.parentElement) {
      const text = foldedText(el);
      if (text.length > boxChars || isSentence(el) || holdsProse(el) || elementsIn(el, imageTags).some(isPhoto)) break;
      if (!elementsIn(el, linkTags).every((link) => !link.hasAttribute('href') || isAffiliate(link))) break;
      if (boxTags.has(el.tagName) && priceText.test(text)) box = el;
    }
    if (box) removeElement(box, 'ad', 'prune', removed);
  }
}
