import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { firefoxOf, type Firefox } from './harness/firefox';
import { testServer, type TestServer } from './harness/server';
import { artifactPath } from './harness/artifacts';
import { overlayState } from './harness/overlay';
import { inReaderView } from './harness/site-memory-firefox';
import { outlines, pickerState, pointOn, readerView, storyPath, storyStart } from './harness/pick';
import { barLayout } from './harness/phone';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const pageLog = (page: Page) => page.evaluate(() => (window as unknown as { __log: string[] }).__log.slice());
/** What the page's code saw, less what reader view itself causes once it opens (its focus): the picker's part. */
const fromPicker = (log: string[]) => log.filter((entry) => !entry.endsWith('@CLEARPAGE-READER'));
/** The page's own code changes its DOM (the test calls it in the page's world, noting it in the page's log first). */
const pageCall = (page: Page, name: 'moveStory' | 'swapBody', note: string) => page.evaluate((call, what) => {
  const own = window as unknown as Record<string, (what?: string) => void>;
  own.record!(what);
  own[call]!();
}, name, note);

// Issue 15's safety, accessibility and phone width in Firefox ESR, on the test build.
describe('Firefox ESR: the page runs nothing and sees nothing of the picker; axe-core; a phone\'s screen by touch', () => {
  let firefox: Firefox;
  let server: TestServer;
  let page: Page;
  let visit = 0;

  beforeAll(async () => {
    server = await testServer();
    firefox = await firefoxOf('test');
    page = await firefox.newPage();
  });
  beforeEach(async () => {
    await firefox.reset();
    await page.bringToFront();
  });
  afterAll(() => page?.close());

  const picker = () => page.evaluate(pickerState);
  const outlined = (selector: string) => expect.poll(() => page.evaluate(outlines, selector), { timeout: 3000, message: `${selector} is outlined` });
  async function startPicker(path: string): Promise<void> {
    await page.goto(`${server.origin}${path}`);
    expect((await firefox.reader(page, 'open')).status).toBe('open');
    await (await inReaderView(page, 'button.pick')).click();
    await expect.poll(async () => (await picker()).up, { timeout: 5000, message: 'the picker is up' }).toBe(true);
  }
  async function readerOpen(): Promise<void> {
    await expect.poll(() => page.evaluate(overlayState), { timeout: 5000, message: 'reader view opens' }).toMatchObject({ open: true });
    await expect.poll(async () => (await picker()).up, { timeout: 5000, message: 'the picker\'s layer is gone' }).toBe(false);
  }

  it('a page that moves the chosen block out of its body, or replaces its body, cannot make the picker take it', async () => {
    await startPicker(`/pages/pick/hostile.html?visit=firefox-${++visit}`);
    const mark = (await pageLog(page)).length;
    const line = await page.evaluate(pointOn, { selector: '.report-lines p' });
    await page.mouse.move(line.x, line.y);
    await outlined('.report-lines p').toBe(true);
    await page.mouse.wheel({ deltaY: 40 });
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await outlined('article.report').toBe(true);
    await page.keyboard.press('j');
    await page.keyboard.press('Tab');
    await pageCall(page, 'moveStory', 'page: story moved');
    await (await page.waitForSelector('clearpage-picker >>> .bar button.use'))!.click();
    expect(await picker()).toMatchObject({ up: true, refused: true, status: 'That block is no longer on the page. Pick another one.' });
    await pageCall(page, 'swapBody', 'page: body replaced');
    await page.keyboard.press('Enter'); // on "Use this": the choice went with the old body
    expect(await picker()).toMatchObject({ up: true, refused: true, status: 'That block is no longer on the page. Pick another one.' });
    const swapped = await page.evaluate(pointOn, { selector: 'div.swapped', gap: true });
    await page.mouse.move(swapped.x, swapped.y);
    await outlined('div.swapped').toBe(true);
    await page.mouse.click(swapped.x, swapped.y);
    await readerOpen();
    expect((await page.evaluate(readerView))!.text).toMatch(/^Swapped line one: the page put a new body in place/);
    expect(fromPicker((await pageLog(page)).slice(mark))).toEqual(['page: story moved', 'connected', 'page: body replaced']);
  });

  it('reading a picked block runs none of its code (handlers, scripts, custom elements, javascript: links)', async () => {
    await startPicker(`/pages/pick/hostile.html?visit=firefox-${++visit}`);
    expect((await pageLog(page)).filter((entry) => !entry.includes(':'))).toEqual(['connected', 'script', 'onerror']);
    const mark = (await pageLog(page)).length;
    const link = await page.evaluate(pointOn, { selector: 'a[href^="javascript:"]' });
    await page.mouse.move(link.x, link.y);
    await outlined('.report-lines p:nth-child(3)').toBe(true);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await outlined('article.report').toBe(true);
    await page.mouse.click(link.x, link.y);
    await readerOpen();
    expect((await page.evaluate(readerView))!.text).toContain('Lights line three: a public meeting next week');
    expect(fromPicker((await pageLog(page)).slice(mark))).toEqual([]);
  });

  it('has no axe-core violations with the picker up', async () => {
    await startPicker(storyPath(1, `firefox-axe-${++visit}`));
    await page.keyboard.press('ArrowUp');
    await page.addScriptTag({ content: axeSource });
    const { violations, checked } = await page.evaluate(async () => {
      const result = await (window as any).axe.run({ include: { fromShadowDom: ['clearpage-picker', '.picker'] } });
      return { violations: result.violations.map((v: { id: string; nodes: { target: unknown }[] }) => `${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`),
        checked: result.passes.reduce((n: number, rule: { nodes: unknown[] }) => n + rule.nodes.length, 0) };
    });
    expect(violations).toEqual([]);
    expect(checked).toBeGreaterThan(15);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await picker()).up, { timeout: 5000, message: 'cancelled' }).toBe(false);
  });

  it('at 390×844 with touch: the bar is one row, the article full width, and a tap chooses, "Wider" widens, "Use this" reads', async () => {
    const phone = await firefox.newPage();
    try {
      await phone.setViewport({ width: 390, height: 844, hasTouch: true, isMobile: true });
      await phone.goto(`${server.origin}${storyPath(1, `firefox-phone-${++visit}`)}`);
      await phone.evaluate(() => window.scrollTo(0, document.querySelector('.report-lines')!.getBoundingClientRect().top + scrollY - 120));
      expect((await firefox.reader(phone, 'open')).status).toBe('open');
      const bar = await phone.evaluate(barLayout);
      expect(bar).toMatchObject({ rows: 1, overflows: false, visible: ['More tools', 'Pick the article', 'Close reader view'] });
      expect(bar.height).toBeLessThanOrEqual(56);
      expect(bar.articleWidth).toBeGreaterThanOrEqual(bar.readerWidth - 2 * 16);
      await phone.screenshot({ path: artifactPath('firefox', 'phone-reader.png') });
      const tapOn = async (selector: string) => {
        const box = (await (await phone.waitForSelector(selector))!.boundingBox())!;
        await phone.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      };
      await tapOn('clearpage-reader >>> button.pick');
      await expect.poll(async () => (await phone.evaluate(pickerState)).up, { timeout: 5000, message: 'the picker is up' }).toBe(true);
      const line = await phone.evaluate(pointOn, { selector: '.report-lines p:nth-child(2)' });
      await phone.touchscreen.tap(line.x, line.y);
      await expect.poll(() => phone.evaluate(outlines, '.report-lines p:nth-child(2)'), { timeout: 3000, message: 'the tapped line is chosen' }).toBe(true);
      expect(await phone.evaluate(overlayState)).toMatchObject({ open: false });
      await tapOn('clearpage-picker >>> .bar button.wider');
      await expect.poll(() => phone.evaluate(outlines, '.report-lines'), { timeout: 3000, message: 'widened' }).toBe(true);
      await tapOn('clearpage-picker >>> .bar button.use');
      await expect.poll(() => phone.evaluate(overlayState), { timeout: 5000, message: 'reader view shows the pick' }).toMatchObject({ open: true });
      expect((await phone.evaluate(readerView))!.text.startsWith(storyStart)).toBe(true);
    } finally {
      await phone.close();
    }
  });
});
