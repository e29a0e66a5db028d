import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumOf, type Chromium } from './harness/chromium';
import { testServer, type TestServer } from './harness/server';
import { toXdotoolKeys, xdotool } from './harness/xvfb';
import { overlayState } from './harness/overlay';

// Chromium's extension shortcuts fire only for real key events in a headed browser: the real build in a window under
// Xvfb, keys pressed with xdotool.
describe('Chromium (headed, under Xvfb): the keyboard shortcut toggles reader view', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;

  beforeAll(async () => {
    server = await testServer();
    browser = await chromiumOf('headed');
    page = await browser.newPage();
  });
  afterAll(() => page?.close());

  /** Gives the browser window the X focus and waits until the page has it: keys sent earlier can go nowhere. */
  async function focusWindow(): Promise<void> {
    await page.bringToFront();
    const [window] = (await xdotool(browser.display!, 'search', '--sync', '--onlyvisible', '--class', 'chromium')).split('\n');
    await xdotool(browser.display!, 'windowfocus', '--sync', window!);
    await page.waitForFunction(() => document.hasFocus(), undefined, { timeout: 5000 });
  }

  it('reads the assigned shortcut, presses it with real key events, and the overlay opens and closes', async () => {
    const worker = await browser.worker();
    const shortcut = (await worker.evaluate(() => chrome.commands.getAll())).find((c) => c.name === 'toggle-reader')?.shortcut ?? '';
    expect(shortcut).toBe('Alt+Shift+Y');
    await page.goto(`${server.origin}/fixtures/seed-news-page/source.html`);
    // The test's own listener counts the commands Chromium really delivered: each press is one toggle.
    await worker.evaluate(() => {
      (globalThis as { commands?: number }).commands = 0;
      chrome.commands.onCommand.addListener(() => { (globalThis as unknown as { commands: number }).commands += 1; });
    });
    const delivered = () => worker.evaluate(() => (globalThis as { commands?: number }).commands);
    await focusWindow();
    await xdotool(browser.display!, 'key', '--clearmodifiers', toXdotoolKeys(shortcut));
    await page.locator('clearpage-reader [role=dialog]').waitFor();
    expect(await delivered()).toBe(1);
    expect((await page.evaluate(overlayState)).text).toContain('NATO and China');
    await xdotool(browser.display!, 'key', '--clearmodifiers', toXdotoolKeys(shortcut));
    await page.locator('clearpage-reader').waitFor({ state: 'detached' });
    expect(await delivered()).toBe(2);
  });
});
