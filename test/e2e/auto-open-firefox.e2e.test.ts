import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { firefoxOf, type Firefox } from './harness/firefox';
import { clickToolbarButton, type FirefoxPopup } from './harness/firefox-popup';
import { testServer, type TestServer } from './harness/server';
import { overlayState } from './harness/overlay';
import { articlePath, homePage, readerLines, startOtherSite, type ArticleName } from './harness/site-memory';
import { answerPermissionPrompt, inReaderView, userClick } from './harness/site-memory-firefox';

// The real build (optional_host_permissions): the popup's permissions.request raises Firefox's own prompt, which the
// test answers in the browser window, and permissions.remove really gives the access back.
describe('Firefox ESR: auto-open per site, with the real permission prompt', () => {
  let firefox: Firefox;
  let server: TestServer;
  let other: Awaited<ReturnType<typeof startOtherSite>>;
  let page: Page;
  /** Two more tabs, for pages checked side by side (a new tab costs Firefox up to seconds under load). */
  let spares: Page[] = [];
  let visit = 0;
  const article = (name: ArticleName) => `${server.origin}${articlePath(name, `auto-firefox-${++visit}`)}`;
  const access = () => firefox.inExtension(async () => {
    const ext = (globalThis as any).browser;
    return { origins: (await ext.permissions.getAll()).origins as string[],
      scripts: (await ext.scripting.getRegisteredContentScripts()).map((s: { id: string }) => s.id) as string[] };
  });
  const giveBack = () => firefox.inExtension(() => (globalThis as any).browser.permissions.remove({ origins: ['http://127.0.0.1/*'] }));
  const opened = (tab: Page) => tab.waitForFunction(() => !!document.querySelector('clearpage-reader')?.shadowRoot?.querySelector('.reader[role=dialog]'),
    { polling: 50, timeout: 5000 });
  const firstLine = () => page.evaluate(readerLines).then((lines) => lines?.find((line) => line.startsWith('Paragraph A')) ?? null);
  const status = (popup: FirefoxPopup, text: string) => popup.waitFor(`content.document.getElementById('site-status').textContent.includes(${JSON.stringify(text)})`);

  beforeAll(async () => {
    server = await testServer();
    server.routes.set('/', { body: homePage });
    other = await startOtherSite();
    firefox = await firefoxOf('product');
    spares = [await firefox.newPage(), await firefox.newPage()];
  });
  beforeEach(async () => {
    await firefox.reset();
    await giveBack();
    // A tab per test: after a page-cache restore (back/forward) puppeteer's goto() waits for events that never come.
    page = await firefox.newPage();
  });
  afterEach(() => page?.close());
  afterAll(async () => {
    await giveBack().catch(() => {});
    for (const tab of spares) await tab.close();
    await other?.close();
  });

  /** The popup's checkbox turned on, and Firefox's prompt for this one site answered "Allow". */
  async function turnOnInPopup(): Promise<void> {
    const popup = await clickToolbarButton(firefox, page);
    await userClick(popup, '#auto-open');
    expect(await answerPermissionPrompt(firefox, true)).toContain('127.0.0.1');
    await status(popup, 'will open by itself');
    await popup.close();
  }

  /**
   * Tabs showing pages that must NOT open by themselves. Nothing in a page says "auto-open.js looked and declined",
   * so (after a control article opened by itself, where there is one) one named quiet moment covers them all.
   */
  async function stayClosed(tabs: Page[]): Promise<void> {
    await new Promise((done) => setTimeout(done, 2000)); // quiet time for the batch: auto-open.js has no "declined" signal
    for (const tab of tabs) expect(await tab.evaluate(overlayState), tab.url()).toMatchObject({ hosts: 0, open: false });
  }

  it('Firefox asks for this one site, then its articles open by themselves (reload, back/forward), not its home page or another site', async () => {
    await page.goto(article('article-a'));
    const popup = await clickToolbarButton(firefox, page);
    expect(await popup.evaluate(`content.document.getElementById('auto-open').checked`)).toBe(false);
    await userClick(popup, '#auto-open');
    expect(await answerPermissionPrompt(firefox, false)).toContain('127.0.0.1');
    await status(popup, 'was not granted');
    expect(await popup.evaluate(`content.document.getElementById('auto-open').checked`)).toBe(false);
    expect(await access()).toEqual({ origins: [], scripts: [] });
    await turnOnInPopup();
    expect(await access()).toEqual({ origins: ['http://127.0.0.1/*'], scripts: ['auto-open:http://127.0.0.1'] });

    await page.goto(article('article-b'));
    await opened(page);
    expect(await firstLine()).toMatch(/^Paragraph A of the tram story/);
    await page.reload();
    await opened(page);
    await page.goto(article('article-a'));
    await opened(page);
    // history.back() in the page: puppeteer's goBack() waits for a load event that a page-cache restore never sends.
    await page.evaluate(() => history.back());
    await expect.poll(firstLine, { timeout: 5000, message: 'back: the tram story opened by itself' }).toMatch(/^Paragraph A of the tram story/);
    await page.evaluate(() => history.forward());
    await expect.poll(firstLine, { timeout: 5000, message: 'forward: the harbour story opened by itself' }).toMatch(/^Paragraph A of the harbour story/);

    await Promise.all([spares[0]!.goto(`${server.origin}/`), spares[1]!.goto(`${other.origin}${articlePath('article-a')}`)]);
    // The control: an article of the site, opened by itself now (navigated from the page: after page-cache restores
    // puppeteer's goto() waits for events that never come).
    await page.evaluate((to) => { location.href = to; }, article('article-b'));
    await expect.poll(firstLine, { timeout: 5000, message: 'the control article opened by itself' }).toMatch(/^Paragraph A of the tram story/);
    await stayClosed(spares);
  });

  it('the overlay’s "Stop opening automatically on this site" removes the script and gives the permission back', async () => {
    await page.goto(article('article-a'));
    await turnOnInPopup();
    await page.goto(article('article-a'));
    await opened(page);
    await (await inReaderView(page, '.auto-note button', 'Stop opening automatically')).click();
    await inReaderView(page, '.auto-note', 'no longer open by itself');
    expect(await access()).toEqual({ origins: [], scripts: [] });
    await spares[0]!.goto(article('article-a'));

    const popup = await clickToolbarButton(firefox, page);
    expect(await popup.evaluate(`content.document.getElementById('auto-open').checked`)).toBe(false);
    await userClick(popup, '#auto-open');
    await answerPermissionPrompt(firefox, true);
    await status(popup, 'will open by itself');
    await userClick(popup, '#auto-open');
    await status(popup, 'no longer opens by itself');
    await popup.close();
    expect(await access()).toEqual({ origins: [], scripts: [] });

    // The visit made after the overlay's button, and one made now: neither opens by itself.
    await spares[1]!.goto(article('article-a'));
    await stayClosed(spares);
  });
});
