import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumOf, type Chromium } from './harness/chromium';
import { testServer, type TestServer } from './harness/server';

// Footnotes inside the reader: a click scrolls the reader to the note and back, and the page underneath (a
// hash-routed app would act on any change) keeps its URL, its history and hears no hashchange or popstate.
const link = (id: string) => `clearpage-reader article a[href="#user-content-${id}"]`;

/**
 * Where the element with the prefixed id sits in the reader's viewport: seen when its top is between the sticky tool
 * bar's bottom and the reader's bottom (sub-pixel rounding allowed).
 */
function place(id: string) {
  const root = document.querySelector('clearpage-reader')?.shadowRoot;
  const box = root?.querySelector('.reader')?.getBoundingClientRect();
  const bar = root?.querySelector('.bar')?.getBoundingClientRect();
  const top = root?.getElementById(`user-content-${id}`)?.getBoundingClientRect().top;
  const seen = !!box && !!bar && top !== undefined && top >= bar.bottom - 1 && top < box.bottom;
  return { seen, top, barBottom: bar?.bottom, boxBottom: box?.bottom };
}
const placeOf = (page: Page, id: string) => page.evaluate(place, id);

/** Waits (bounded, named) until the element with the prefixed id is seen in the reader's viewport. */
async function waitInView(page: Page, id: string): Promise<void> {
  await page.waitForFunction(`(${place.toString()})(${JSON.stringify(id)}).seen`, null, { timeout: 3000 }).catch(async (error: Error) => {
    throw new Error(`#user-content-${id} scrolled into the reader: ${error.message} (${JSON.stringify(await placeOf(page, id))})`);
  });
}

/** What the page itself sees of its location and history (the main world, where the page's scripts run). */
const pageState = (page: Page) => page.evaluate(async () => {
  // A hashchange is queued as a task after a fragment navigation: one task later it has been delivered.
  await new Promise((done) => setTimeout(done, 0));
  return { href: location.href, length: history.length, events: (window as unknown as { __navEvents: string[] }).__navEvents };
});

describe('Chromium: footnote links inside reader view', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;

  beforeAll(async () => {
    server = await testServer();
    browser = await chromiumOf('test');
    page = await browser.newPage();
  });
  beforeEach(() => browser.reset());
  afterAll(() => page?.close());
  const open = async (query: string) => {
    await page.goto(`${server.origin}/pages/footnotes-article.html?${query}`);
    expect((await browser.reader(page, 'open')).status).toBe('open');
  };

  it('a footnote link scrolls the reader to the note and back, and the page URL and history never change', async () => {
    await page.goto(`${server.origin}/pages/footnotes-article.html`);
    const before = await pageState(page);
    expect(before.events).toEqual([]);
    expect((await browser.reader(page, 'open')).status).toBe('open');
    // The note starts below the reader's fold, so reaching it is the link's doing.
    expect((await placeOf(page, 'fn2')).seen).toBe(false);

    await page.locator(link('fn2')).click({ timeout: 3000 });
    await waitInView(page, 'fn2');
    expect(await pageState(page)).toEqual(before);
    expect(await page.evaluate(() => document.querySelector('clearpage-reader')!.shadowRoot!.activeElement?.id)).toBe('user-content-fn2');

    await page.locator(link('ref2')).click({ timeout: 3000 });
    await waitInView(page, 'ref2');
    expect((await placeOf(page, 'fn2')).seen).toBe(false);
    expect(await pageState(page)).toEqual(before);
  });

  it('a link whose target is not in the article does nothing to the page', async () => {
    await open('dead-link');
    await page.evaluate(() => {
      const article = document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('article')!;
      article.querySelector('p')!.insertAdjacentHTML('beforeend', ' <a id="dead" href="#nowhere">dead link</a>');
    });
    const before = await pageState(page);
    await page.locator('clearpage-reader article a[href="#nowhere"]').click({ timeout: 3000 });
    expect(await pageState(page)).toEqual(before);
  });
});
