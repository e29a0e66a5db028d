import { elementsIn, foldedText, linkDensity, linkTags } from './dom-measures';

// Lines told by the page's own address: a permalink to copy, how to cite the page, the sections it is filed under.

const bareAddress = (address: string) => address.replace(/^https?:\/\/(www\.)?/i, '').replace(/[#?].*$/, '').replace(/\/$/, '');

/** The page's own address as a line of text (a permalink to copy), with or without its scheme. */
export function isOwnAddress(text: string, url: string): boolean {
  return /^(https?:\/\/)?\S+$/i.test(text) && bareAddress(text) === bareAddress(url);
}

/** Where a same-site link leads up from the page: the path of a section it is filed under ('' for the home page), or null. */
function upwardPath(a: Element, page: URL): string | null {
  const href = a.getAttribute('href');
  if (!href || href.startsWith('#')) return null;
  try {
    const target = new URL(href, page);
    if (target.hostname.replace(/^www\./, '') !== page.hostname.replace(/^www\./, '')) return null;
    const path = target.pathname.replace(/\/$/, '');
    return path.length < page.pathname.replace(/\/$/, '').length && (page.pathname + '/').startsWith(`${path}/`) ? path : null;
  } catch {
    return null;
  }
}

/**
 * A breadcrumb or a kicker: a short line of links, each to a section the page sits under ("Home > Blog", "Mind & Mood"
 * linking to /mind-and-mood/ above /mind-and-mood/regular-physical-activity…).
 */
export function isBreadcrumb(el: Element, text: string, url: string): boolean {
  if (text.length > 80 || linkDensity(el, text) < 0.6) return false;
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return false;
  }
  const paths = elementsIn(el, linkTags).filter((a) => foldedText(a)).map((a) => upwardPath(a, page));
  // The home page alone is the site's name or a contact line ("www.example.com"), not where the page is filed.
  return paths.length > 0 && paths.every((path) => path !== null) && (paths.length > 1 || paths[0] !== '');
}

/** "Citation: <title> (2019, November 18) retrieved 20 November 2019 from <this page>": how to cite the page, not the article. */
export function citesThisPage(text: string, url: string): boolean {
  return /^(citation|cite this( article| page| story)?|how to cite( this (article|page))?)\s*:/i.test(text) && text.includes(bareAddress(url));
}
