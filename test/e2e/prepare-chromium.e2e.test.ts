import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumOf, type Chromium } from './harness/chromium';
import { clickToolbarButton, type Popup } from './harness/chromium-popup';
import { testServer, type TestServer } from './harness/server';
import { overlayState } from './harness/overlay';
import { within } from './harness/within';

type Timings = { early: number; wait: number };
const timings = async (popup: Popup) => JSON.parse(await popup.evaluate<string>('document.body.dataset.timings')) as Timings;

/** What a page script can see of the reader: a host element, or DOM event listeners on the page's own nodes. */
async function seenByPage(page: Page): Promise<{ hosts: number; listeners: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    let listeners = 0;
    for (const expression of ['window', 'document', 'document.documentElement', 'document.body']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      listeners += (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId!, depth: 0 })).listeners.length;
    }
    return { hosts: (await page.evaluate(overlayState)).hosts, listeners };
  } finally {
    await cdp.detach();
  }
}

// The real build and popup: the article is prepared while the popup is open, and only shown on the toggle.
describe('Chromium: the popup prepares the article; the toggle shows it', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;
  let visit = 0;

  beforeAll(async () => {
    server = await testServer();
    browser = await chromiumOf('product');
    page = await browser.newPage();
  });
  beforeEach(async () => {
    await browser.reset();
    await page.goto(`${server.origin}/pages/long-article.html?prepare=${++visit}`);
  });
  afterAll(() => page?.close());

  it('the toggle shows the article prepared while the popup was open', async () => {
    const popup = await clickToolbarButton(browser, page);
    await popup.waitFor(`document.body.dataset.prepared === 'article'`);
    // Prepared, and nothing of it shown yet.
    expect(await page.evaluate(overlayState)).toMatchObject({ hosts: 0 });
    await popup.click('#toggle');
    await page.locator('clearpage-reader [role=dialog]').waitFor();
    await popup.waitFor('document.body.dataset.timings');
    expect((await timings(popup)).early).toBe(1);
    expect((await page.evaluate(overlayState)).text).toContain('Twice a day the sea rises and falls');
    await popup.close();
  });

  it('the toggle goes on the port the popup holds to the prepared reader: no script is injected for it', async () => {
    const popup = await clickToolbarButton(browser, page);
    await popup.waitFor(`document.body.dataset.prepared === 'article'`);
    const cdp = await page.context().newCDPSession(page);
    // Every script compiled in the page's worlds from now on, until the reading tools' chunk.
    const parsed: string[] = [];
    let toolsLoaded: () => void;
    const tools = new Promise<void>((done) => (toolsLoaded = done));
    cdp.on('Debugger.scriptParsed', (event) => (event.url.endsWith('/reader-tools.js') ? toolsLoaded() : parsed.push(event.url || '(injected function)')));
    try {
      await cdp.send('Debugger.enable');
      parsed.length = 0;
      await popup.click('#toggle');
      // Nothing is evaluated in the page meanwhile (Playwright's own isolated world would count): the reading tools'
      // chunk is loaded once the article is painted, and an injected toggle would have been compiled before it.
      await within(tools, 5000, 'reader-tools.js loaded after the toggle');
      expect(parsed).toEqual([]);
      await page.locator('clearpage-reader [role=dialog]').waitFor();
      await popup.waitFor('document.body.dataset.timings');
      expect((await timings(popup)).early).toBe(1);
    } finally {
      await cdp.detach();
    }
    await popup.close();
  });

  it('a page that changed its text between the popup and the toggle shows the changed article', async () => {
    const popup = await clickToolbarButton(browser, page);
    await popup.waitFor(`document.body.dataset.prepared === 'article'`);
    await page.evaluate(() => document.querySelector('article h2')!.insertAdjacentHTML('afterend',
      '<p>A late correction: the barrage at La Rance opened in November 1966, not in the spring of that year.</p>'));
    await popup.click('#toggle');
    await page.locator('clearpage-reader [role=dialog]').waitFor();
    expect((await page.evaluate(overlayState)).text).toContain('A late correction: the barrage at La Rance opened in November 1966');
    await popup.waitFor('document.body.dataset.timings');
    expect((await timings(popup)).early).toBe(0);
    await popup.close();
  });

  it('closing the popup without a toggle leaves nothing a page script could see, and the next toggle still works', async () => {
    const before = await seenByPage(page);
    const popup = await clickToolbarButton(browser, page);
    await popup.waitFor(`document.body.dataset.prepared === 'article'`);
    await popup.close();
    expect(await seenByPage(page)).toEqual(before);
    expect(await page.evaluate(() => typeof (globalThis as { __clearpage?: unknown }).__clearpage)).toBe('undefined');
    // Prepared again, since what the closed popup asked for was dropped; then shown.
    const again = await clickToolbarButton(browser, page);
    await again.click('#toggle');
    await page.locator('clearpage-reader [role=dialog]').waitFor();
    await again.close();
  });
});
