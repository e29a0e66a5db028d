import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { chromiumOf, type Chromium } from './harness/chromium';
import { clickToolbarButton, openPopups, triggerToolbarButton } from './harness/chromium-popup';
import { testServer, type TestServer } from './harness/server';
import { artifactPath } from './harness/artifacts';
import { folded, overlayState } from './harness/overlay';
import { barLayout } from './harness/phone';

const seed = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/seed-news-page/expected.json'), 'utf8')) as {
  mustInclude: string[]; mustExclude: string[]; title: string;
};
const pressed = `document.getElementById('toggle').getAttribute('aria-pressed')`;
const stored = (worker: Worker, ...keys: string[]) => worker.evaluate((k) => chrome.storage.sync.get(k), keys);

// The real build, driven as a person would: the toolbar button (a real click for the browser: it grants activeTab),
// the real popup, keys and mouse.
describe('Chromium: toolbar button → popup → reader overlay', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;
  let worker: Worker;

  beforeAll(async () => {
    server = await testServer();
    browser = await chromiumOf('product');
    page = await browser.newPage();
    worker = await browser.worker();
  });
  beforeEach(() => browser.reset());
  afterAll(() => page?.close());

  it('assigns a default keyboard shortcut that Chromium really accepts', async () => {
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((command) => command.name === 'toggle-reader')?.shortcut).toBe('Alt+Shift+Y');
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
    expect(await popup.evaluate(pressed)).toBe('false');
    expect((await popup.buttonNames()).some((name) => name.includes('Reader view'))).toBe(true);
    await popup.screenshot(artifactPath('chromium', 'popup-off.png'));

    await popup.press('Enter');
    await page.locator('clearpage-reader [role=dialog]').waitFor();
    // Focus moves into reader view once its first frame is painted (with its tools).
    await page.locator('clearpage-reader .reader[data-tools]').waitFor();
    await popup.waitFor(`${pressed} === 'true'`);
    const { text } = await page.evaluate(overlayState);
    for (const paragraph of seed.mustInclude) expect(text).toContain(folded(paragraph));
    for (const clutter of seed.mustExclude) expect(text).not.toContain(clutter);
    expect(text).toContain(seed.title);
    expect(text).toMatch(/\d+ min read/);
    // The page's article:published_time, 2024-03-14T00:28Z, in the browser's language and time zone.
    expect(text).toMatch(/March 1[34], 2024/);

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
    // The wheel scrolls reader view, never the page under it.
    const readerScroll = () => page.evaluate(() => document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('.reader')!.scrollTop);
    await expect.poll(readerScroll, { timeout: 3000, message: 'the wheel scrolls reader view' }).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(before.y);
    await page.evaluate(() => document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('.reader')!.scrollTo(0, 0));
    await popup.screenshot(artifactPath('chromium', 'popup-on.png'));

    for (const theme of ['sepia', 'dark'] as const) {
      await popup.click(`label[data-value="${theme}"]`);
      await expect.poll(() => page.evaluate(overlayState).then((s) => s.theme), { timeout: 3000, message: `theme ${theme} applied live` }).toBe(theme);
      await page.screenshot({ path: artifactPath('chromium', `overlay-${theme}.png`) });
    }
    const background = await page.evaluate(() =>
      getComputedStyle(document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('.reader')!).backgroundColor);
    expect(background).toBe('rgb(28, 27, 31)');
    await popup.close();

    await page.keyboard.press('Escape');
    await page.locator('clearpage-reader').waitFor({ state: 'detached' });
    const after = await page.evaluate(() => ({
      y: window.scrollY, html: document.documentElement.getAttribute('style'), body: document.body.getAttribute('style'),
      focus: document.activeElement?.id, value: (document.getElementById('typed') as HTMLInputElement).value,
    }));
    expect(after).toEqual({ ...before, focus: 'typed', value: 'kept' });
  });

  it('keeps every option a person picked, even when the popup closes at once, and shows them next time', async () => {
    await page.goto(`${server.origin}/fixtures/seed-news-page/source.html?options`);
    let popup = await clickToolbarButton(browser, page);
    await popup.click('label[data-value="dark"]');
    // Drag the text-size slider to its far right and let go, then close the popup with no pause at all.
    const slider = 'input[name=fontSize]';
    const start = await popup.center(slider);
    const right = await popup.evaluate<number>(`document.querySelector('${slider}').getBoundingClientRect().right`);
    await popup.drag(start, { x: right + 20, y: start.y });
    await popup.close();
    await expect.poll(() => stored(worker, 'theme', 'fontSize'), { timeout: 3000, message: 'both choices stored' })
      .toEqual({ theme: 'dark', fontSize: 36 });

    // A slider still held when the popup closes: its value is written on the way out, not dropped.
    popup = await clickToolbarButton(browser, page);
    expect(await popup.evaluate(`document.querySelector('input[name=theme]:checked').value`)).toBe('dark');
    expect(await popup.evaluate(`document.querySelector('${slider}').value`)).toBe('36');
    const held = await popup.center('input[name=lineHeight]');
    await popup.drag(held, { x: held.x - 400, y: held.y }, false);
    await popup.close();
    await expect.poll(() => stored(worker, 'lineHeight'), { timeout: 3000, message: 'the held slider\'s value stored' })
      .toEqual({ lineHeight: 1.2 });
  });

  it('keeps the bar in one row in a narrow window, so the tools arriving after the first paint never push the article down', async () => {
    // Below about 860 px the full bar wrapped into more rows when the tools arrived (3 rows at 700 px here), and the
    // title and the article moved down after their first paint (32-36 px in bench:browser's 800 px Firefox window).
    // It now keeps its tools behind "⋯" up to 900 px.
    for (const width of [700, 800, 1024]) {
      await page.setViewportSize({ width, height: 700 });
      await page.goto(`${server.origin}/fixtures/seed-news-page/source.html?narrow=${width}`);
      const popup = await clickToolbarButton(browser, page);
      await popup.click('#toggle');
      await page.locator('clearpage-reader .reader[data-tools]').waitFor();
      const layout = await page.evaluate(barLayout);
      expect(layout, `bar at ${width} px`).toMatchObject({ rows: 1, overflows: false });
      await popup.click('#toggle');
      await page.locator('clearpage-reader').waitFor({ state: 'detached' });
      await popup.close();
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('applies a size change live to an open overlay', async () => {
    await page.goto(`${server.origin}/fixtures/seed-news-page/source.html?size`);
    const popup = await clickToolbarButton(browser, page);
    await popup.click('#toggle');
    await page.locator('clearpage-reader [role=dialog]').waitFor();
    const size = () => page.evaluate(() =>
      getComputedStyle(document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('article p')!).fontSize);
    expect(await size()).toBe('20px');
    await popup.press('Tab');
    const slider = await popup.center('input[name=fontSize]');
    await popup.drag(slider, { x: slider.x + 400, y: slider.y });
    await expect.poll(size, { timeout: 3000, message: 'text size applied live' }).toBe('36px');
    await popup.click('#toggle');
    await page.locator('clearpage-reader').waitFor({ state: 'detached' });
    await popup.waitFor(`${pressed} === 'false'`);
    await popup.close();
  });

  it('says "No article found on this page" where there is none', async () => {
    await page.goto(`${server.origin}/pages/no-article.html`);
    const popup = await clickToolbarButton(browser, page);
    await popup.click('#toggle');
    await popup.waitFor(`document.getElementById('status').textContent.includes('No article found on this page')`);
    expect(await popup.evaluate(pressed)).toBe('false');
    const notice = await page.evaluate(() => document.querySelector('clearpage-reader')?.shadowRoot?.textContent ?? '');
    expect(notice).toContain('No article found on this page');
    await popup.screenshot(artifactPath('chromium', 'popup-no-article.png'));
    await page.screenshot({ path: artifactPath('chromium', 'notice-no-article.png') });
    expect(await page.evaluate(overlayState)).toMatchObject({ open: false });
    await popup.close();
  });

  it('one-click reading: with the option ticked the toolbar button toggles reader view itself; the options page unticks it', async () => {
    await page.goto(`${server.origin}/fixtures/seed-news-page/source.html?one-click`);
    const popupSetting = () => worker.evaluate(() => chrome.action.getPopup({}));
    expect(await popupSetting()).toMatch(/popup\.html$/);
    const popup = await clickToolbarButton(browser, page);
    await popup.click('input[name=openOnToolbarClick]');
    await popup.close();
    await expect.poll(() => stored(worker, 'openOnToolbarClick'), { timeout: 3000 }).toEqual({ openOnToolbarClick: true });
    await expect.poll(popupSetting, { timeout: 3000, message: 'the toolbar button has no popup' }).toBe('');

    await triggerToolbarButton(browser, page);
    await page.locator('clearpage-reader [role=dialog]').waitFor();
    expect((await page.evaluate(overlayState)).text).toContain(folded(seed.mustInclude[0]!));
    expect(await openPopups(browser)).toEqual([]);
    await triggerToolbarButton(browser, page);
    await page.locator('clearpage-reader').waitFor({ state: 'detached' });

    // With no popup, the options stay on the options page (the button's menu → Options).
    const options = await browser.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('body[data-ready="1"]').waitFor();
    expect(await options.locator('input[name=openOnToolbarClick]').isChecked()).toBe(true);
    await options.locator('input[name=openOnToolbarClick]').click();
    await expect.poll(popupSetting, { timeout: 3000, message: 'the popup is back' }).toMatch(/popup\.html$/);
    await options.close();
    const back = await clickToolbarButton(browser, page);
    expect(await back.evaluate(pressed)).toBe('false');
    await back.close();
  });

  it('explains, instead of failing, on a browser page', async () => {
    const restricted = await browser.newPage();
    await restricted.goto('chrome://version/');
    const popup = await clickToolbarButton(browser, restricted);
    expect(await popup.evaluate(`document.getElementById('toggle').disabled`)).toBe(true);
    expect(await popup.evaluate(`document.getElementById('status').textContent`)).toMatch(/cannot run here/i);
    await popup.screenshot(artifactPath('chromium', 'popup-restricted.png'));
    await popup.close();
    await restricted.close();
  });
});
