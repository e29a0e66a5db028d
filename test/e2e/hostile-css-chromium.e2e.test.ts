import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { clickToolbarButton, launchChromium, type Chromium } from './helpers/chromium';
import { startServer, type TestServer } from './helpers/server';
import { artifactPath } from './helpers/artifacts';
import { diffRatio } from './helpers/pixels';
import { readerDialog } from './helpers/hostile';

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
const hostileCss: { name: string; head: string }[] = [
  { name: 'all-unset', head: '<style>* { all: unset !important }</style>' },
  { name: 'hidden-blocks', head: '<style>div, p { display: none !important; font-size: 1px !important }</style>' },
  { name: 'own-fixed-overlay', head: ownOverlay },
  { name: 'dialogs-hidden', head: '<style>[role=dialog] { display: none !important }</style>' },
  { name: 'root-font-and-host-hidden', head: '<style>:root { font-size: 4px } clearpage-reader { display: none !important }</style>' },
  { name: 'html-filter', head: '<style>html { filter: invert(1) }</style>' },
  { name: 'html-transform-opacity', head: '<style>html { transform: translateX(300px) scale(.5); opacity: .3 }</style>' },
  { name: 'html-zoom', head: '<style>html { zoom: 1.5 }</style>' },
  { name: 'text-fill-color', head: '<style>:root, body, * { -webkit-text-fill-color: transparent !important; color: transparent !important }</style>' },
  { name: 'letter-spacing', head: '<style>:root, body { letter-spacing: 12px !important; word-spacing: 30px !important; text-indent: 90px; line-height: 4 !important }</style>' },
];
const strictCsp = "default-src 'none'; style-src 'none'";

/** Computed styles that make the overlay look like itself. */
const overlayStyles = (page: Page) => page.evaluate(() => {
  const root = Document.prototype.querySelector.call(document, 'clearpage-reader')!.shadowRoot!;
  const pick = (selector: string) => {
    const s = getComputedStyle(root.querySelector(selector)!);
    return [s.position, s.display, s.backgroundColor, s.color, s.fontFamily, s.fontSize, s.lineHeight, s.letterSpacing,
      s.maxWidth, s.padding, s.borderRadius, s.zIndex, s.visibility, s.opacity].join(' | ');
  };
  return Object.fromEntries(['.reader', '.page', '.bar', '.close', 'h1.title', '.meta', 'article p', 'article figcaption']
    .map((selector) => [selector, pick(selector)]));
});

describe('Chromium: the overlay keeps its look on hostile CSS and a strict CSP', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;
  let plain: Buffer;

  async function openOverlay(path: string, hideImages = false): Promise<Buffer> {
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    await page.waitForTimeout(150);
    const popup = await clickToolbarButton(browser, page);
    await popup.click('#toggle');
    await page.locator(readerDialog).waitFor({ timeout: 5000 });
    await popup.close();
    await page.waitForFunction(() => Array.from(Document.prototype.querySelector.call(document, 'clearpage-reader')!.shadowRoot!
      .querySelectorAll('img')).every((img) => img.complete));
    if (hideImages) {
      await page.evaluate(() => Document.prototype.querySelector.call(document, 'clearpage-reader')!.shadowRoot!
        .querySelectorAll('img').forEach((img) => { img.style.visibility = 'hidden'; }));
    }
    await page.mouse.move(640, 790);
    await page.waitForTimeout(250);
    return page.screenshot();
  }

  async function closeOverlay(): Promise<void> {
    await page.keyboard.press('Escape');
    await page.locator('clearpage-reader').waitFor({ state: 'detached', timeout: 5000 });
  }

  beforeAll(async () => {
    server = await startServer();
    for (const { name, head } of hostileCss) {
      server.routes.set(`/fixtures/seed-news-page/css-${name}.html`, { body: seedHtml.replace('</head>', `${head}\n</head>`) });
    }
    server.routes.set('/fixtures/seed-news-page/strict-csp.html', { body: seedHtml, headers: { 'content-security-policy': strictCsp } });
    browser = await launchChromium();
    page = await browser.context.newPage();
    plain = await openOverlay('/fixtures/seed-news-page/source.html');
    writeFileSync(artifactPath('chromium', 'hostile-css-plain.png'), plain);
    await closeOverlay();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const { name } of hostileCss) {
    it(`looks the same and sits on top with ${name}`, async () => {
      const shot = await openOverlay(`/fixtures/seed-news-page/css-${name}.html`);
      const ratio = diffRatio(plain, shot, artifactPath('chromium', `hostile-css-${name}-diff.png`));
      console.log(`hostile CSS ${name}: ${(ratio * 100).toFixed(3)}% of pixels differ`);
      const onTop = await page.evaluate(() => [[640, 400], [5, 5], [1270, 790], [640, 60]]
        .map(([x, y]) => document.elementFromPoint(x!, y!)?.localName ?? 'nothing'));
      await closeOverlay();
      writeFileSync(artifactPath('chromium', `hostile-css-${name}.png`), shot);
      expect(onTop).toEqual(Array(4).fill('clearpage-reader'));
      expect(ratio).toBeLessThanOrEqual(tolerance);
    });
  }

  it(`is fully styled under "${strictCsp}"`, async () => {
    await openOverlay('/fixtures/seed-news-page/source.html', true);
    const expected = await overlayStyles(page);
    const plainNoImages = await page.screenshot();
    await closeOverlay();
    const shot = await openOverlay('/fixtures/seed-news-page/strict-csp.html', true);
    expect(await overlayStyles(page)).toEqual(expected);
    const ratio = diffRatio(plainNoImages, shot, artifactPath('chromium', 'strict-csp-diff.png'));
    console.log(`strict CSP: ${(ratio * 100).toFixed(3)}% of pixels differ (images hidden in both)`);
    await closeOverlay();
    expect(ratio).toBeLessThanOrEqual(tolerance);
  });
});
