import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumOf, type Chromium } from './harness/chromium';
import { testServer, type TestServer } from './harness/server';
import { overlayState } from './harness/overlay';

// What a person does is honoured and nothing a page does can make reader view lie, in Chromium's test build
// (reader commands sent through the background, as the popup and the shortcut send them).
describe('Chromium: commands are honoured, keys stay in reader view, the page cannot make the toggle lie', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;
  let visit = 0;
  /** A fresh address each time, so no earlier content script is in the tab. */
  const fresh = async (path: string) => {
    await page.goto(`${server.origin}${path}?visit=${++visit}`);
  };

  beforeAll(async () => {
    server = await testServer();
    browser = await chromiumOf('test');
    page = await browser.newPage();
  });
  beforeEach(() => browser.reset());
  afterAll(() => page?.close());

  it('two toggles sent at once to a tab that has no reader yet cancel out, and so does every even number', async () => {
    await fresh('/pages/long-article.html');
    const pair = await Promise.all([browser.reader(page, 'toggle'), browser.reader(page, 'toggle')]);
    expect(pair.map((state) => state.status).sort()).toEqual(['closed', 'open']);
    expect(await page.evaluate(overlayState)).toMatchObject({ hosts: 0, open: false });
    expect((await browser.reader(page, 'state')).status).toBe('closed');

    const ten = await Promise.all(Array.from({ length: 10 }, () => browser.reader(page, 'toggle')));
    expect(ten.filter((state) => state.status === 'open')).toHaveLength(5);
    expect(await page.evaluate(overlayState)).toMatchObject({ hosts: 0, open: false });
    const eleven = await Promise.all(Array.from({ length: 11 }, () => browser.reader(page, 'toggle')));
    expect(eleven.filter((state) => state.status === 'open')).toHaveLength(6);
    expect(await page.evaluate(overlayState)).toMatchObject({ hosts: 1, open: true });
    expect((await browser.reader(page, 'close')).status).toBe('closed');
  });

  it('open and close are idempotent', async () => {
    await fresh('/pages/long-article.html');
    for (const command of ['open', 'open', 'close', 'close', 'open'] as const) await browser.reader(page, command);
    expect(await page.evaluate(overlayState)).toMatchObject({ hosts: 1, open: true });
    expect((await browser.reader(page, 'state')).status).toBe('open');
  });

  it('when a page script removes reader view\'s host, the reader knows it is closed and the next toggle opens it', async () => {
    await fresh('/pages/long-article.html');
    await page.evaluate(() => window.scrollTo(0, 200));
    await browser.reader(page, 'open');
    // What a framework that re-renders the root does: remove every child of <html> it did not make.
    await page.evaluate(() => {
      for (const node of Array.from(document.documentElement.children)) if (node !== document.head && node !== document.body) node.remove();
    });
    expect(await page.evaluate(overlayState)).toMatchObject({ hosts: 0 });
    expect((await browser.reader(page, 'state')).status).toBe('closed');
    expect(await page.evaluate(() => window.scrollY)).toBe(200);
    expect((await browser.reader(page, 'toggle')).status).toBe('open');
    expect(await page.evaluate(overlayState)).toMatchObject({ hosts: 1, open: true });
  });

  it('keys typed in reader view never reach the page\'s own shortcuts, and the reader\'s and browser\'s keys still work', async () => {
    await fresh('/pages/long-article.html');
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      for (const target of [window, document]) {
        for (const type of ['keydown', 'keyup', 'keypress']) {
          target.addEventListener(type, (event) => seen.push(`${target === window ? 'window' : 'document'} ${type} ${(event as KeyboardEvent).key}`));
        }
      }
    });
    await browser.reader(page, 'open');
    for (const key of ['j', 'k', '/', 'ArrowDown']) await page.keyboard.press(key);
    // The reader's own key (+ makes the text larger) still works, and PageDown still scrolls reader view.
    await page.keyboard.press('+');
    await expect.poll(() => browser.worker().then((w) => w.evaluate(() => chrome.storage.sync.get('fontSize'))), { timeout: 3000 })
      .toEqual({ fontSize: 22 });
    const scrolled = () => page.evaluate(() => document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('.reader')!.scrollTop);
    const top = await scrolled();
    await page.keyboard.press('PageDown');
    await expect.poll(scrolled, { timeout: 3000, message: 'PageDown scrolls reader view' }).toBeGreaterThan(top);
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
    // Outside reader view the page's shortcuts are the page's again.
    await browser.reader(page, 'close');
    await page.keyboard.press('j');
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toContain('document keydown j');
  });

  it('a settings change that lands while the reader is opening is applied', async () => {
    await fresh('/pages/long-article.html');
    const worker = await browser.worker();
    // A rule for this site makes the reader load its site tools before it shows anything. The person changes the
    // theme at that moment: the test's own listener in the background changes it when the reader asks for them.
    await worker.evaluate(async () => {
      await chrome.storage.sync.set({ 'site:127.0.0.1': [{ a: 'hide', r: 'user', f: 'no block on this page starts like this', n: 38, p: 'none', c: 20000, u: 20000 }] });
      chrome.runtime.onMessage.addListener(function themeWhileOpening(message) {
        if ((message as { type?: string; chunk?: string }).chunk !== 'site-tools') return;
        chrome.runtime.onMessage.removeListener(themeWhileOpening);
        void chrome.storage.sync.set({ theme: 'dark' });
      });
    });
    expect((await browser.reader(page, 'open')).status).toBe('open');
    expect(await worker.evaluate(() => chrome.storage.sync.get('theme'))).toEqual({ theme: 'dark' });
    await expect.poll(() => page.evaluate(overlayState).then((state) => state.theme), { timeout: 3000, message: 'the theme chosen while opening' })
      .toBe('dark');
  });
});
