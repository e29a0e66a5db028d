import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickToolbarButton, launchChromium, type Chromium } from './helpers/chromium';
import { startServer, type TestServer } from './helpers/server';
import { startXvfb, toXdotoolKeys, xdotool } from './helpers/xvfb';
import { settledCount } from './helpers/kept-pages';

describe('Chromium (headed, under Xvfb): the keyboard shortcut toggles reader view', () => {
  let browser: Chromium;
  let server: TestServer;
  let xvfb: Awaited<ReturnType<typeof startXvfb>>;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    xvfb = await startXvfb();
    process.env.DISPLAY = xvfb.display;
    browser = await launchChromium({ headless: false });
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  });
  /** Gives the browser window the X focus and waits until the page has it: keys sent earlier can go nowhere. */
  async function focusWindow(): Promise<void> {
    const [window] = (await xdotool(xvfb.display, 'search', '--sync', '--onlyvisible', '--class', 'chromium')).split('\n');
    await xdotool(xvfb.display, 'windowfocus', '--sync', window!);
    await page.waitForFunction(() => document.hasFocus(), undefined, { timeout: 5000 });
  }
  afterAll(async () => {
    await browser?.close();
    xvfb?.stop();
    await server?.close();
  });

  it('reads the assigned shortcut, presses it with real key events, and the overlay opens and closes', async () => {
    const worker = await browser.worker();
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    const shortcut = commands.find((c) => c.name === 'toggle-reader')?.shortcut ?? '';
    expect(shortcut).not.toBe('');
    await page.goto(`${server.origin}/fixtures/seed-news-page/source.html`);
    // The test's own second listener counts the commands the browser really delivered to the extension. Right
    // after startup Chromium now and then delivered the first one before its activeTab grant (the background now
    // retries once); this press must open the reader by itself.
    await worker.evaluate(() => { (globalThis as any).__commands = 0; chrome.commands.onCommand.addListener(() => { (globalThis as any).__commands += 1; }); });
    await focusWindow();
    await xdotool(xvfb.display, 'key', '--clearmodifiers', toXdotoolKeys(shortcut));
    await page.locator('clearpage-reader [role=dialog]').waitFor({ timeout: 10_000 });
    expect(await worker.evaluate(() => (globalThis as any).__commands)).toBe(1);
    expect(await page.evaluate(() => document.querySelector('clearpage-reader')!.shadowRoot!.textContent)).toContain('NATO and China');
    await xdotool(xvfb.display, 'key', '--clearmodifiers', toXdotoolKeys(shortcut));
    await page.locator('clearpage-reader').waitFor({ state: 'detached', timeout: 10_000 });
  });

  it('ten rapid presses of the shortcut leave one or zero overlays, and the popup tells the truth', async () => {
    const worker = await browser.worker();
    const shortcut = (await worker.evaluate(() => chrome.commands.getAll())).find((c) => c.name === 'toggle-reader')?.shortcut ?? '';
    await page.goto(`${server.origin}/pages/long-article.html`);
    await focusWindow();
    await xdotool(xvfb.display, 'key', '--clearmodifiers', '--delay', '15', ...Array(10).fill(toXdotoolKeys(shortcut)));
    const count = await settledCount(() => page.evaluate(() => document.querySelectorAll('clearpage-reader').length));
    expect(count).toBeLessThanOrEqual(1);
    const popup = await clickToolbarButton(browser, page);
    expect(await popup.evaluate(`document.getElementById('toggle').getAttribute('aria-pressed')`)).toBe(String(count === 1));
    await popup.close();
    if (count === 1) {
      await page.keyboard.press('Escape');
      await page.locator('clearpage-reader').waitFor({ state: 'detached' });
    }
  });
});
