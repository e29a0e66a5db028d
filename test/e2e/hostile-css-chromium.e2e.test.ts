import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumOf, type Chromium } from './harness/chromium';
import { testServer, type TestServer } from './harness/server';
import { artifactPath } from './harness/artifacts';
import { diffRatio } from './harness/pixels';
import { overlaySettled, pageSettled } from './harness/settled';
import { overlayStyles } from './harness/overlay';

// The seed article with hostile page CSS: the overlay must look as it does on the plain page.
// Tolerance: at most 0.5% of the viewport's pixels may differ (pixelmatch, colour threshold 0.1).
const tolerance = 0.005;
const seedHtml = readFileSync(resolve(import.meta.dirname, '../fixtures/seed-news-page/source.html'), 'utf8');
const ownOverlay = `<script>
  const cover = () => { const d = document.createElement('div'); d.className = 'paywall';
    d.setAttribute('style', 'position:fixed;inset:0;z-index:2147483647;background:#c00;color:#fff;font:40px sans-serif');
    d.textContent = 'Subscribe to keep reading'; document.body.append(d); };
  addEventListener('load', () => setTimeout(cover, 50));
  new MutationObserver(() => { if (document.body) cover(); }).observe(document.documentElement, { childList: true });
</script>`;
/** `ready`: what the page's own script does last, waited for before reader view opens. */
const hostileCss: { name: string; head: string; ready?: string }[] = [
  { name: 'all-unset', head: '<style>* { all: unset !important }</style>' },
  { name: 'hidden-blocks', head: '<style>div, p { display: none !important; font-size: 1px !important }</style>' },
  { name: 'own-fixed-overlay', head: ownOverlay, ready: `document.querySelector('.paywall')` },
  { name: 'dialogs-hidden', head: '<style>[role=dialog] { display: none !important }</style>' },
  { name: 'root-font-and-host-hidden', head: '<style>:root { font-size: 4px } clearpage-reader { display: none !important }</style>' },
  { name: 'html-filter', head: '<style>html { filter: invert(1) }</style>' },
  { name: 'html-transform-opacity', head: '<style>html { transform: translateX(300px) scale(.5); opacity: .3 }</style>' },
  { name: 'html-zoom', head: '<style>html { zoom: 1.5 }</style>' },
  { name: 'text-fill-color', head: '<style>:root, body, * { -webkit-text-fill-color: transparent !important; color: transparent !important }</style>' },
  { name: 'letter-spacing', head: '<style>:root, body { letter-spacing: 12px !important; word-spacing: 30px !important; text-indent: 90px; line-height: 4 !important }</style>' },
];
const strictCsp = "default-src 'none'; style-src 'none'";
const path = (name: string) => `/fixtures/seed-news-page/hostile-css-${name}.html`;


/** What must be the same when two screenshots are compared: the theme and where the page and the reader are scrolled. */
const shotState = (page: Page) => page.evaluate(() => {
  const reader = Document.prototype.querySelector.call(document, 'clearpage-reader')?.shadowRoot?.querySelector<HTMLElement>('.reader');
  return { theme: reader?.dataset.theme ?? null, readerScroll: reader?.scrollTop ?? null, pageScroll: [window.scrollX, window.scrollY] };
});
type ShotState = Awaited<ReturnType<typeof shotState>>;

describe('Chromium: the overlay keeps its look on hostile CSS and a strict CSP', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;
  let plain: { shot: Buffer; state: ShotState };

  /** Loads `url`, lets it settle, opens reader view, lets it settle, and takes a screenshot with the pointer aside. */
  async function openOverlay(url: string, { hideImages = false, ready = '' } = {}): Promise<{ shot: Buffer; state: ShotState }> {
    await page.goto(`${server.origin}${url}`, { waitUntil: 'load' });
    expect(await page.evaluate(pageSettled, 3000), 'the page settled').toEqual([]);
    if (ready) await page.waitForFunction(ready, undefined, { timeout: 3000 });
    expect((await browser.reader(page, 'open')).status).toBe('open');
    expect(await page.evaluate(overlaySettled, 3000), 'the overlay settled').toEqual([]);
    if (hideImages) {
      // Taken out of the layout, not only hidden: the strict CSP blocks the lead photo, which reader view then draws as
      // a picture that did not load (not at all, beside its caption), when the error arrives.
      await page.evaluate(() => Document.prototype.querySelector.call(document, 'clearpage-reader')!.shadowRoot!
        .querySelectorAll('img').forEach((img) => { img.style.display = 'none'; }));
    }
    await page.mouse.move(640, 790);
    await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
    return { shot: await page.screenshot(), state: await shotState(page) };
  }

  /** Escape, a real key press, closes reader view on every one of these pages too. */
  async function closeOverlay(): Promise<void> {
    await page.keyboard.press('Escape');
    await page.locator('clearpage-reader').waitFor({ state: 'detached', timeout: 5000 });
  }

  beforeAll(async () => {
    server = await testServer();
    for (const { name, head } of hostileCss) server.routes.set(path(name), { body: seedHtml.replace('</head>', `${head}\n</head>`) });
    server.routes.set(path('strict-csp'), { body: seedHtml, headers: { 'content-security-policy': strictCsp } });
    browser = await chromiumOf('test');
    await browser.reset();
    page = await browser.newPage();
    await page.bringToFront();
    plain = await openOverlay('/fixtures/seed-news-page/source.html');
    writeFileSync(artifactPath('chromium', 'hostile-css-plain.png'), plain.shot);
    await closeOverlay();
  });
  // Storage is cleared before each test, as it was before the reference screenshot: the theme is 'auto' (light) in both.
  beforeEach(() => browser.reset());
  afterAll(() => page?.close());

  for (const { name, ready } of hostileCss) {
    it(`looks the same and sits on top with ${name}`, async () => {
      const { shot, state } = await openOverlay(path(name), { ready });
      writeFileSync(artifactPath('chromium', `hostile-css-${name}.png`), shot);
      const ratio = diffRatio(plain.shot, shot, artifactPath('chromium', `hostile-css-${name}-diff.png`));
      console.log(`hostile CSS ${name}: ${(ratio * 100).toFixed(3)}% of pixels differ`);
      const onTop = await page.evaluate(() => [[640, 400], [5, 5], [1270, 790], [640, 60]]
        .map(([x, y]) => document.elementFromPoint(x!, y!)?.localName ?? 'nothing'));
      await closeOverlay();
      expect(state, 'the same theme and scroll as the reference').toEqual(plain.state);
      expect(onTop).toEqual(Array(4).fill('clearpage-reader'));
      expect(ratio).toBeLessThanOrEqual(tolerance);
    });
  }

  it(`is fully styled under "${strictCsp}"`, async () => {
    const reference = await openOverlay('/fixtures/seed-news-page/source.html', { hideImages: true });
    const expected = await page.evaluate(overlayStyles);
    await closeOverlay();
    const { shot, state } = await openOverlay(path('strict-csp'), { hideImages: true });
    expect(await page.evaluate(overlayStyles)).toEqual(expected);
    writeFileSync(artifactPath('chromium', 'strict-csp.png'), shot);
    const ratio = diffRatio(reference.shot, shot, artifactPath('chromium', 'strict-csp-diff.png'));
    console.log(`strict CSP: ${(ratio * 100).toFixed(3)}% of pixels differ (images hidden in both)`);
    await closeOverlay();
    expect(state, 'the same theme and scroll as the reference').toEqual(reference.state);
    expect(ratio).toBeLessThanOrEqual(tolerance);
  });
});
