// npm run screenshots: the README's pictures (docs/screenshots/*.png), taken with the end-to-end helpers
// (test/e2e/harness) on the bundled demo article, so they show what the extension does today, never an old state.
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type Chromium } from '../test/e2e/harness/chromium';
import { clickToolbarButton, type Popup } from '../test/e2e/harness/chromium-popup';
import { startServer } from '../test/e2e/harness/server';
import { within } from '../test/e2e/harness/within';
import { pickerState, pointOn } from '../test/e2e/harness/pick';
import { ensureBuilt } from '../test/e2e/ensure-built.mjs';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'docs', 'screenshots');
const demo = '/fixtures/seed-news-page/source.html';
const desktop = { width: 1200, height: 760 };

/** Waits (bounded) until `check` in the page is true: every picture is taken of a settled page, never after a sleep. */
async function until(page: Page, what: string, check: () => boolean | Promise<boolean>): Promise<void> {
  const end = Date.now() + 10_000;
  while (!(await page.evaluate(check))) {
    if (Date.now() > end) throw new Error(`screenshots: ${what} did not happen within 10 s`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
/** Reader view is open, its fonts are in and its images drawn. */
const readerSettled = () => document.fonts.ready.then(() => {
  const root = document.querySelector('clearpage-reader')?.shadowRoot;
  return !!root?.querySelector('.reader[role=dialog]') && Array.from(root.querySelectorAll('img')).every((img) => img.complete);
});

/** Reader view open on `url` (unless the page is there already) in `theme`, settled; its picture taken when it has a `name`. */
async function overlay(browser: Chromium, page: Page, url: string, theme: string, name?: string): Promise<void> {
  await within((await browser.worker()).evaluate((value) => chrome.storage.sync.set({ theme: value }), theme), 5000, 'setting the theme');
  if (page.url() !== url) await page.goto(url);
  if ((await browser.reader(page, 'open')).status !== 'open') throw new Error(`screenshots: reader view did not open on ${url}`);
  await until(page, 'reader view settling', readerSettled);
  if (name) await page.screenshot({ path: join(out, name) });
}

/** Every picture, in the test build (reader view opened through its background, as the popup opens it). */
async function testBuildPictures(browser: Chromium, origin: string): Promise<void> {
  const page = await browser.newPage();
  await page.setViewportSize(desktop);
  await overlay(browser, page, `${origin}${demo}?light`, 'light', 'overlay-light.png');
  await overlay(browser, page, `${origin}${demo}?dark`, 'dark', 'overlay-dark.png');

  await overlay(browser, page, `${origin}${demo}?hidden`, 'light');
  await page.locator('clearpage-reader .reader #cp-hidden-button').click();
  await page.locator('clearpage-reader .reader #cp-hidden li').first().waitFor();
  await page.screenshot({ path: join(out, 'hidden-items.png') });

  // A phone's width: the bar in one row.
  await page.setViewportSize({ width: 390, height: 844 });
  await overlay(browser, page, `${origin}${demo}?phone`, 'light', 'phone.png');
  await page.setViewportSize(desktop);

  // Picking: reader view steps aside, the article under the pointer is outlined with its first words and word count.
  // (The page scrolled to the article first: picking starts on the page as reader view found it.)
  await page.goto(`${origin}${demo}?pick`);
  await page.evaluate(() => window.scrollTo(0, document.querySelector('article p')!.getBoundingClientRect().top + scrollY - 140));
  await overlay(browser, page, page.url(), 'light');
  await page.locator('clearpage-reader .reader button.pick').click();
  await until(page, 'the picker coming up', () => !!document.querySelector('clearpage-picker'));
  const line = await page.evaluate(pointOn, { selector: 'article p' });
  await page.mouse.move(line.x, line.y);
  await until(page, 'the paragraph outlined', () => !!(document.querySelector('clearpage-picker')?.shadowRoot?.querySelector('.box') as HTMLElement | null)?.style.width);
  await page.keyboard.press('ArrowUp');
  await until(page, 'the whole article outlined', () => (document.querySelector('clearpage-picker')?.shadowRoot?.querySelector('.label')?.textContent ?? '')
    .includes('·') && !!document.querySelector('clearpage-picker')?.shadowRoot?.querySelector('.box:not([hidden])'));
  if (!(await page.evaluate(pickerState)).label) throw new Error('screenshots: the picker shows no label');
  await page.screenshot({ path: join(out, 'pick-article.png') });
  // Taken, and remembered for the site: the popup below lists it.
  await page.keyboard.press('Enter');
  await until(page, 'reader view showing the pick', () => !!document.querySelector('clearpage-reader')?.shadowRoot?.querySelector('.chosen-note button'));
  await page.locator('clearpage-reader .reader .chosen-note button').click();
  await until(page, 'the area remembered', () => !!document.querySelector('clearpage-reader')?.shadowRoot?.querySelector('.chosen-note')?.textContent?.includes('Using'));
  await popupPicture(browser, page);

  await page.close();
}

/**
 * The popup's whole height: a headless popup keeps the size of its first layout, shorter than the site's section once
 * it is filled in (a person's popup grows to fit), so the top and the bottom are taken and put together.
 */
async function wholePopup(popup: Popup, path: string): Promise<void> {
  const { inner, whole, width } = await popup.evaluate<{ inner: number; whole: number; width: number }>(
    `({ inner: innerHeight, whole: document.documentElement.scrollHeight, width: Math.ceil(document.body.getBoundingClientRect().width) })`);
  const parts: PNG[] = [];
  for (const top of whole > inner ? [0, whole - inner] : [0]) {
    await popup.evaluate(`window.scrollTo(0, ${top})`);
    const { data } = await popup.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    parts.push(PNG.sync.read(Buffer.from(data, 'base64')));
  }
  const image = new PNG({ width: Math.min(width, parts[0]!.width), height: Math.max(whole, parts[0]!.height) });
  parts.forEach((part, index) => PNG.bitblt(part, image, 0, 0, image.width, part.height, 0, index === 0 ? 0 : whole - inner));
  writeFileSync(path, PNG.sync.write(image));
}

/** The popup on the demo article's tab: its toggle, the site's remembered area, the reading options. */
async function popupPicture(browser: Chromium, page: Page): Promise<void> {
  const popup = await clickToolbarButton(browser, page);
  await popup.waitFor(`document.querySelector('#site-rules li.area-rule')`);
  await wholePopup(popup, join(out, 'popup.png'));
  await popup.close();
}

ensureBuilt(root);
mkdirSync(out, { recursive: true });
const server = await startServer();
try {
  const browser = await launchChromium('test');
  try {
    await testBuildPictures(browser, server.origin);
  } finally {
    await browser.close();
  }
  console.log(`screenshots: written to ${out}`);
} finally {
  await server.close();
}
