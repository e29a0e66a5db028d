// Firefox ESR: the same measurements as in Chromium, without a tracer. The longest task comes from a main-world
// heartbeat (a setTimeout chain: the largest gap between its turns bounds the longest task, give or take 4 ms),
// and the content script's start is not separable from the message, so message and injection are one figure.
import type { Page } from 'puppeteer-core';
import { geckoId, launchFirefox, type Firefox } from '../../test/e2e/harness/firefox';
import { clickToolbarButton } from '../../test/e2e/harness/firefox-popup';
import { armShiftWatcher, armWatcher, installReadability, movedAfterPaint, now, timeReadability } from './page-probes';
import { normalizeUrl } from './serve-offline';
import { resetUrl } from './chromium-run';
import { median } from './stats';
import type { DirectFigures, OpenFigures, ReadabilityFigures } from './types';

export interface FirefoxBench {
  firefox: Firefox;
  page: Page;
  pages: Map<string, Buffer>;
  counts: { served: number; refused: number };
  close(): Promise<void>;
}

/** Proxy everything to a closed local port, no DNS prefetch, no speculative connections, no WebRTC, full timer precision. */
const prefs = `(() => {
  const p = Services.prefs;
  p.setIntPref('network.proxy.type', 1);
  for (const kind of ['http', 'ssl', 'socks']) { p.setStringPref('network.proxy.' + kind, '127.0.0.1'); p.setIntPref('network.proxy.' + kind + '_port', 9); }
  p.setBoolPref('network.proxy.socks_remote_dns', true);
  p.setBoolPref('network.dns.disablePrefetch', true);
  p.setIntPref('network.http.speculative-parallel-limit', 0);
  p.setBoolPref('network.predictor.enabled', false);
  p.setBoolPref('media.peerconnection.enabled', false);
  p.setBoolPref('privacy.reduceTimerPrecision', false);
})()`;

export async function startFirefoxBench(extension?: string): Promise<FirefoxBench> {
  const firefox = await launchFirefox('product', { extension });
  await firefox.chrome(prefs);
  const page = await firefox.browser.newPage();
  const pages = new Map<string, Buffer>();
  const counts = { served: 0, refused: 0 };
  // Page scripts may alert() when their resources fail: a dialog would block the page (Playwright dismisses them itself).
  page.on('dialog', (dialog) => void dialog.dismiss().catch(() => {}));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    // The interception may also see the extension's own pages (the popup): those load as they are.
    if (!/^https?:/.test(request.url())) return void request.continue().catch(() => {});
    const body = request.isNavigationRequest() ? pages.get(normalizeUrl(request.url())) : undefined;
    if (body) {
      counts.served++;
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body }).catch(() => {});
    } else {
      counts.refused++;
      // A 204 answer to a script's navigation elsewhere keeps the current document (see serve-offline.ts).
      void (request.isNavigationRequest() ? request.respond({ status: 204, body: '' }) : request.abort()).catch(() => {});
    }
  });
  return { firefox, page, pages, counts, close: () => firefox.close() };
}

/**
 * Loads `url` after a page on another site, as in chromium-run.ts. Unlike there, the process is not fresh: Puppeteer
 * turns site isolation off (fission.webContentIsolationStrategy 0), so every page shares one warm content process,
 * and switching it on at run time broke the popup's loading here.
 */
export async function load(bench: FirefoxBench, url: string, html: Buffer): Promise<void> {
  bench.pages.set(normalizeUrl(url), html);
  bench.pages.set(resetUrl, Buffer.from('<!doctype html><title>fresh process</title>'));
  await bench.page.goto(resetUrl, { waitUntil: 'load' }).catch(() => {});
  await bench.page.goto(url, { waitUntil: 'load', timeout: 20_000 }).catch(() => {});
  await new Promise((done) => setTimeout(done, 300));
  await bench.page.evaluate(`new Promise((done) => requestIdleCallback(done, { timeout: 1000 }))`).catch(() => {});
}

export async function measureReadability(bench: FirefoxBench, url: string, html: Buffer, source: string): Promise<ReadabilityFigures> {
  await load(bench, url, html);
  await bench.page.evaluate(installReadability(source));
  const cold = (await bench.page.evaluate(timeReadability)) as { ms: number; chars: number };
  const warm: number[] = [];
  for (let i = 0; i < 3; i++) warm.push(((await bench.page.evaluate(timeReadability)) as { ms: number }).ms);
  return { cold: cold.ms, warm: median(warm), chars: cold.chars };
}

/** Records, in the browser window, when the popup panel is shown and the first paint after that. */
const watchPopup = `(() => { const s = window.__cpPopup = { shown: 0, painted: 0 };
  const onShown = () => { s.shown = ${now}; window.removeEventListener('popupshown', onShown, true);
    window.addEventListener('MozAfterPaint', () => { s.painted = ${now}; }, { once: true }); };
  window.addEventListener('popupshown', onShown, true); })()`;

const heartbeat = `(() => { const hb = window.__cpHeartbeat = { last: performance.now(), max: 0, stop: false };
  const tick = () => { const t = performance.now(); hb.max = Math.max(hb.max, t - hb.last); hb.last = t; if (!hb.stop) setTimeout(tick, 0); };
  setTimeout(tick, 0); })()`;

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T | null> =>
  Promise.race([promise, new Promise<null>((done) => setTimeout(() => done(null), ms))]);

/** The heartbeat's longest gap so far, and a fresh start for the next window. */
const heartbeatMax = '(() => { const hb = window.__cpHeartbeat; const max = Math.max(hb.max, performance.now() - hb.last); hb.max = 0; return max; })()';

export async function measureOpen(bench: FirefoxBench, url: string, html: Buffer, reachMs = 300): Promise<OpenFigures> {
  await load(bench, url, html);
  await bench.firefox.chrome(watchPopup);
  await bench.page.evaluate(armWatcher);
  // From before the toolbar click: the preparation's longest task is the heartbeat's longest gap up to the click.
  await bench.page.evaluate(heartbeat);
  const popup = await clickToolbarButton(bench.firefox, bench.page);
  try {
    const shown = await bench.firefox.chrome<{ shown: number; painted: number }>('window.__cpPopup');
    const popupFirstPaint = (shown.painted || shown.shown) ? (shown.painted || shown.shown) - popup.triggeredAt : null;
    await new Promise((done) => setTimeout(done, reachMs));
    const longestPrepareTask = (await bench.page.evaluate(heartbeatMax)) as number;
    await bench.page.evaluate(armShiftWatcher);
    const clickAt = await popup.evaluate<number>(`(() => { const t = content.performance.timeOrigin + content.performance.now();
      content.document.getElementById('toggle').click(); return t; })()`);
    const seen = await withTimeout(bench.page.evaluate('window.__cpBench.done') as Promise<{ renderEnd: number; painted: number }>, 15_000);
    const longestTask = (await bench.page.evaluate(heartbeatMax)) as number;
    const moved = seen ? await withTimeout(bench.page.evaluate(movedAfterPaint) as Promise<{ header: number; article: number } | null>, 5000) : null;
    await bench.page.evaluate('window.__cpHeartbeat.stop = true');
    const status = await popup.evaluate<string>(`content.document.getElementById('status').dataset.kind || ''`);
    const pid = await bench.firefox.chrome<number>(`gBrowser.browsers.find((b) => b.currentURI.spec === ${JSON.stringify(bench.page.url())})?.browsingContext?.currentWindowGlobal?.osPid`);
    if (!seen) return { status: status || 'timeout', popupFirstPaint };
    const raw = await popup.waitFor('content.document.body.dataset.timings', 10_000)
      .then(() => popup.evaluate<string>('content.document.body.dataset.timings'), () => null);
    if (!raw) return { status: `no timings (popup status: ${status || 'none'})`, popupFirstPaint };
    const t = JSON.parse(raw) as Record<string, number>;
    return {
      status: 'open', popupFirstPaint,
      total: seen.painted - clickAt,
      early: t.early,
      before: seen.renderEnd - t.render! - clickAt, wait: t.wait, render: t.render, frame: seen.painted - seen.renderEnd,
      clone: t.clone!, prune: t.prune!, score: t.score!, readability: t.readability!, declutter: t.declutter!, sanitize: t.sanitize!,
      longestTask, longestPrepareTask,
      layoutShift: moved?.header ?? NaN,
      imageShift: moved?.article ?? NaN,
      pid,
    };
  } finally {
    await popup.close();
  }
}

/** Turns one-click reading on or off (the toolbar button then toggles with no popup), and waits until it holds. */
export async function setOneClick(bench: FirefoxBench, on: boolean): Promise<void> {
  await bench.firefox.inExtension(async (value: boolean) => {
    const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
    await ext.storage.sync.set({ openOnToolbarClick: value });
    for (let end = Date.now() + 4000; ((await ext.action.getPopup({})) === '') !== value;) {
      if (Date.now() > end) throw new Error('one-click reading did not switch');
      await new Promise((done) => setTimeout(done, 25));
    }
  }, on);
}

/** One open with no popup to prepare behind (one-click reading; the shortcut takes the same path): click → painted. */
export async function measureDirect(bench: FirefoxBench, url: string, html: Buffer): Promise<DirectFigures> {
  await load(bench, url, html);
  await bench.page.evaluate(armWatcher);
  await bench.page.evaluate(heartbeat);
  await bench.page.bringToFront();
  const clickAt = await bench.firefox.chrome<number>(`(async () => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const extension = WebExtensionPolicy.getByID(${JSON.stringify(geckoId)}).extension;
    const at = performance.timeOrigin + performance.now();
    ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
    return at;
  })()`);
  const seen = await withTimeout(bench.page.evaluate('window.__cpBench.done') as Promise<{ renderEnd: number; painted: number }>, 15_000);
  const longestTask = (await bench.page.evaluate(heartbeatMax)) as number;
  await bench.page.evaluate('window.__cpHeartbeat.stop = true');
  if (!seen) return { status: 'timeout' };
  await bench.page.keyboard.press('Escape');
  return { status: 'open', total: seen.painted - clickAt, longestTask };
}
