// Chromium: Readability alone in the page's main world, then Clearpage opened from the real popup (traced on request).
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { launchChromium, type Chromium } from '../../test/e2e/harness/chromium';
import { clickToolbarButton, triggerToolbarButton, type Popup } from '../../test/e2e/harness/chromium-popup';
import { armShiftWatcher, armWatcher, installReadability, movedAfterPaint, now, timeReadability } from './page-probes';
import { offlineChromiumArgs, serveOffline, normalizeUrl, type OfflineServer } from './serve-offline';
import { analyseTrace, startTrace, type TraceEvent } from './trace';
import { median } from './stats';
import type { DirectFigures, OpenFigures, ReadabilityFigures } from './types';

export interface ChromiumBench {
  browser: Chromium;
  page: Page;
  server: OfflineServer;
  /** Serve every page from one site, so one renderer process serves them all (a warm process, not a first visit). */
  reuseRenderer: boolean;
  close(): Promise<void>;
}

export async function startChromiumBench(extension?: string, reuseRenderer = false): Promise<ChromiumBench> {
  const browser = await launchChromium('product', { args: offlineChromiumArgs, extension });
  const server = await serveOffline(browser.context);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  return { browser, page, server, reuseRenderer, close: () => browser.close() };
}

/** The one site every page is served from with `reuseRenderer`. */
const oneSite = 'https://one-site.clearpage.test/';

/** A page on a site of its own: going there first gives the next page a fresh renderer process. */
export const resetUrl = 'https://fresh-process.clearpage.test/';

/**
 * Loads `url` (served from memory) in a fresh renderer process, as a user's first visit, and lets the page's own
 * start-up work finish. Each measured run is then a first run in its process (ICU, fonts, code caches all cold).
 * With `reuseRenderer` the page is served from one shared site instead, so its process has served pages before.
 */
export async function load(bench: ChromiumBench, url: string, html: Buffer): Promise<void> {
  if (bench.reuseRenderer) url = `${oneSite}${createHash('sha1').update(url).digest('hex').slice(0, 16)}.html`;
  bench.server.pages.set(normalizeUrl(url), html);
  bench.server.pages.set(resetUrl, Buffer.from('<!doctype html><title>fresh process</title>'));
  if (!bench.reuseRenderer) await bench.page.goto(resetUrl, { waitUntil: 'load' }).catch(() => {});
  await bench.page.goto(url, { waitUntil: 'load', timeout: 20_000 }).catch(() => {});
  await bench.page.waitForTimeout(300);
  await bench.page.evaluate(`new Promise((done) => requestIdleCallback(done, { timeout: 1000 }))`).catch(() => {});
}

export async function measureReadability(bench: ChromiumBench, url: string, html: Buffer, source: string): Promise<ReadabilityFigures> {
  await load(bench, url, html);
  await bench.page.evaluate(installReadability(source));
  const cold = await bench.page.evaluate<{ ms: number; chars: number }>(timeReadability);
  const warm: number[] = [];
  for (let i = 0; i < 3; i++) warm.push((await bench.page.evaluate<{ ms: number }>(timeReadability)).ms);
  return { cold: cold.ms, warm: median(warm), chars: cold.chars };
}

async function popupFirstPaint(popup: Popup): Promise<number | null> {
  for (let i = 0; i < 20; i++) {
    const at = await popup.evaluate<number | null>(`(() => { const e = performance.getEntriesByName('first-contentful-paint')[0];
      return e ? performance.timeOrigin + e.startTime : null; })()`);
    if (at) return at - popup.triggeredAt;
    await new Promise((done) => setTimeout(done, 25));
  }
  return null;
}

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T | null> =>
  Promise.race([promise, new Promise<null>((done) => setTimeout(() => done(null), ms))]);

/**
 * One open the way a person does it: fresh page load, toolbar click (the popup opens and prepares the article), a
 * moment to reach for the toggle (`reachMs`), the click; from that click to the first painted frame with article text.
 */
export async function measureOpen(bench: ChromiumBench, url: string, html: Buffer, traced = true, reachMs = 300): Promise<OpenFigures> {
  await load(bench, url, html);
  await bench.page.evaluate(armWatcher);
  // Traced from before the toolbar click, so the preparation's tasks are seen too.
  const stopTrace = traced ? await startTrace(bench.browser.cdp) : async (): Promise<TraceEvent[]> => [];
  const popup = await clickToolbarButton(bench.browser, bench.page);
  try {
    const firstPaint = await popupFirstPaint(popup);
    await new Promise((done) => setTimeout(done, reachMs));
    await bench.page.evaluate(armShiftWatcher);
    const clickAt = await popup.evaluate<number>(`(() => { const t = ${now}; document.getElementById('toggle').click(); return t; })()`);
    const seen = await withTimeout(bench.page.evaluate<{ renderEnd: number; painted: number }>('window.__cpBench.done'), 15_000);
    const moved = seen ? await withTimeout(bench.page.evaluate<{ header: number; article: number } | null>(movedAfterPaint), 5000) : null;
    const events = await stopTrace();
    const status = await popup.evaluate<string>(`document.getElementById('status').dataset.kind || ''`);
    if (!seen) return { status: status || 'timeout', popupFirstPaint: firstPaint } as OpenFigures;
    const raw = await popup.waitFor('document.body.dataset.timings', 10_000)
      .then(() => popup.evaluate<string>('document.body.dataset.timings'), () => null);
    if (!raw) return { status: `no timings (popup status: ${status || 'none'})`, popupFirstPaint: firstPaint };
    const t = JSON.parse(raw) as Record<string, number>;
    const trace = analyseTrace(events, clickAt, seen.painted, popup.triggeredAt);
    return {
      status: 'open', popupFirstPaint: firstPaint,
      total: seen.painted - clickAt,
      early: t.early,
      before: seen.renderEnd - t.render! - clickAt, wait: t.wait, render: t.render, frame: seen.painted - seen.renderEnd,
      clone: t.clone!, prune: t.prune!, score: t.score!, readability: t.readability!, declutter: t.declutter!, sanitize: t.sanitize!,
      longestTask: trace?.longestTask ?? NaN,
      longestKind: trace?.longestKind,
      tasksOver50: trace?.over50 ?? NaN,
      longestPrepareTask: trace?.longestPrepareTask ?? NaN,
      layoutShift: moved?.header ?? NaN,
      imageShift: moved?.article ?? NaN,
      pid: trace?.pid,
    };
  } finally {
    await popup.close();
  }
}

/** Turns one-click reading on or off (the toolbar button then toggles with no popup), and waits until it holds. */
export async function setOneClick(bench: ChromiumBench, on: boolean): Promise<void> {
  const worker = await bench.browser.worker();
  await worker.evaluate((value) => chrome.storage.sync.set({ openOnToolbarClick: value }), on);
  for (let end = Date.now() + 5000; (await worker.evaluate(() => chrome.action.getPopup({}))) === '' !== on;) {
    if (Date.now() > end) throw new Error('one-click reading did not switch');
    await new Promise((done) => setTimeout(done, 25));
  }
}

/** One open with no popup to prepare behind (one-click reading; the shortcut takes the same path): click → painted. */
export async function measureDirect(bench: ChromiumBench, url: string, html: Buffer, traced = true): Promise<DirectFigures> {
  await load(bench, url, html);
  await bench.page.evaluate(armWatcher);
  const stopTrace = traced ? await startTrace(bench.browser.cdp) : async (): Promise<TraceEvent[]> => [];
  const clickAt = await triggerToolbarButton(bench.browser, bench.page);
  const seen = await withTimeout(bench.page.evaluate<{ renderEnd: number; painted: number }>('window.__cpBench.done'), 15_000);
  const events = await stopTrace();
  if (!seen) return { status: 'timeout' };
  const trace = analyseTrace(events, clickAt, seen.painted);
  await bench.page.keyboard.press('Escape');
  return { status: 'open', total: seen.painted - clickAt, longestTask: trace?.longestTask ?? NaN };
}
