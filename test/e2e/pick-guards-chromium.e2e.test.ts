import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { chromiumOf, type Chromium } from './harness/chromium';
import { testServer, type TestServer } from './harness/server';
import { inReader, overlayState } from './harness/overlay';
import { outlines, pickerState, pointOn, readerView, storyPath } from './harness/pick';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const pageLog = (page: Page) => page.evaluate(() => (window as unknown as { __log: string[] }).__log.slice());
/** What the page's code saw, less what reader view itself causes once it opens (its focus): the picker's part. */
const fromPicker = (log: string[]) => log.filter((entry) => !entry.endsWith('@CLEARPAGE-READER'));
// A short text (no article for the pipeline), a block with no text, and an embedded frame, for the refusals.
const oddPage = `<!doctype html><html lang="en"><head><title>Odd blocks</title></head><body><main>
  <p class="short">Ferry tickets are on sale at the kiosk by the quay from seven until noon every day.</p>
  <div class="empty" style="height: 160px; border: 1px solid #999"></div>
  <iframe title="Embedded" srcdoc="<p>Text inside a frame, of a page of its own, that reader view does not read.</p>" style="width: 600px; height: 160px"></iframe>
</main></body></html>`;

// Issue 15's bad input and the page's safety while picking, on the test build.
describe('Chromium: the picker refuses what it cannot read, and the page runs nothing and sees nothing of it', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;
  let visit = 0;

  beforeAll(async () => {
    server = await testServer();
    server.routes.set('/pick/odd.html', { body: oddPage });
    browser = await chromiumOf('test');
    page = await browser.newPage();
  });
  beforeEach(async () => {
    await browser.reset();
    await page.bringToFront();
  });
  afterAll(() => page?.close());

  const picker = () => page.evaluate(pickerState);
  const pickerUp = () => expect.poll(async () => (await picker()).up, { timeout: 5000, message: 'the picker is up' }).toBe(true);
  const outlined = (selector: string) => expect.poll(() => page.evaluate(outlines, selector), { timeout: 3000, message: `${selector} is outlined` });
  /** Reader view is open and the picker's layer is gone (it stays, empty, until reader view is up: see session.ts). */
  async function readerOpen(): Promise<void> {
    await expect.poll(() => page.evaluate(overlayState), { timeout: 5000, message: 'reader view opens' }).toMatchObject({ open: true });
    await expect.poll(async () => (await picker()).up, { timeout: 5000, message: 'the picker\'s layer is gone' }).toBe(false);
  }

  it('a page that moves the chosen block out of its body, or replaces its body, cannot make the picker take it', async () => {
    await page.goto(`${server.origin}/pages/pick/hostile.html?visit=${++visit}`);
    expect((await browser.reader(page, 'open')).status).toBe('open');
    await page.locator(inReader('button.pick')).click();
    await pickerUp();
    const mark = (await pageLog(page)).length;
    // A person's input while picking: pointer, wheel, keys, a click on the bar.
    const line = await page.evaluate(pointOn, { selector: '.report-lines p' });
    await page.mouse.move(line.x, line.y);
    await outlined('.report-lines p');
    await page.mouse.wheel(0, 40);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await outlined('article.report');
    await page.keyboard.press('j');
    await page.keyboard.press('Tab');
    await page.locator('clearpage-picker .bar button.wider').click();
    await outlined('div.column');
    await page.keyboard.press('ArrowDown');
    await outlined('article.report');

    await page.evaluate(() => { (window as unknown as { record(what: string): void }).record('page: story moved'); (window as unknown as { moveStory(): void }).moveStory(); });
    await page.locator('clearpage-picker .bar button.use').click();
    expect(await picker()).toMatchObject({ up: true, refused: true, status: 'That block is no longer on the page. Pick another one.' });
    expect(await page.evaluate(overlayState)).toMatchObject({ open: false });

    await page.evaluate(() => { (window as unknown as { record(what: string): void }).record('page: body replaced'); (window as unknown as { swapBody(): void }).swapBody(); });
    await page.keyboard.press('Enter'); // on "Use this", focused by the click: the choice went with the old body
    expect(await picker()).toMatchObject({ up: true, refused: true, status: 'That block is no longer on the page. Pick another one.' });
    const swapped = await page.evaluate(pointOn, { selector: 'div.swapped', gap: true });
    await page.mouse.move(swapped.x, swapped.y);
    await outlined('div.swapped');
    await page.mouse.click(swapped.x, swapped.y);
    await readerOpen();
    expect((await page.evaluate(readerView))!.text).toMatch(/^Swapped line one: the page put a new body in place/);
    // The page's handlers saw none of it; its own moves ran its own code (the custom element), nothing else did.
    expect(fromPicker((await pageLog(page)).slice(mark))).toEqual(['page: story moved', 'connected', 'page: body replaced']);
  });

  it('reading a picked block runs none of its code (handlers, scripts, custom elements, javascript: links)', async () => {
    await page.goto(`${server.origin}/pages/pick/hostile.html?visit=${++visit}`);
    expect(await pageLog(page)).toEqual(['connected', 'script', 'onerror']);
    expect((await browser.reader(page, 'open')).status).toBe('open');
    await page.locator(inReader('button.pick')).click();
    await pickerUp();
    const mark = (await pageLog(page)).length;
    const link = await page.evaluate(pointOn, { selector: 'a[href^="javascript:"]' });
    await page.mouse.move(link.x, link.y);
    await outlined('.report-lines p:nth-child(3)');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await outlined('article.report');
    await page.mouse.click(link.x, link.y, { button: 'right' });
    await page.mouse.click(link.x, link.y); // inside the widened choice: takes it, never follows the link
    await readerOpen();
    const shown = (await page.evaluate(readerView))!;
    expect(shown.text).toContain('Lights line three: a public meeting next week');
    expect(shown.text).not.toContain('record(');
    expect(await page.evaluate(() => document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('article a')?.getAttribute('href') ?? ''))
      .not.toMatch(/^\s*javascript:/i);
    expect(fromPicker((await pageLog(page)).slice(mark))).toEqual([]);
  });

  it('refuses, in plain words, a block with no text, an embedded frame and its own bar, from the "No article found" card', async () => {
    await page.goto(`${server.origin}/pick/odd.html?visit=${++visit}`);
    expect((await browser.reader(page, 'open')).status).toBe('no-article');
    // The "No article found" card offers the picker, where it matters most.
    await page.locator('clearpage-reader[data-kind="notice"] button.pick').click();
    await pickerUp();
    for (const [selector, message] of [['div.empty', 'That block has no text to read. Pick another one.'],
      ['iframe', 'Reader view cannot read inside an embedded frame. Pick another block.']]) {
      const point = await page.evaluate(pointOn, { selector: selector! });
      await page.mouse.move(point.x, point.y);
      await outlined(selector!);
      await page.mouse.click(point.x, point.y);
      expect(await picker(), selector).toMatchObject({ up: true, refused: true, status: message });
    }
    await page.locator('clearpage-picker .hint').click();
    expect(await picker()).toMatchObject({ refused: true, status: 'That is part of Clearpage itself. Pick a block of the page.' });
    const short = await page.evaluate(pointOn, { selector: 'p.short' });
    await page.mouse.move(short.x, short.y);
    await outlined('p.short');
    expect((await picker()).label).toBe('Ferry tickets are on sale at the kiosk… · 17 words');
    await page.mouse.click(short.x, short.y);
    await readerOpen();
    expect((await page.evaluate(readerView))!.text).toBe('Ferry tickets are on sale at the kiosk by the quay from seven until noon every day.');
  });

  it('has no axe-core violations with the picker up', async () => {
    await page.goto(`${server.origin}${storyPath(1, `axe-${++visit}`)}`);
    expect((await browser.reader(page, 'open')).status).toBe('open');
    await page.locator(inReader('button.pick')).click();
    await pickerUp();
    await page.keyboard.press('ArrowUp');
    await page.addScriptTag({ content: axeSource });
    const { violations, checked } = await page.evaluate(async () => {
      const result = await (window as any).axe.run({ include: { fromShadowDom: ['clearpage-picker', '.picker'] } });
      return { violations: result.violations.map((v: { id: string; nodes: { target: unknown }[] }) => `${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`),
        checked: result.passes.reduce((n: number, rule: { nodes: unknown[] }) => n + rule.nodes.length, 0) };
    });
    expect(violations).toEqual([]);
    expect(checked).toBeGreaterThan(15); // axe really looked inside the picker's layer
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await picker()).up, { timeout: 5000, message: 'cancelled' }).toBe(false);
  });
});
