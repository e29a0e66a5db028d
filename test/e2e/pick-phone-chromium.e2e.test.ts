import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { chromiumOf, type Chromium } from './harness/chromium';
import { testServer, type TestServer } from './harness/server';
import { artifactPath } from './harness/artifacts';
import { inReader, overlayState } from './harness/overlay';
import { outlines, pickerState, pointOn, readerView, storyPath, storyStart } from './harness/pick';
import { barLayout } from './harness/phone';

// Issue 15, item 5: a phone's screen (390×844, touch) on the test build. Touch is CDP's, as Chromium's own
// DevTools device mode makes it: touch points in, pointer events of type "touch" and taps (clicks) out.
describe('Chromium at 390×844 with touch: reader view\'s bar in one row, the article full width, picking by tap', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;
  let cdp: CDPSession;

  beforeAll(async () => {
    server = await testServer();
    browser = await chromiumOf('test');
    page = await browser.newPage();
    cdp = await page.context().newCDPSession(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  });
  beforeEach(async () => {
    await browser.reset();
    await page.bringToFront();
  });
  afterAll(async () => {
    await cdp?.detach().catch(() => {});
    await page?.close();
  });

  async function tap({ x, y }: { x: number; y: number }): Promise<void> {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }
  const tapIn = async (selector: string) => {
    const box = (await page.locator(selector).boundingBox())!;
    await tap({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
  };
  const picker = () => page.evaluate(pickerState);

  it('shows the bar as one row of icons named by their words, the rest behind "More tools", and the article full width', async () => {
    await page.goto(`${server.origin}${storyPath(1, 'phone-bar')}`);
    expect((await browser.reader(page, 'open')).status).toBe('open');
    const bar = await page.evaluate(barLayout);
    expect(bar.rows).toBe(1);
    expect(bar.height).toBeLessThanOrEqual(56);
    expect(bar.overflows).toBe(false);
    expect(bar.visible).toEqual(['More tools', 'Pick the article', 'Close reader view']);
    for (const name of bar.visible) expect(await page.getByRole('button', { name, exact: true }).isVisible(), name).toBe(true);
    expect(bar.readerWidth).toBeGreaterThan(370);
    expect(bar.articleWidth).toBeGreaterThanOrEqual(bar.readerWidth - 2 * 16); // a narrow margin each side, no more
    await page.screenshot({ path: artifactPath('chromium', 'phone-reader.png') });

    await tapIn(inReader('button.more-tools'));
    await page.locator(inReader('.tools button'), { hasText: 'Remove element' }).waitFor();
    expect(await page.locator(inReader('button.more-tools')).getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator(inReader('.tools')).isVisible()).toBe(true);
    await page.screenshot({ path: artifactPath('chromium', 'phone-more-tools.png') });
    await tapIn(inReader('article p >> nth=0'));
    await page.locator(inReader('.tools')).waitFor({ state: 'hidden' });
    expect(await page.evaluate(overlayState)).toMatchObject({ open: true });
  });

  it('fits the "No article found" card on the screen, with its words on its buttons', async () => {
    await page.goto(`${server.origin}/pages/no-article.html?phone`);
    expect((await browser.reader(page, 'open')).status).toBe('no-article');
    const card = await page.evaluate(() => {
      const root = document.querySelector('clearpage-reader[data-kind="notice"]')!.shadowRoot!;
      const rect = root.querySelector('.notice')!.getBoundingClientRect();
      return { left: rect.left, right: rect.right, buttons: Array.from(root.querySelectorAll('button'), (b) => [b.innerText, getComputedStyle(b).fontSize]) };
    });
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.right).toBeLessThanOrEqual(390);
    expect(card.buttons).toEqual([['Pick the article', '15px'], ['OK', '15px']]);
    await page.keyboard.press('Escape');
  });

  it('picks by tap: a tap chooses, "Wider" widens, "Use this" reads it', async () => {
    await page.goto(`${server.origin}${storyPath(1, 'phone-pick')}`);
    await page.evaluate(() => window.scrollTo(0, document.querySelector('.report-lines')!.getBoundingClientRect().top + scrollY - 120));
    expect((await browser.reader(page, 'open')).status).toBe('open');
    await tapIn(inReader('button.pick'));
    await expect.poll(async () => (await picker()).up, { timeout: 5000, message: 'the picker is up' }).toBe(true);
    await tap(await page.evaluate(pointOn, { selector: '.report-lines p:nth-child(2)' }));
    await expect.poll(() => page.evaluate(outlines, '.report-lines p:nth-child(2)'), { timeout: 3000, message: 'the tapped line is chosen' }).toBe(true);
    expect((await picker()).label).toMatch(/^Story line two: the harbour master said fishermen… · 29 words$/);
    expect(await page.evaluate(overlayState)).toMatchObject({ open: false }); // a tap chooses, it does not take
    const bar = await page.locator('clearpage-picker .bar').boundingBox();
    expect(bar).toMatchObject({ x: 0, width: 390 });
    await tapIn('clearpage-picker .bar button.wider');
    await expect.poll(() => page.evaluate(outlines, '.report-lines'), { timeout: 3000, message: 'widened to the story' }).toBe(true);
    await page.screenshot({ path: artifactPath('chromium', 'phone-picker.png') });
    await tapIn('clearpage-picker .bar button.use');
    await expect.poll(() => page.evaluate(overlayState), { timeout: 5000, message: 'reader view shows the pick' }).toMatchObject({ open: true });
    const shown = (await page.evaluate(readerView))!;
    expect(shown.text.startsWith(storyStart)).toBe(true);
    expect(shown.text).toContain('Story line four');
    expect(shown.note).toBe('Showing the area you picked.');
  });
});
