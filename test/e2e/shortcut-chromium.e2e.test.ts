import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickToolbarButton, launchChromium, type Chromium } from './helpers/chromium';
import { startServer, type TestServer } from './helpers/server';
import { startXvfb, toXdotoolKeys, xdotool } from './helpers/xvfb';

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
    const [window] = (await xdotool(xvfb.display, 'search', '--sync', '--onlyvisible', '--class', 'chromium')).split('\n');
    await xdotool(xvfb.display, 'windowfocus', '--sync', window!);
    await xdotool(xvfb.display, 'key', '--clearmodifiers', toXdotoolKeys(shortcut));
    await page.locator('clearpage-reader [role=dialog]').waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => document.querySelector('clearpage-reader')!.shadowRoot!.textContent)).toContain('NATO and China');
    await xdotool(xvfb.display, 'key', '--clearmodifiers', toXdotoolKeys(shortcut));
    await page.locator('clearpage-reader').waitFor({ state: 'detached', timeout: 10_000 });
  });

  it('ten rapid presses of the shortcut leave one or zero overlays, and the popup tells the truth', async () => {
    const worker = await browser.worker();
    const shortcut = (await worker.evaluate(() => chrome.commands.getAll())).find((c) => c.name === 'toggle-reader')?.shortcut ?? '';
    await page.goto(`${server.origin}/pages/long-article.html`);
    const [window] = (await xdotool(xvfb.display, 'search', '--sync', '--onlyvisible', '--class', 'chromium')).split('\n');
    await xdotool(xvfb.display, 'windowfocus', '--sync', window!);
    await xdotool(xvfb.display, 'key', '--clearmodifiers', '--delay', '15', ...Array(10).fill(toXdotoolKeys(shortcut)));
    // Let every toggle land: the last state holds for a second.
    let count = -1;
    for (let stable = 0; stable < 5; ) {
      await page.waitForTimeout(200);
      const now = await page.evaluate(() => document.querySelectorAll('clearpage-reader').length);
      stable = now === count ? stable + 1 : 0;
      count = now;
    }
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
