import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, clickToolbarButton, openPopups, triggerToolbarButton, type Chromium } from './helpers/chromium';
import { startServer, type TestServer } from './helpers/server';
import { artifactPath } from './helpers/artifacts';

const seed = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/seed-news-page/expected.json'), 'utf8')) as {
  mustInclude: string[]; mustExclude: string[]; title: string;
};
const overlay = 'clearpage-reader';
const overlayText = (page: Page) => page.evaluate(() =>
  (document.querySelector('clearpage-reader')?.shadowRoot?.querySelector('.reader') as HTMLElement | null)?.innerText ?? '');
const folded = (text: string) => text.replace(/\s+/g, ' ');

describe('Chromium: toolbar button → popup → reader overlay', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('assigns a default keyboard shortcut that Chromium really accepts', async () => {
    const worker = await browser.worker();
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    const toggle = commands.find((command) => command.name === 'toggle-reader');
    expect(toggle?.shortcut).toBeTruthy();
  });

  it('opens the popup with the reader toggle focused, then Enter opens a clean overlay', async () => {
    await page.goto(`${server.origin}/fixtures/seed-news-page/source.html`);
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('afterbegin', '<input id="typed" aria-label="typed">');
      (document.getElementById('typed') as HTMLInputElement).value = 'kept';
      document.getElementById('typed')!.focus();
      window.scrollTo(0, 300);
    });
    const before = await page.evaluate(() => ({
      y: window.scrollY, html: document.documentElement.getAttribute('style'), body: document.body.getAttribute('style'),
    }));
    const popup = await clickToolbarButton(browser, page);
    expect(await popup.evaluate('document.activeElement.id')).toBe('toggle');
    expect(await popup.evaluate(`document.activeElement.getAttribute('aria-pressed')`)).toBe('false');
    expect((await popup.buttonNames()).some((name) => name.includes('Reader view'))).toBe(true);
    await popup.screenshot(artifactPath('chromium', 'popup-off.png'));

    await popup.press('Enter');
    await page.locator(`${overlay} [role=dialog]`).waitFor();
    await popup.waitFor(`document.getElementById('toggle').getAttribute('aria-pressed') === 'true'`);
    const text = folded(await overlayText(page));
    for (const paragraph of seed.mustInclude) expect(text).toContain(folded(paragraph));
    for (const clutter of seed.mustExclude) expect(text).not.toContain(clutter);
    expect(text).toContain(seed.title);
    expect(text).toMatch(/\d+ min read/);

    const dialog = await page.evaluate(() => {
      const root = document.querySelector('clearpage-reader')!.shadowRoot!;
      const el = root.querySelector('[role=dialog]')!;
      const img = root.querySelector('article figure img') as HTMLImageElement | null;
      return {
        modal: el.getAttribute('aria-modal'), label: el.getAttribute('aria-label'),
        focused: root.activeElement === el, styled: root.adoptedStyleSheets.length,
        closeButton: root.querySelector('button.close')?.getAttribute('aria-label'),
        imageLoaded: !!img && img.complete && img.naturalWidth > 0,
      };
    });
    expect(dialog).toEqual({ modal: 'true', label: 'Reader view', focused: true, styled: 1, closeButton: 'Close reader view', imageLoaded: true });

    await page.screenshot({ path: artifactPath('chromium', 'overlay-light.png') });
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => window.scrollY)).toBe(before.y);
    await page.evaluate(() => document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('.reader')!.scrollTo(0, 0));
    await popup.screenshot(artifactPath('chromium', 'popup-on.png'));

    for (const theme of ['sepia', 'dark'] as const) {
      await popup.click(`label[data-value="${theme}"]`);
      await page.waitForFunction((t) =>
        (document.querySelector('clearpage-reader')?.shadowRoot?.querySelector('.reader') as HTMLElement)?.dataset.theme === t, theme);
      await page.screenshot({ path: artifactPath('chromium', `overlay-${theme}.png`) });
    }
    const background = await page.evaluate(() =>
      getComputedStyle(document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('.reader')!).backgroundColor);
    expect(background).toBe('rgb(28, 27, 31)');
    await popup.close();

    await page.keyboard.press('Escape');
    await page.locator(overlay).waitFor({ state: 'detached' });
    const after = await page.evaluate(() => ({
      y: window.scrollY, html: document.documentElement.getAttribute('style'), body: document.body.getAttribute('style'),
      focus: document.activeElement?.id, value: (document.getElementById('typed') as HTMLInputElement).value,
    }));
    expect(after).toEqual({ ...before, focus: 'typed', value: 'kept' });
  });

  it('persists options in storage.sync and shows them next time', async () => {
    const worker = await browser.worker();
    const stored = await worker.evaluate(() => chrome.storage.sync.get(null));
    expect(stored.theme).toBe('dark');
    const popup = await clickToolbarButton(browser, page);
    expect(await popup.evaluate(`document.querySelector('input[name=theme]:checked').value`)).toBe('dark');
    await popup.click('input[name=fontSize]');
    await popup.waitFor(`document.querySelector('input[name=fontSize]').value !== '20'`);
    await popup.click('label[data-value="light"]');
    await popup.close();
  });

  it('applies a size change live to an open overlay', async () => {
    const popup = await clickToolbarButton(browser, page);
    await popup.click('#toggle');
    await page.locator(`${overlay} [role=dialog]`).waitFor();
    const size = () => page.evaluate(() =>
      getComputedStyle(document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('article p')!).fontSize);
    const before = await size();
    await popup.evaluate(`(() => { const r = document.querySelector('input[name=fontSize]'); r.value = '30';
      r.dispatchEvent(new Event('input', { bubbles: true })); })()`);
    await page.waitForFunction((b) => getComputedStyle(
      document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('article p')!).fontSize !== b, before);
    expect(await size()).toBe('30px');
    await popup.click('#toggle');
    await page.locator(overlay).waitFor({ state: 'detached' });
    await popup.waitFor(`document.getElementById('toggle').getAttribute('aria-pressed') === 'false'`);
    await popup.close();
  });

  it('says "No article found on this page" where there is none', async () => {
    await page.goto(`${server.origin}/pages/no-article.html`);
    const popup = await clickToolbarButton(browser, page);
    await popup.click('#toggle');
    await popup.waitFor(`document.getElementById('status').textContent.includes('No article found on this page')`);
    expect(await popup.evaluate(`document.getElementById('toggle').getAttribute('aria-pressed')`)).toBe('false');
    const notice = await page.evaluate(() => document.querySelector('clearpage-reader')?.shadowRoot?.textContent ?? '');
    expect(notice).toContain('No article found on this page');
    await popup.screenshot(artifactPath('chromium', 'popup-no-article.png'));
    await page.screenshot({ path: artifactPath('chromium', 'notice-no-article.png') });
    expect(await page.evaluate(() => document.querySelector('clearpage-reader [role=dialog]'))).toBeNull();
    await popup.close();
  });

  it('one-click reading: with the option ticked the toolbar button toggles reader view itself; the options page unticks it', async () => {
    await page.goto(`${server.origin}/fixtures/seed-news-page/source.html`);
    const worker = await browser.worker();
    const popupSetting = () => worker.evaluate(() => chrome.action.getPopup({}));
    expect(await popupSetting()).toMatch(/popup\.html$/);
    const popup = await clickToolbarButton(browser, page);
    await popup.click('input[name=openOnToolbarClick]');
    // Closed only once the choice is stored: a popup closed mid-save loses it (as a user's would).
    await expect.poll(() => worker.evaluate(() => chrome.storage.sync.get('openOnToolbarClick')), { timeout: 5000 })
      .toEqual({ openOnToolbarClick: true });
    await popup.close();
    await expect.poll(popupSetting, { timeout: 5000 }).toBe('');

    await triggerToolbarButton(browser, page);
    await page.locator(`${overlay} [role=dialog]`).waitFor();
    expect(folded(await overlayText(page))).toContain(folded(seed.mustInclude[0]!));
    expect(await openPopups(browser)).toEqual([]);
    await triggerToolbarButton(browser, page);
    await page.locator(overlay).waitFor({ state: 'detached' });

    // With no popup, the options stay on the options page (the button's menu → Options).
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('body[data-ready="1"]').waitFor();
    expect(await options.locator('input[name=openOnToolbarClick]').isChecked()).toBe(true);
    await options.locator('input[name=openOnToolbarClick]').click();
    await expect.poll(popupSetting, { timeout: 5000 }).toMatch(/popup\.html$/);
    await options.close();
    const back = await clickToolbarButton(browser, page);
    expect(await back.evaluate(`document.getElementById('toggle').getAttribute('aria-pressed')`)).toBe('false');
    await back.close();
  });

  it('explains, instead of failing, on a browser page', async () => {
    const restricted = await browser.context.newPage();
    await restricted.goto('chrome://version/');
    const popup = await clickToolbarButton(browser, restricted);
    expect(await popup.evaluate(`document.getElementById('toggle').disabled`)).toBe(true);
    expect(await popup.evaluate(`document.getElementById('status').textContent`)).toMatch(/cannot run here/i);
    await popup.screenshot(artifactPath('chromium', 'popup-restricted.png'));
    await popup.close();
    await restricted.close();
  });
});
