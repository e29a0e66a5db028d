import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickToolbarButton, launchChromium, type Chromium } from './helpers/chromium';
import { startServer, type TestServer } from './helpers/server';
import { TargetWatch } from './helpers/cdp-watch';
import { readerDialog } from './helpers/hostile';

// Every request made while a user reads a page: toolbar click → popup → overlay → close. Recorded from four sides:
// Playwright's context (page and, with the flag below, service-worker requests), CDP Network on the page target
// (all its worlds, content script included), on the service worker and on the popup (plus the popup's own
// resource timing, which covers what it loaded before we could attach), and the test server's log.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

describe('Chromium: reader view makes no requests of its own', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;
  const seen: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    browser.context.on('request', (request) => seen.push(request.url()));
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads only the page’s own resources and the extension’s own files', async () => {
    const url = `${server.origin}/fixtures/seed-news-page/source.html`;
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const pageOwn = new Set(seen.filter((u) => !u.startsWith('chrome-extension://')));
    const serverBefore = server.requests.length;
    const seenBefore = seen.length;

    const { targetInfos } = await browser.cdp.send('Target.getTargets');
    const tab = (targetInfos as { targetId: string; type: string; url: string }[]).find((t) => t.type === 'page' && t.url === url)!;
    const pageWatch = await TargetWatch.attach(browser.cdp, tab, 'page');
    const workerWatch = await TargetWatch.find(browser.cdp, (t) => t.type === 'service_worker' && t.url.endsWith('/background.js'), 'worker');

    const popup = await clickToolbarButton(browser, page);
    const popupWatch = await TargetWatch.find(browser.cdp, (t) => t.url.includes('/popup.html'), 'popup');
    await popup.click('#toggle');
    await page.locator(readerDialog).waitFor({ timeout: 5000 });
    await page.waitForFunction(() => Array.from(document.querySelector('clearpage-reader')!.shadowRoot!.querySelectorAll('img'))
      .every((img) => img.complete));
    await page.evaluate(() => document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('.reader')!.scrollTo(0, 1e6));
    await page.waitForTimeout(800);
    await popup.click('#toggle');
    await page.locator('clearpage-reader').waitFor({ state: 'detached', timeout: 5000 });
    await page.waitForTimeout(300);
    const popupLoads = await popup.evaluate<string[]>(`performance.getEntries()
      .filter((e) => e.entryType === 'resource' || e.entryType === 'navigation').map((e) => e.name)`);
    await popup.close();

    const extension = `chrome-extension://${browser.extensionId}/`;
    const fromExtension = [...workerWatch.requests, ...popupWatch.requests, ...popupLoads];
    const fromAnywhere = [
      ...seen.slice(seenBefore), ...pageWatch.requests, ...fromExtension,
      ...server.requests.slice(serverBefore).map((path) => `${server.origin}${path}`),
    ];
    await Promise.all([pageWatch, workerWatch, popupWatch].map((w) => w.detach()));
    console.log(`page's own resources: ${pageOwn.size}; requests during the reader run: ${fromAnywhere.length}`,
      [...new Set(fromAnywhere)]);

    expect(popupLoads.length).toBeGreaterThan(0); // the popup's own files were seen, so the recorder works
    expect(fromExtension.filter((u) => !u.startsWith(extension))).toEqual([]);
    expect(fromAnywhere.filter((u) => !u.startsWith(extension) && !pageOwn.has(u))).toEqual([]);
  });
});
