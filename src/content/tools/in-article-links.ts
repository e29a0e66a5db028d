import type { Overlay } from '../overlay';

function fragmentOf(href: string): string {
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

/** The element a `#` link points at, inside the reader only: an id, or a named anchor. */
function findTarget(root: ShadowRoot, article: HTMLElement, fragment: string): Element | null {
  if (!fragment) return null;
  const byId = root.getElementById(fragment);
  if (byId && article.contains(byId)) return byId;
  return Array.from(article.querySelectorAll('a[name]')).find((anchor) => anchor.getAttribute('name') === fragment) ?? null;
}

/**
 * Footnotes and other `#` links inside the article scroll the reader to their target. The browser's own handling
 * would look for the target in the page and change the page's URL hash, which a hash-routed page acts on under the
 * reader: it never gets the click, with or without a target.
 */
export function setupInArticleLinks(overlay: Pick<Overlay, 'root' | 'article'>, signal: AbortSignal): void {
  overlay.article.addEventListener('click', (event) => {
    if (event.defaultPrevented) return;
    const link = (event.target as Element | null)?.closest?.('a');
    const href = link?.getAttribute('href') ?? link?.getAttribute('xlink:href');
    if (!link || !href?.startsWith('#')) return;
    event.preventDefault();
    const target = findTarget(overlay.root, overlay.article, fragmentOf(href));
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    // Focus follows, so Tab and a screen reader go on from the note; -1 keeps it out of the Tab order.
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    (target as HTMLElement).focus({ preventScroll: true });
  }, { signal });
}
