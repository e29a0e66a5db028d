import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeDist, launchChromium, clickToolbarButton, type Chromium } from './helpers/chromium';
import { startServer, type TestServer } from './helpers/server';

describe('Chromium: stored settings survive corruption and updates', () => {
  let browser: Chromium;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('corrupt and foreign values read as defaults in the popup, valid ones are kept and nothing is erased', async () => {
    const worker = await browser.worker();
    await worker.evaluate(() => chrome.storage.sync.set({ theme: 'plaid', font: 'mono', fontSize: 'huge', lineHeight: 2, otherExtension: { a: 1 } }));
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/pages/long-article.html`);
    const popup = await clickToolbarButton(browser, page);
    const shown = await popup.evaluate(`({ theme: document.querySelector('input[name=theme]:checked').value,
      font: document.querySelector('input[name=font]:checked').value, size: document.querySelector('input[name=fontSize]').value,
      line: document.querySelector('input[name=lineHeight]').value })`);
    expect(shown).toEqual({ theme: 'auto', font: 'mono', size: '20', line: '2' });
    await popup.close();
    const stored = await worker.evaluate(() => chrome.storage.sync.get(null));
    expect(stored).toMatchObject({ font: 'mono', lineHeight: 2, otherExtension: { a: 1 } });
    await page.close();
  });

  it('an extension update migrates the old layout of settings', async () => {
    let worker = await browser.worker();
    await worker.evaluate(() => chrome.storage.sync.clear().then(() => chrome.storage.sync.set({ size: 26, width: 900, theme: 'night' })));
    // Loading the same unpacked extension again is an update: onInstalled fires with reason "update".
    await browser.cdp.send('Extensions.loadUnpacked' as never, { path: chromeDist } as never);
    let stored: Record<string, unknown> = {};
    // The migration writes the new keys, then removes the old ones: wait for both steps.
    for (let i = 0; i < 50 && (stored.settingsVersion === undefined || 'size' in stored); i += 1) {
      await new Promise((done) => setTimeout(done, 100));
      worker = await browser.worker();
      stored = await worker.evaluate(() => chrome.storage.sync.get(null)).catch(() => ({}));
    }
    expect(stored).toEqual({ fontSize: 26, contentWidth: 900, theme: 'dark', settingsVersion: 1 });
  });
});
