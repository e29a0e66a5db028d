import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { chromiumOf, type Chromium } from './harness/chromium';
import { clickToolbarButton } from './harness/chromium-popup';
import { testServer, type TestServer } from './harness/server';
import { TargetWatch } from './harness/cdp-watch';

// Every request made while a person reads a page with the real build: toolbar click → popup → overlay → close.
// Recorded from four sides: Playwright's context (page and service-worker requests), CDP Network on the page target
// (all its worlds, content script included), on the service worker and on the popup (plus the popup's own resource
// timing, which covers what it loaded before we could attach), and the test server's log.
const allImagesLoaded = () => Array.from(document.querySelector('clearpage-reader')!.shadowRoot!.querySelectorAll('img'))
  .every((img) => img.complete);

describe('Chromium: reader view makes no requests of its own', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;
  const seen: string[] = [];
  const record = (request: Request) => seen.push(request.url());

  beforeAll(async () => {
    server = await testServer();
    browser = await chromiumOf('product');
    browser.context.on('request', record);
    page = await browser.newPage();
  });
  beforeEach(() => browser.reset());
  afterAll(async () => {
    browser.context.off('request', record);
    await page?.close();
  });

  it('loads only the page’s own resources and the extension’s own files', async () => {
    const url = `${server.origin}/fixtures/seed-news-page/source.html?privacy`;
    await page.goto(url, { waitUntil: 'load' });
    const { targetInfos } = await browser.cdp.send('Target.getTargets');
    const tab = (targetInfos as { targetId: string; type: string; url: string }[]).find((t) => t.type === 'page' && t.url === url)!;
    const pageWatch = await TargetWatch.attach(browser.cdp, tab, 'page');
    const workerWatch = await TargetWatch.find(browser.cdp, (t) => t.type === 'service_worker' && t.url.endsWith('/background.js'), 'worker');
    // The recorders work: a request the page makes itself is seen by the page's recorder and by the context's.
    server.routes.set('/privacy/probe', { body: 'ok', type: 'text/plain' });
    await page.evaluate(() => fetch('/privacy/probe').then((r) => r.text()));
    await pageWatch.flush();
    expect(pageWatch.requests).toContain(`${server.origin}/privacy/probe`);
    expect(seen).toContain(`${server.origin}/privacy/probe`);
    const pageOwn = new Set(seen.filter((u) => !u.startsWith('chrome-extension://')));
    const serverBefore = server.requests.length;
    const seenBefore = seen.length;
    const pageBefore = pageWatch.requests.length;

    const popup = await clickToolbarButton(browser, page);
    const popupWatch = await TargetWatch.find(browser.cdp, (t) => t.url.includes('/popup.html'), 'popup');
    await popup.click('#toggle');
    await page.locator('clearpage-reader [role=dialog][aria-label="Reader view"]').waitFor();
    await page.waitForFunction(allImagesLoaded);
    // Scrolled to the end, so that every lazy image of the article has asked for its file (and loaded).
    await page.evaluate(() => document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('.reader')!.scrollTo(0, 1e6));
    await page.waitForFunction(allImagesLoaded);
    await popup.click('#toggle');
    await page.locator('clearpage-reader').waitFor({ state: 'detached' });
    const popupLoads = await popup.evaluate<string[]>(`performance.getEntries()
      .filter((e) => e.entryType === 'resource' || e.entryType === 'navigation').map((e) => e.name)`);
    // Every request the targets reported so far has arrived (one round trip on each session, after two frames).
    await Promise.all([pageWatch, workerWatch, popupWatch].map((w) => w.flush()));
    await popup.close();

    const extension = `chrome-extension://${browser.extensionId}/`;
    const fromExtension = [...workerWatch.requests, ...popupWatch.requests, ...popupLoads];
    const fromAnywhere = [
      ...seen.slice(seenBefore), ...pageWatch.requests.slice(pageBefore), ...fromExtension,
      ...server.requests.slice(serverBefore).map((path) => `${server.origin}${path}`),
    ];
    await Promise.all([pageWatch, workerWatch, popupWatch].map((w) => w.detach()));

    expect(popupLoads.length).toBeGreaterThan(0); // the popup's own files were seen, so the recorder works
    expect(fromExtension.filter((u) => !u.startsWith(extension))).toEqual([]);
    expect(fromAnywhere.filter((u) => !u.startsWith(extension) && !pageOwn.has(u))).toEqual([]);
  });
});
