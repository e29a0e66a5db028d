// One Chromium with the site-memory TEST BUILD (host_permissions for 127.0.0.1, see chromeTestBuild), the test
// server (with a home page at "/"), another site on 127.0.0.2, and the steps the site-memory tests share.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, openReader, type Chromium } from './chromium';
import { startServer, type TestServer } from './server';
import { articlePath, chromeTestBuild, homePage, startOtherSite } from './site-memory';

export const reader = 'clearpage-reader';
export const overlayOpen = (page: Page) =>
  page.evaluate(() => !!document.querySelector('clearpage-reader')?.shadowRoot?.querySelector('[role=dialog]'));

export interface SiteMemoryChromium {
  browser: Chromium;
  server: TestServer;
  other: { origin: string };
  page: Page;
  /** Runs `fn` in the extension's service worker. */
  sw<T>(fn: () => Promise<T>): Promise<T>;
  siteRules(): Promise<{ a: string; r: string; p: string }[]>;
  openArticle(name?: 'article-a' | 'article-b'): Promise<void>;
  /** Escape closes an open list (or leaves remove mode) first, then the reader. */
  closeReader(): Promise<void>;
  close(): Promise<void>;
}

export async function siteMemoryChromium(): Promise<SiteMemoryChromium> {
  const server = await startServer();
  server.routes.set('/', { body: homePage });
  const other = await startOtherSite();
  const build = chromeTestBuild();
  const browser = await launchChromium({ extension: build.dir });
  const page = await browser.context.newPage();
  const sw = async <T>(fn: () => Promise<T>) => (await browser.worker()).evaluate(fn);
  return {
    browser, server, other, page, sw,
    siteRules: () => sw(async () => ((await chrome.storage.sync.get('site:127.0.0.1'))['site:127.0.0.1'] ?? []) as { a: string; r: string; p: string }[]),
    async openArticle(name = 'article-a') {
      await page.goto(`${server.origin}${articlePath(name)}`);
      await openReader(browser, page);
    },
    async closeReader() {
      for (let i = 0; i < 3 && (await overlayOpen(page)); i++) {
        await page.keyboard.press('Escape');
        await page.waitForTimeout(100);
      }
      expect(await overlayOpen(page)).toBe(false);
    },
    async close() {
      await browser.close();
      build.remove();
      await other.close();
      await server.close();
    },
  };
}
