import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickToolbarButton, launchChromium, type Chromium, type Popup } from './helpers/chromium';
import { startServer, type TestServer } from './helpers/server';
import { checkHostilePage, hostileAttacks, readerDialog, recordResult, serveHostile, type HostileDriver } from './helpers/hostile';

// Every hostile page (test/hostile/index.json) through the real toolbar click and popup; see helpers/hostile.ts for
// how "nothing ran" is measured. One browser and one tab for the whole file.
describe('Chromium: hostile pages never run anything through reader view', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;
  let popup: Popup | null = null;
  const dialogs: string[] = [];
  let driver: HostileDriver;

  beforeAll(async () => {
    server = await startServer();
    serveHostile(server);
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => {});
    });
    driver = {
      goto: async (url) => { await page.goto(url); },
      evaluate: (fn) => page.evaluate(fn),
      async openReader() {
        popup = await clickToolbarButton(browser, page);
        await popup.click('#toggle');
        await page.locator(readerDialog).waitFor({ timeout: 5000 });
      },
      async closeReader() {
        if (!popup) return;
        if (await page.locator(readerDialog).count()) {
          await popup.click('#toggle');
          await page.locator(readerDialog).waitFor({ state: 'detached', timeout: 5000 });
        }
        await popup.close();
        popup = null;
      },
      dialogs: () => dialogs,
      mouseMove: (x, y) => page.mouse.move(x, y),
    };
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has at least 40 hostile pages', () => {
    expect(hostileAttacks.length).toBeGreaterThanOrEqual(40);
  });

  for (const attack of hostileAttacks) {
    it(`${attack.name}: ${attack.tries}`, async () => {
      const start = Date.now();
      const result = await checkHostilePage(driver, server, attack);
      recordResult('chromium', attack, result, Date.now() - start);
      expect(result).toEqual({ executed: [], problems: [] });
    });
  }
});
