import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumOf, type Chromium } from './harness/chromium';
import { clickToolbarButton } from './harness/chromium-popup';
import { testServer, type TestServer } from './harness/server';
import { discard } from './harness/shared';
import { syncStorage } from './harness/site-memory-chromium';

const testBuild = resolve(import.meta.dirname, '..', '..', 'dist', 'test', 'chrome');

describe('Chromium: stored settings survive corruption and updates', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;

  beforeAll(async () => {
    server = await testServer();
    browser = await chromiumOf('test');
    page = await browser.newPage();
  });
  beforeEach(async () => {
    await browser.reset();
    await page.bringToFront(); // the control page the reset opened is in front otherwise, and hidden tabs get no frames
  });
  // The update test reloads the extension: its tabs, worker and the harness's control page are all replaced. Later
  // files get a freshly launched test browser instead of this one.
  afterAll(() => discard('chromium-test'));

  it('corrupt and foreign values read as defaults in the popup, valid ones are kept and nothing is erased', async () => {
    await (await browser.worker()).evaluate(() =>
      chrome.storage.sync.set({ theme: 'plaid', font: 'mono', fontSize: 'huge', lineHeight: 2, otherExtension: { a: 1 } }));
    await page.goto(`${server.origin}/pages/long-article.html?settings`);
    // What the popup's own controls show is the subject: the real toolbar button and popup.
    const popup = await clickToolbarButton(browser, page);
    const shown = await popup.evaluate(`({ theme: document.querySelector('input[name=theme]:checked').value,
      font: document.querySelector('input[name=font]:checked').value, size: document.querySelector('input[name=fontSize]').value,
      line: document.querySelector('input[name=lineHeight]').value })`);
    expect(shown).toEqual({ theme: 'auto', font: 'mono', size: '20', line: '2' });
    await popup.close();
    // Reading the defaults wrote nothing: the corrupt values are still there, next to the valid and the foreign ones.
    expect(await syncStorage(browser)).toEqual({ theme: 'plaid', font: 'mono', fontSize: 'huge', lineHeight: 2, otherExtension: { a: 1 } });
  });

  it('an extension update migrates the old layout of settings', async () => {
    await (await browser.worker()).evaluate(() => chrome.storage.sync.set({ size: 26, width: 900, theme: 'night' }));
    // Loading the same unpacked extension again is an update: onInstalled fires with reason "update".
    await browser.cdp.send('Extensions.loadUnpacked' as never, { path: testBuild } as never);
    // The migration writes the new keys, then removes the old ones. The old worker goes away meanwhile: a read from it
    // fails and the next one asks the new worker (reads only, so asking again is safe).
    await expect.poll(() => syncStorage(browser).catch(() => null), { timeout: 10_000, message: 'the settings migrated' })
      .toEqual({ fontSize: 26, contentWidth: 900, theme: 'dark', settingsVersion: 1 });
  });
});
