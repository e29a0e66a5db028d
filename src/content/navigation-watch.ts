const pageAddress = () => location.href.split('#')[0];

/**
 * Calls `onLeave` once when a single-page app moves to another address (history.pushState, back/forward)
 * while reader view is open: the article shown is then no longer the page's.
 */
export function watchNavigation(onLeave: () => void, signal: AbortSignal): void {
  const start = pageAddress();
  const check = () => {
    if (pageAddress() !== start && !signal.aborted) onLeave();
  };
  // Content scripts cannot see the page's pushState calls: a cheap poll of the address, only while open.
  const timer = setInterval(check, 250);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  window.addEventListener('popstate', check, { signal });
}

/** Calls `onGone` once the page removes `host` (or replaces the root element it hangs from). */
export function watchHost(host: Element, onGone: () => void, signal: AbortSignal): void {
  const observer = new MutationObserver(() => {
    if (!host.isConnected && !signal.aborted) onGone();
  });
  observer.observe(document, { childList: true, subtree: false });
  observer.observe(document.documentElement, { childList: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
