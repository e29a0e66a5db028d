import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { firefoxOf, type Firefox } from './harness/firefox';
import { testServer, type TestServer } from './harness/server';
import { overlayState } from './harness/overlay';
import { chooseContextMenuItem, openContextMenu } from './harness/firefox-context-menu';
import { lettersStart, pointOn, readerView, selectText, storyPath, storyStart } from './harness/pick';

// Issue 15, item 4, for real: the real build (no host permission at all), Firefox's own context menu opened by a
// real right-click, an item chosen in it. Only the click's activeTab grant lets reader view into the page.
describe('Firefox ESR, real build: the page\'s context menu opens reader view and reads the selection', () => {
  let firefox: Firefox;
  let server: TestServer;
  let page: Page;

  beforeAll(async () => {
    server = await testServer();
    firefox = await firefoxOf('product');
    page = await firefox.newPage();
  });
  beforeEach(async () => {
    await firefox.reset();
    await page.bringToFront();
  });
  afterAll(() => page?.close());

  it('"Open reader view" on the page, and "Read selection in reader view" on a selection', async () => {
    await page.goto(`${server.origin}${storyPath(1, 'menu-firefox')}`);
    const onPage = await openContextMenu(firefox, page, await page.evaluate(pointOn, { selector: 'article h1' }));
    expect(onPage).toEqual([{ id: 'open-reader', label: 'Open reader view' }]);
    await chooseContextMenuItem(firefox, 'open-reader');
    await expect.poll(() => page.evaluate(overlayState), { timeout: 5000, message: 'reader view opens from the menu' }).toMatchObject({ open: true });
    expect((await page.evaluate(readerView))!.text).toContain(lettersStart);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(overlayState), { timeout: 5000, message: 'Escape closes it' }).toMatchObject({ hosts: 0 });

    await page.evaluate(selectText, ['.report-lines p:nth-child(1)', '.report-lines p:nth-child(3)'] as [string, string]);
    const onSelection = await openContextMenu(firefox, page, await page.evaluate(pointOn, { selector: '.report-lines p:nth-child(2)' }));
    expect(onSelection).toEqual([{ id: 'read-selection', label: 'Read selection in reader view' }]);
    await chooseContextMenuItem(firefox, 'read-selection');
    await expect.poll(async () => (await page.evaluate(readerView))?.note, { timeout: 5000, message: 'reader view reads the selection' })
      .toBe('Showing your selection');
    const shown = (await page.evaluate(readerView))!;
    expect(shown.text.startsWith(storyStart)).toBe(true);
    expect(shown.text).toContain('Story line three');
    expect(shown.text).not.toContain('Story line four');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(overlayState), { timeout: 5000, message: 'Escape closes it' }).toMatchObject({ hosts: 0 });
  });
});
