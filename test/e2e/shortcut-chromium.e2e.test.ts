import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type Chromium } from './helpers/chromium';
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
});
