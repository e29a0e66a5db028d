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

/**
 * Arms, before the click, what sees reader view move after its first paint: the places of the title, the byline line
 * and the article's first block in the first frame that shows them, compared (`movedAfterPaint`) once the reading tools
 * are in. In px; the article's first block also moves when an image above it loads with no size given by the page.
 */
export const armShiftWatcher = `(() => {
  const state = window.__cpShift = { first: null };
  const place = () => {
    const root = document.querySelector('clearpage-reader')?.shadowRoot;
    const article = root?.querySelector('article');
    const first = article && [...article.querySelectorAll('p, h2, h3, li, figure, img, pre, blockquote, table')][0];
    const items = [root?.querySelector('h1.title'), root?.querySelector('.meta'), first];
    return items.every(Boolean) ? items.map((el) => { const r = el.getBoundingClientRect(); return [r.x, r.y, r.width]; }) : null;
  };
  state.place = place;
  const frame = () => { const p = place(); if (p) state.first = p; else requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
})()`;

/**
 * Once the reading tools are in (or 3 s passed) and two frames went by: how far the header (title, byline line) and the
 * article's first block moved, px.
 */
export const movedAfterPaint = `new Promise((done) => {
  const end = performance.now() + 3000;
  const check = () => {
    const reader = document.querySelector('clearpage-reader')?.shadowRoot?.querySelector('.reader');
    if (!reader?.dataset.tools && performance.now() < end) return requestAnimationFrame(check);
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const { first, place } = window.__cpShift; const now = place();
      if (!first || !now) return done(null);
      const moved = (i) => Math.max(...now[i].map((v, j) => Math.abs(v - first[i][j])));
      done({ header: Math.max(moved(0), moved(1)), article: moved(2) });
    }));
  };
  check();
})`;
