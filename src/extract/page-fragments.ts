// Links to places on the page itself, however the page or Readability wrote them.
import { elementsIn, linkTags } from './dom-measures';

/** The page's address, parsed; none for garbage (an inert document's about:blank parses): only `#x` links are its own. */
export function pageAddress(pageUrl: string): URL | null {
  try {
    return new URL(pageUrl);
  } catch {
    return null;
  }
}

function withoutFragment(url: URL): string {
  const copy = new URL(url);
  copy.hash = '';
  return copy.href;
}

/** The fragment of a link to this same document: `#x`, or the page's own address with `#x` (Readability writes those). */
export function sameDocumentFragment(href: string, page: URL | null): string | null {
  if (href.startsWith('#')) return href.slice(1);
  if (!page || !href.includes('#')) return null;
  let url: URL;
  try {
    url = new URL(href, page);
  } catch {
    return null;
  }
  return withoutFragment(url) === withoutFragment(page) ? url.hash.slice(1) : null;
}

/**
 * Links to a place on the page written as `#x` again. In the browser the page's copy is an inert document at
 * about:blank with a `<base>`, and Readability makes every link absolute there ("#contents" becomes the page's address
 * and "#contents"), where on a document at the page's own address (the CLI's) it leaves `#x` alone: the rules after it
 * (a table of contents, a heading's link to itself) then judge the same links in both.
 */
export function relativeFragments(root: Element, pageUrl: string): void {
  const page = pageAddress(pageUrl);
  if (!page) return;
  for (const link of elementsIn(root, linkTags)) {
    const href = link.getAttribute('href');
    if (!href || href.startsWith('#') || !href.includes('#')) continue;
    const fragment = sameDocumentFragment(href, page);
    if (fragment) link.setAttribute('href', `#${fragment}`);
  }
}
