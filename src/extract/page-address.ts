import { elementsIn, foldedText, linkDensity, linkTags } from './dom-measures';

// Lines told by the page's own address: a permalink to copy, how to cite the page, the sections it is filed under;
// and what an address says: its site, whether it names one story.

/** The address `href` names, relative to `base`; null when it names none. */
export function parseUrl(href: string, base?: string | URL): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/**
 * A copy taken before Readability, with its links and pictures made absolute as Readability makes those it keeps (for
 * the Markdown export and a copied link; in the page itself a relative address would resolve alike).
 */
export function absoluteAddresses(copy: Element, base: string): Element {
  for (const el of copy.querySelectorAll('a[href], img[src], source[src]')) {
    const name = el.localName === 'a' ? 'href' : 'src';
    const value = el.getAttribute(name)!;
    if (value.startsWith('#') || /^javascript:/i.test(value)) continue;
    const address = parseUrl(value, base);
    if (address) el.setAttribute(name, address.href);
  }
  return copy;
}

/** The host without a leading www: two addresses of one site give the same. */
export const siteOf = (url: URL): string => url.hostname.replace(/^www\./, '');

/**
 * An address that names one story: a slug of three words or more ("hunter-diagnosed-bubonic-plague"), a long number
 * (an article's id), or any slug after a year and month. A home page, a section or a topic ("/news/technology",
 * "/topic/Car Rental") is a listing, whose cards are its content.
 */
export function isStoryAddress(url: string | URL): boolean {
  const address = typeof url === 'string' ? parseUrl(url) : url;
  if (!address) return false;
  if (/\d{5,}/.test(address.pathname) || /[?&](p|id|story|article)=\d+/i.test(address.search)) return true;
  // A blog's dated slug (/2024/10/bridges-nyc/), however short; a month's archive (/2024/10/) is a listing.
  if (/\/(19|20)\d\d\/[01]?\d\/[^/]*\p{L}[^/]*/u.test(address.pathname)) return true;
  let path = address.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: the words are still there, between the escapes.
  }
  const last = path.split('/').filter(Boolean).pop() ?? '';
  return last.replace(/\.\w+$/, '').split(/[-_+.\s]+/).filter((word) => /\p{L}/u.test(word)).length >= 3;
}

const bareAddress = (address: string) => address.replace(/^https?:\/\/(www\.)?/i, '').replace(/[#?].*$/, '').replace(/\/$/, '');

/** The page's own address as a line of text (a permalink to copy), with or without its scheme. */
export function isOwnAddress(text: string, url: string): boolean {
  return /^(https?:\/\/)?\S+$/i.test(text) && bareAddress(text) === bareAddress(url);
}

/** Where a same-site link leads up from the page: the path of a section it is filed under ('' for the home page), or null. */
function upwardPath(a: Element, page: URL): string | null {
  const href = a.getAttribute('href');
  const target = !href || href.startsWith('#') ? null : parseUrl(href, page);
  if (!target || siteOf(target) !== siteOf(page)) return null;
  const path = target.pathname.replace(/\/$/, '');
  return path.length < page.pathname.replace(/\/$/, '').length && (page.pathname + '/').startsWith(`${path}/`) ? path : null;
}

/**
 * A breadcrumb or a kicker: a short line of links, each to a section the page sits under ("Home > Blog", "Mind & Mood"
 * linking to /mind-and-mood/ above /mind-and-mood/regular-physical-activity…).
 */
export function isBreadcrumb(el: Element, text: string, url: string): boolean {
  if (text.length > 80 || linkDensity(el, text) < 0.6) return false;
  const page = parseUrl(url);
  if (!page) return false;
  const paths = elementsIn(el, linkTags).filter((a) => foldedText(a)).map((a) => upwardPath(a, page));
  // The home page alone is the site's name or a contact line ("www.example.com"), not where the page is filed.
  return paths.length > 0 && paths.every((path) => path !== null) && (paths.length > 1 || paths[0] !== '');
}

/** "Citation: <title> (2019, November 18) retrieved 20 November 2019 from <this page>": how to cite the page, not the article. */
export function citesThisPage(text: string, url: string): boolean {
  return /^(citation|cite this( article| page| story)?|how to cite( this (article|page))?)\s*:/i.test(text) && text.includes(bareAddress(url));
}
