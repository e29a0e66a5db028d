// Scripts evaluated in the page's main world. Plain strings, not functions: tsx rewrites function bodies
// (name helpers) that would not exist in the page.

/** `performance.timeOrigin + performance.now()`: comparable across the page, the popup and Node (same wall clock). */
export const now = 'performance.timeOrigin + performance.now()';

/**
 * Arms, before the click, what sees the reader appear:
 * - a MutationObserver on <html>: its callback runs right after the content script's synchronous render
 *   (the microtask queued when the host is appended), so it dates the end of rendering;
 * - a requestAnimationFrame loop that, in the first frame whose overlay holds article text, posts a task
 *   (MessageChannel): that task runs once the frame is painted, and dates it.
 * `window.__cpBench.done` resolves to { renderEnd, frameStart, painted }.
 */
export const armWatcher = `(() => {
  const state = window.__cpBench = { renderEnd: 0, frameStart: 0, painted: 0, armed: ${now} };
  let resolve;
  state.done = new Promise((done) => { resolve = done; });
  const observer = new MutationObserver((records) => {
    if (state.renderEnd) return;
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeName === 'CLEARPAGE-READER') { state.renderEnd = ${now}; observer.disconnect(); return; }
    }
  });
  observer.observe(document.documentElement, { childList: true });
  const hasText = () => {
    const article = document.querySelector('clearpage-reader')?.shadowRoot?.querySelector('article');
    return !!article && article.textContent.trim().length > 0;
  };
  const frame = () => {
    if (!hasText()) { requestAnimationFrame(frame); return; }
    state.frameStart = ${now};
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      // The mark ties the trace clock to this one (Chromium): same instant, same number.
      state.painted = performance.timeOrigin + performance.mark('cp-painted').startTime;
      resolve({ renderEnd: state.renderEnd, frameStart: state.frameStart, painted: state.painted });
    };
    channel.port2.postMessage(0);
  };
  requestAnimationFrame(frame);
  return state.armed;
})()`;

/** Installs Readability in the main world (as the page would) without touching the page's own globals much. */
export const installReadability = (source: string) => `(() => { ${source}\n; window.__cpReadability = Readability; return typeof Readability; })()`;

/** One timed Readability run on a fresh clone of the live document, in the main world. */
export const timeReadability = `(() => {
  const t0 = performance.now();
  const article = new window.__cpReadability(document.cloneNode(true)).parse();
  const ms = performance.now() - t0;
  return { ms, chars: article && article.textContent ? article.textContent.length : 0 };
})()`;
