import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { firefoxOf, type Firefox } from './harness/firefox';
import { testServer, type TestServer } from './harness/server';
import { artifactPath } from './harness/artifacts';
import { overlayState } from './harness/overlay';
import { inReaderView } from './harness/site-memory-firefox';
import { within } from './harness/within';
import {
  areaKey, lettersStart, outlines, pickerState, pointOn, readerFocus, readerView, selectText, storyPath, storyStart,
} from './harness/pick';

// Issue 15, items 1–3 in Firefox ESR on the test build: the same page, fixed by the mouse, the keyboard, the
// site's remembered area and a selection. Puppeteer's mouse and keyboard are real (trusted) input over WebDriver BiDi.
describe('Firefox ESR: "Pick the article", "Always use this area on this site", the selection', () => {
  let firefox: Firefox;
  let server: TestServer;
  let page: Page;
  /** An extension page of this file's own, for storage reads and writes. */
  let extension: Page;
  let visit = 0;

  beforeAll(async () => {
    server = await testServer();
    firefox = await firefoxOf('test');
    extension = await firefox.openExtensionPage('test.html');
    page = await firefox.newPage();
  });
  beforeEach(async () => {
    await firefox.reset();
    await page.bringToFront();
  });
  afterAll(async () => {
    await page?.close();
    await extension?.close();
  });

  const storedArea = () => within(extension.evaluate(async (key) => (await (globalThis as any).browser.storage.sync.get(key))[key] ?? null, areaKey),
    5000, 'reading the stored area');
  const view = async () => (await page.evaluate(readerView))!;
  const picker = () => page.evaluate(pickerState);
  const outlined = (selector: string) => expect.poll(() => page.evaluate(outlines, selector), { timeout: 3000, message: `${selector} is outlined` });
  const readerOpen = () => expect.poll(() => page.evaluate(overlayState), { timeout: 5000, message: 'reader view opens' }).toMatchObject({ open: true });
  async function openStory(story: 1 | 2, y = 0): Promise<void> {
    await page.goto(`${server.origin}${storyPath(story, `firefox-pick-${++visit}`)}`);
    await page.evaluate((top) => window.scrollTo(0, top), y);
    expect((await firefox.reader(page, 'open')).status).toBe('open');
  }
  async function pickStoryWithMouse(): Promise<void> {
    await (await inReaderView(page, 'button.pick')).click();
    await expect.poll(async () => (await picker()).up, { timeout: 5000, message: 'the picker is up' }).toBe(true);
    const gap = await page.evaluate(pointOn, { selector: 'article .report-lines', gap: true });
    await page.mouse.move(gap.x, gap.y);
    await outlined('article .report-lines').toBe(true);
    expect((await picker()).label).toMatch(/^Story line one: printed tide tables are back… · 1\d\d words$/);
    await page.mouse.click(gap.x, gap.y);
    await readerOpen();
  }

  it('the mouse: the block under the pointer is outlined with its words, a click reads it, and the page is left as it was', async () => {
    await page.goto(`${server.origin}${storyPath(1, `firefox-pick-${++visit}`)}`);
    await page.evaluate(() => window.scrollTo(0, 300));
    const before = await page.evaluate(() => ({ html: document.body.outerHTML, y: scrollY }));
    expect((await firefox.reader(page, 'open')).status).toBe('open');
    expect((await view()).text).toContain(lettersStart);
    await pickStoryWithMouse();
    const shown = await view();
    expect(shown.text.startsWith(storyStart)).toBe(true);
    expect(shown.text).not.toContain(lettersStart);
    expect(shown.note).toBe('Showing the area you picked.');
    expect(shown.meta).toContain('Mara Quill');
    expect((await firefox.reader(page, 'close')).status).toBe('closed');
    expect(await page.evaluate(() => ({ html: document.body.outerHTML, y: scrollY }))).toEqual(before);
  });

  it('the keyboard only: Tab to the button, arrows widen and narrow, Enter reads it, Escape cancels back to the button', async () => {
    await openStory(1);
    for (let presses = 0; !(await page.evaluate(readerFocus)).startsWith('tool pick'); presses += 1) {
      expect(presses, 'Tab reaches "Pick the article"').toBeLessThan(30);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await picker()).label, { timeout: 5000, message: 'the picker starts on the block in the middle' })
      .toBe('The counter of the harbour office. · 6 words');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(readerFocus), { timeout: 5000, message: 'cancelled: focus back on the button' }).toBe('tool pick|Pick the article');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await picker()).label, { timeout: 5000, message: 'the picker is up again' }).toMatch(/^The counter/);
    await page.keyboard.press('ArrowUp');
    await outlined('article.report').toBe(true);
    await page.keyboard.press('ArrowDown');
    await outlined('article .report-lines').toBe(true);
    await page.keyboard.press('ArrowUp');
    await outlined('article.report').toBe(true);
    await page.keyboard.press('Enter');
    await readerOpen();
    const shown = await view();
    expect(shown.text).toContain(storyStart);
    expect(shown.text).not.toContain(lettersStart);
    // "N items hidden" belongs to the reading tools, which load after the first paint (data-tools on .reader).
    await expect.poll(async () => (await view()).hidden, { timeout: 5000, message: 'the hidden-items button is there' }).toBe('1 item hidden');
    expect(shown.image).toBe('/fixtures/seed-news-page/lead.jpg');
    await page.screenshot({ path: artifactPath('firefox', 'pick-article-keyboard.png') });
  });

  it('"Always use this area on this site" opens the next page with its area, says so, and Undo forgets it', async () => {
    await openStory(1, 300);
    await pickStoryWithMouse();
    await (await inReaderView(page, '.chosen-note button', 'Always use this area on this site')).click();
    await expect.poll(storedArea, { timeout: 5000, message: 'the area is stored' }).toMatchObject({ s: 'div.report-lines', k: 'class', stale: false });
    expect((await view()).note).toBe('Using the area you picked for this site');

    await openStory(2);
    const next = await view();
    expect(next.text.startsWith('Ferry line one: the ferry ramp')).toBe(true);
    expect(next.text).not.toContain('Reply one');
    expect(next.note).toBe('Using the area you picked for this site');
    await (await inReaderView(page, '.chosen-note button', 'Undo')).click();
    await expect.poll(async () => (await page.evaluate(readerView))?.text.includes('Reply one'), { timeout: 5000, message: 'the default is back' }).toBe(true);
    expect(await storedArea()).toBeNull();
    expect((await view()).note).toBe('');
  });

  it('a selection of a paragraph or more opens as the article with the page\'s title and byline; a headline does not', async () => {
    await page.goto(`${server.origin}${storyPath(1, `firefox-select-${++visit}`)}`);
    await page.evaluate(selectText, ['.report-lines p:nth-child(2)', '.report-lines p:nth-child(4)'] as [string, string]);
    expect((await firefox.reader(page, 'toggle')).status).toBe('open');
    const shown = await view();
    expect(shown.note).toBe('Showing your selection');
    expect(shown.text).toMatch(/^Story line two[\s\S]*Story line four/);
    expect(shown.text).not.toContain(storyStart);
    expect(shown.title).toBe('Tide tables return to the harbour office – Harbour Gazette');
    expect(shown.meta).toContain('Mara Quill');
    expect((await firefox.reader(page, 'toggle')).status).toBe('closed');
    await page.evaluate(selectText, ['article h1', 'article h1'] as [string, string]);
    expect((await firefox.reader(page, 'toggle')).status).toBe('open');
    expect(await view()).toMatchObject({ note: '' });
    expect((await view()).text).toContain(lettersStart);
  });
});
