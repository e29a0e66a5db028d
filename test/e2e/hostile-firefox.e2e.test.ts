import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clickToolbarButton, extensionUuid, launchFirefox, type Firefox, type FirefoxPopup } from './helpers/firefox';
import { startServer, type TestServer } from './helpers/server';
import { checkHostilePage, hostileAttacks, readerDialog, recordResult, serveHostile, step, within, type HostileDriver } from './helpers/hostile';

// The same hostile pages and the same check as hostile-chromium, in Firefox ESR (see helpers/hostile.ts).
describe('Firefox ESR: hostile pages never run anything through reader view', () => {
  let firefox: Firefox;
  let server: TestServer;
  let page: Page;
  let popup: FirefoxPopup | null = null;
  const dialogs: string[] = [];
  let driver: HostileDriver;
  const dialogSelector = readerDialog.replace('clearpage-reader ', 'clearpage-reader >>> ');
  const overlayOpen = () => page.evaluate(() =>
    !!Document.prototype.querySelector.call(document, 'clearpage-reader')?.shadowRoot?.querySelector('[aria-label="Reader view"]'));

  // A closed popup's <browser> lingers for a moment; the helper would pick it and wait on it forever.
  const popupGone = async () => {
    const url = JSON.stringify(`moz-extension://${extensionUuid}/popup.html`);
    for (let i = 0; i < 60; i++) {
      if (await firefox.chrome<boolean>(`![...document.querySelectorAll('browser')].some((b) => b.currentURI?.spec?.startsWith(${url}))`)) return;
      await new Promise((done) => setTimeout(done, 50));
    }
  };

  beforeAll(async () => {
    server = await startServer();
    serveHostile(server);
    firefox = await launchFirefox();
    page = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
    page.setDefaultTimeout(10_000);
    page.setDefaultNavigationTimeout(10_000);
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => {});
    });
    driver = {
      goto: async (url) => { await page.goto(url); },
      evaluate: (fn) => page.evaluate(fn),
      // Under load a chrome-scope call into Firefox now and then never answers: each try is bounded, up to three tries.
      async openReader() {
        for (let attempt = 1; ; attempt++) {
          try {
            await within((async () => {
              await popupGone();
              const opened = await clickToolbarButton(firefox, page, 1);
              popup = opened;
              step('popup ready');
              await opened.click('#toggle');
              await page.waitForSelector(dialogSelector, { timeout: 6000 });
            })(), 12_000, 'toolbar click → popup → overlay');
            return;
          } catch (error) {
            step(`open failed (${String(error)})`);
            if (await overlayOpen().catch(() => false)) return; // it did open, only late
            await within(popup?.close() ?? Promise.resolve(), 3000, 'closing the popup').catch(() => {});
            if (attempt === 3) throw error;
          }
        }
      },
      async closeReader() {
        const open = popup;
        popup = null;
        await within((async () => {
          await open?.close().catch(() => {});
          await popupGone();
          if (!(await overlayOpen())) return;
          await page.keyboard.press('Escape');
          await page.waitForFunction(() => !Document.prototype.querySelector.call(document, 'clearpage-reader')
            ?.shadowRoot?.querySelector('[aria-label="Reader view"]'), { timeout: 6000 });
        })(), 10_000, 'closing the overlay');
      },
      dialogs: () => dialogs,
      mouseMove: (x, y) => page.mouse.move(x, y),
    };
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('has at least 40 hostile pages', () => {
    expect(hostileAttacks.length).toBeGreaterThanOrEqual(40);
  });

  for (const attack of hostileAttacks) {
    it(`${attack.name}: ${attack.tries}`, async () => {
      const start = Date.now();
      const result = await checkHostilePage(driver, server, attack);
      recordResult('firefox', attack, result, Date.now() - start);
      expect(result).toEqual({ executed: [], problems: [] });
    }, 60_000);
  }
});
