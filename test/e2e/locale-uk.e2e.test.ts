import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumOf, type Chromium } from './harness/chromium';
import { clickToolbarButton } from './harness/chromium-popup';
import { testServer, type TestServer } from './harness/server';
import { artifactPath } from './harness/artifacts';

describe('Chromium in Ukrainian: every UI string comes from _locales', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;

  beforeAll(async () => {
    server = await testServer();
    browser = await chromiumOf('uk');
    page = await browser.newPage();
  });
  afterAll(() => page?.close());

  it('shows the popup and the overlay in Ukrainian', async () => {
    await page.goto(`${server.origin}/fixtures/seed-news-page/source.html`);
    const popup = await clickToolbarButton(browser, page);
    expect((await popup.buttonNames()).some((name) => name.includes('Режим читання'))).toBe(true);
    expect(await popup.evaluate(`document.querySelector('legend').textContent`)).toBe('Тема');
    await popup.screenshot(artifactPath('chromium', 'popup-uk.png'));
    await popup.click('#toggle');
    await page.locator('clearpage-reader [role=dialog][aria-modal=true]').waitFor();
    const reader = await page.evaluate(() => {
      const root = document.querySelector('clearpage-reader')!.shadowRoot!;
      return { label: root.querySelector('[role=dialog]')!.getAttribute('aria-label'), meta: root.querySelector('.meta')!.textContent,
        close: root.querySelector('button.close')!.textContent };
    });
    expect(reader).toMatchObject({ label: 'Режим читання', close: '✕ Закрити' });
    expect(reader.meta).toMatch(/хв читання/);
    expect(reader.meta).toMatch(/1[34] березня 2024 р\./);
    await popup.close();
  });
});
