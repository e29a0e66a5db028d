// Auto-open per site: which pages qualify, and the one permission request it makes (that site only).

/** The match pattern for a page's site: scheme and host, any port (Firefox match patterns take no port). */
export function sitePattern(url: string | undefined): string | null {
  try {
    const { protocol, hostname } = new URL(url ?? '');
    return /^https?:$/.test(protocol) && hostname ? `${protocol}//${hostname}/*` : null;
  } catch {
    return null;
  }
}

/** What the popup passes to permissions.request, from the click handler: this one site, nothing else. */
export function autoOpenRequest(url: string): { origins: string[] } | null {
  const pattern = sitePattern(url);
  return pattern ? { origins: [pattern] } : null;
}

/** The id of the content script registered for the site. */
export function autoOpenScriptId(pattern: string): string {
  return `auto-open:${pattern.replace(/\/\*$/, '')}`;
}

const searchPath = /(^|\/)(search|find|results?|suche|recherche|buscar|poshuk|пошук)(\/|$|\.)/i;
const searchParams = ['q', 's', 'query', 'search', 'keyword', 'keywords', 'text'];

/** Never the site's home page or a search page: only pages with a path of their own. */
export function isAutoOpenPage(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const path = parsed.pathname.replace(/\/(index\.\w+)?$/i, '');
  if (!path) return false;
  let decoded = parsed.pathname;
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // a malformed escape: test the raw path
  }
  if (searchPath.test(decoded)) return false;
  return !searchParams.some((name) => parsed.searchParams.has(name));
}

/** Our own check on top of Readability's: an article marker, or (on a page with no log-in form) a good amount of prose. */
export function looksLikeArticle(doc: Document): boolean {
  // Many article pages carry a log-in form in a hidden dialog: the marker wins over it.
  if (doc.querySelector('article, [itemtype*="Article"], meta[property="og:type"][content="article"]')) return true;
  if (doc.querySelector('input[type=password]')) return false;
  let prose = 0;
  for (const p of Array.from(doc.querySelectorAll('p'))) if (!p.closest('nav, header, footer, aside, form')) prose += (p.textContent ?? '').trim().length;
  return prose >= 1200;
}
