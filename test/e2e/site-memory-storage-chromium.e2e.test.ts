import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reader, siteMemoryChromium, type SiteMemoryChromium } from './helpers/site-memory-chromium';

// Per-site rules live in storage.sync: within its quotas, its errors said plainly, every site's rules in the options.
describe('Chromium: per-site rules in storage.sync', { timeout: 90_000 }, () => {
  let session: SiteMemoryChromium;
  const row = (reason: string) => session.page.locator(`${reader} #cp-hidden li`, { hasText: reason });

  beforeAll(async () => {
    session = await siteMemoryChromium();
  });
  afterAll(() => session?.close());

  it('a full sync storage is said plainly and loses nothing; the options page lists every site’s rules', async () => {
    // One rule for another site, then storage.sync filled to 60 bytes short of its QUOTA_BYTES (102400).
    await session.sw(async () => {
      await chrome.storage.sync.set({ 'site:news.example': [{ a: 'hide', r: 'user', f: 'old rule', n: 8, p: 'An old rule', c: 1, u: 1 }] });
      for (let i = 0; ; i++) {
        const left = chrome.storage.sync.QUOTA_BYTES - (await chrome.storage.sync.getBytesInUse(null)) - 60;
        if (left <= 0) break;
        const key = `filler-${i}`;
        await chrome.storage.sync.set({ [key]: 'x'.repeat(Math.min(8000, left - key.length - 2)) });
      }
    });
    const before = await session.sw(() => chrome.storage.sync.get(null));
    await session.openArticle();
    await session.page.locator(`${reader} #cp-hidden-button`).click();
    await row('newsletter sign-up').locator('button.keep').click();
    await session.page.locator(`${reader} .toast`, { hasText: 'sync storage for Clearpage is full' }).waitFor();
    expect(await row('newsletter sign-up').locator('button.keep').getAttribute('aria-pressed')).toBe('false');
    expect(await session.sw(() => chrome.storage.sync.get(null))).toEqual(before);
    await session.closeReader();

    await session.sw(async () => chrome.storage.sync.remove(Object.keys(await chrome.storage.sync.get(null)).filter((key) => key.startsWith('filler-'))));
    const options = await session.browser.context.newPage();
    await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    await options.locator('body[data-ready="1"]').waitFor();
    const block = options.locator('.site-block[data-site="news.example"]');
    expect(await block.innerText()).toContain('Always hide · removed by you');
    await block.locator('.rule-delete').click();
    await options.locator('#sites-status', { hasText: 'Rule deleted.' }).waitFor();
    expect(await session.sw(() => chrome.storage.sync.get(null))).toEqual({});
    await options.close();
  });
});
