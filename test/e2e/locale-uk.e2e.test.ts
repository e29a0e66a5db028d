import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, clickToolbarButton, type Chromium } from './helpers/chromium';
import { startServer, type TestServer } from './helpers/server';
import { artifactPath } from './helpers/artifacts';

describe('Chromium in Ukrainian: every UI string comes from _locales', () => {
  let browser: Chromium;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium({ locale: 'uk' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the popup and the overlay in Ukrainian', async () => {
    const page = await browser.context.newPage();
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
    await popup.close();
  });
});
