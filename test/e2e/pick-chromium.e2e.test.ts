import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumOf, type Chromium } from './harness/chromium';
import { testServer, type TestServer } from './harness/server';
import { artifactPath } from './harness/artifacts';
import { inReader, overlayState } from './harness/overlay';
import { syncStorage } from './harness/site-memory-chromium';
import {
  areaKey, lettersStart, outlines, pickerState, pointOn, readerFocus, readerView, storyPath, storyStart,
} from './harness/pick';

// Issue 15, items 1 and 2, on the test build: a page where the pipeline shows the readers' letters, fixed by picking
// the story with the mouse or the keyboard, and remembered for the site's next page.
describe('Chromium: "Pick the article" and "Always use this area on this site"', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;
  let visit = 0;

  beforeAll(async () => {
    server = await testServer();
    browser = await chromiumOf('test');
    page = await browser.newPage();
  });
  beforeEach(async () => {
    await browser.reset();
    await page.bringToFront();
  });
  afterAll(() => page?.close());

  const view = async () => (await page.evaluate(readerView))!;
  const picker = () => page.evaluate(pickerState);
  /** The story, scrolled by `y` first (the picker works on the page as reader view left it). */
  async function openStory(story: 1 | 2 = 1, y = 0): Promise<void> {
    await page.goto(`${server.origin}${storyPath(story, `pick-${++visit}`)}`);
    await page.evaluate((top) => window.scrollTo(0, top), y);
    expect((await browser.reader(page, 'open')).status).toBe('open');
  }
  /** Where the story's block is hit on its own: the gap between its first two lines. */
  const storyGap = () => page.evaluate(pointOn, { selector: 'article .report-lines', gap: true });
  async function startPicker(): Promise<void> {
    await page.locator(inReader('button.pick')).click();
    await expect.poll(async () => (await picker()).up, { timeout: 5000, message: 'the picker is up' }).toBe(true);
    expect(await page.evaluate(overlayState)).toMatchObject({ hosts: 0, open: false }); // reader view stepped aside
  }
  const outlined = (selector: string) => expect.poll(() => page.evaluate(outlines, selector), { timeout: 3000, message: `${selector} is outlined` });
  const pageAsItWas = () => page.evaluate(() => ({
    html: document.body.outerHTML, focus: document.activeElement?.outerHTML.slice(0, 60), x: scrollX, y: scrollY,
  }));

  it('the mouse: the block under the pointer is outlined with its words, a click reads it, and the page is left as it was', async () => {
    await page.goto(`${server.origin}${storyPath(1, `pick-${++visit}`)}`);
    await page.evaluate(() => window.scrollTo(0, 300));
    const before = await pageAsItWas();
    expect((await browser.reader(page, 'open')).status).toBe('open');
    expect((await view()).text).toContain(lettersStart); // the pipeline's choice: the letters, the story above them
    await startPicker();
    // The gap between the story's first two lines belongs to the block that holds them.
    const gap = await storyGap();
    await page.mouse.move(gap.x, gap.y);
    await outlined('article .report-lines').toBe(true);
    expect((await picker()).label).toMatch(/^Story line one: printed tide tables are back… · 1\d\d words$/);
    expect((await picker()).status).toBe((await picker()).label);
    await page.screenshot({ path: artifactPath('chromium', 'pick-article-mouse.png') });
    await page.mouse.click(gap.x, gap.y);
    await expect.poll(() => page.evaluate(overlayState), { timeout: 5000, message: 'reader view shows the pick' }).toMatchObject({ open: true });
    const shown = await view();
    expect(shown.text.startsWith(storyStart)).toBe(true);
    expect(shown.text).toContain('Story line four');
    expect(shown.text).not.toContain(lettersStart);
    expect(shown.note).toBe('Showing the area you picked.');
    expect(shown.noteButtons).toEqual(['Always use this area on this site']);
    expect(shown.title).toBe('Tide tables return to the harbour office – Harbour Gazette');
    expect(shown.meta).toContain('Mara Quill');
    // The picker's empty layer goes two frames after reader view is in place (session.ts release), not with it.
    await expect.poll(async () => (await picker()).up, { timeout: 5000, message: 'the picker is gone' }).toBe(false);
    expect((await browser.reader(page, 'close')).status).toBe('closed');
    expect(await pageAsItWas()).toEqual(before);
  });

  it('the keyboard only: Tab to the button, arrows widen and narrow, Enter reads it, Escape cancels back to the button', async () => {
    await openStory();
    for (let presses = 0; !(await page.evaluate(readerFocus)).startsWith('tool pick'); presses += 1) {
      expect(presses, 'Tab reaches "Pick the article"').toBeLessThan(30);
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(readerFocus)).toBe('tool pick|Pick the article');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await picker()).label, { timeout: 5000, message: 'the picker starts on the block in the middle' })
      .toBe('The counter of the harbour office. · 6 words');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(readerFocus), { timeout: 5000, message: 'cancelled: reader view is back, focus on the button' })
      .toBe('tool pick|Pick the article');
    expect((await view()).text).toContain(lettersStart);

    await page.keyboard.press('Enter');
    await expect.poll(async () => (await picker()).label, { timeout: 5000, message: 'the picker is up again' }).toMatch(/^The counter/);
    await page.keyboard.press('ArrowUp');
    await outlined('article.report').toBe(true);
    expect((await picker()).label).toMatch(/^Tide tables return to the harbour office By… · 1\d\d words$/);
    await page.keyboard.press('ArrowDown'); // the child with the most words
    await outlined('article .report-lines').toBe(true);
    await page.keyboard.press('ArrowUp');
    await outlined('article.report').toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(overlayState), { timeout: 5000, message: 'reader view shows the pick' }).toMatchObject({ open: true });
    const shown = await view();
    expect(shown.text).toContain(storyStart);
    expect(shown.text).not.toContain(lettersStart);
    // The same pipeline: the audio note is judged clutter and listed, the lead image kept.
    expect(shown.text).not.toContain('Listen to this article');
    // "N items hidden" belongs to the reading tools, which load after the first paint (data-tools on .reader).
    await expect.poll(async () => (await view()).hidden, { timeout: 5000, message: 'the hidden-items button is there' }).toBe('1 item hidden');
    expect(shown.image).toBe('/fixtures/seed-news-page/lead.jpg');
    expect(await page.evaluate(readerFocus)).toBe('reader|Reader view'); // the dialog, as when reader view opens
    await page.screenshot({ path: artifactPath('chromium', 'pick-article-keyboard.png') });
  });

  it('"Always use this area on this site" opens the next page with its area, says so, and Undo forgets it', async () => {
    await openStory(1, 300);
    await startPicker();
    const gap = await storyGap();
    await page.mouse.move(gap.x, gap.y);
    await outlined('article .report-lines').toBe(true);
    await page.mouse.click(gap.x, gap.y);
    await page.locator(inReader('.chosen-note button'), { hasText: 'Always use this area on this site' }).click();
    await expect.poll(async () => (await syncStorage(browser))[areaKey], { timeout: 5000, message: 'the area is stored' })
      .toMatchObject({ s: 'div.report-lines', k: 'class', p: 'Story line one: printed tide tables are back on the counter of the harbour…', stale: false });
    expect((await view()).note).toBe('Using the area you picked for this site');

    await openStory(2);
    const next = await view();
    expect(next.text.startsWith('Ferry line one: the ferry ramp')).toBe(true);
    expect(next.text).not.toContain('Reply one');
    expect(next.note).toBe('Using the area you picked for this site');
    expect(next.noteButtons).toEqual(['Undo']);
    await page.screenshot({ path: artifactPath('chromium', 'pick-area-next-page.png') });

    await page.locator(inReader('.chosen-note button'), { hasText: 'Undo' }).click();
    await expect.poll(async () => (await view())?.text.includes('Reply one'), { timeout: 5000, message: 'the default article is back' }).toBe(true);
    expect(await syncStorage(browser)).not.toHaveProperty(areaKey);
    expect((await view()).note).toBe('');
    expect((await browser.reader(page, 'close')).status).toBe('closed');
    await page.reload();
    expect((await browser.reader(page, 'open')).status).toBe('open');
    expect((await view()).text).toContain('Reply one');
  });
});
