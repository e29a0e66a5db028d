import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumOf, type Chromium } from './harness/chromium';
import { testServer, type TestServer } from './harness/server';
import { inReader } from './harness/overlay';
import { articlePath } from './harness/site-memory';
import { syncStorage } from './harness/site-memory-chromium';

// Per-site rules live in storage.sync: within its quotas, its errors said plainly, every site's rules in the options.
describe('Chromium: per-site rules in storage.sync', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;
  const row = (reason: string) => page.locator(inReader('#cp-hidden li'), { hasText: reason });

  beforeAll(async () => {
    server = await testServer();
    browser = await chromiumOf('test');
    page = await browser.newPage();
  });
  beforeEach(async () => {
    await browser.reset();
    await page.bringToFront(); // the control page the reset opened is in front otherwise, and hidden tabs get no frames
  });
  afterAll(() => page?.close());

  it('a full sync storage is said plainly and loses nothing; the options page lists every site’s rules', async () => {
    // One rule for another site, then storage.sync filled to 60 bytes short of its QUOTA_BYTES (102400).
    await (await browser.worker()).evaluate(async () => {
      await chrome.storage.sync.set({ 'site:news.example': [{ a: 'hide', r: 'user', f: 'old rule', n: 8, p: 'An old rule', c: 1, u: 1 }] });
      for (let i = 0; ; i++) {
        const left = chrome.storage.sync.QUOTA_BYTES - (await chrome.storage.sync.getBytesInUse(null)) - 60;
        if (left <= 0) break;
        const key = `filler-${i}`;
        await chrome.storage.sync.set({ [key]: 'x'.repeat(Math.min(8000, left - key.length - 2)) });
      }
    });
    const before = await syncStorage(browser);
    await page.goto(`${server.origin}${articlePath('article-a', 'storage-full')}`);
    expect((await browser.reader(page, 'open')).status).toBe('open');
    await page.locator(inReader('#cp-hidden-button')).click();
    await row('newsletter sign-up').locator('button.keep').click();
    await page.locator(inReader('.toast'), { hasText: 'sync storage for Clearpage is full' }).waitFor();
    expect(await row('newsletter sign-up').locator('button.keep').getAttribute('aria-pressed')).toBe('false');
    expect(await syncStorage(browser)).toEqual(before);
    expect((await browser.reader(page, 'close')).status).toBe('closed');

    await (await browser.worker()).evaluate(async () =>
      chrome.storage.sync.remove(Object.keys(await chrome.storage.sync.get(null)).filter((key) => key.startsWith('filler-'))));
    const options = await browser.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('body[data-ready="1"]').waitFor();
    const block = options.locator('.site-block[data-site="news.example"]');
    expect(await block.innerText()).toContain('Always hide · removed by you');
    await block.locator('.rule-delete').click();
    await options.locator('#sites-status', { hasText: 'Rule deleted.' }).waitFor();
    expect(await syncStorage(browser)).toEqual({});
    await options.close();
  });
});
