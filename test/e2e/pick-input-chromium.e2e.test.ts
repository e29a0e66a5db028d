import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumOf, type Chromium } from './harness/chromium';
import { clickToolbarButton } from './harness/chromium-popup';
import { testServer, type TestServer } from './harness/server';
import { overlayState } from './harness/overlay';
import { syncStorage } from './harness/site-memory-chromium';
import { within } from './harness/within';
import { areaKey, lettersStart, readerView, selectText, storyPath, storyStart } from './harness/pick';

const story = readFileSync(resolve(import.meta.dirname, 'pages/pick/story-1.html'), 'utf8');
const lines = (from: number, to: number): [string, string] => [`.report-lines p:nth-child(${from})`, `.report-lines p:nth-child(${to})`];
const storedArea = (over: object) => ({ s: 'div.report-lines', k: 'class', p: 'Story line one…', c: 20000, u: 20000, stale: false, ...over });

// Issue 15, items 2 (stale rules, the lists), 3 (the selection) and 4 (the context menu), on the test build.
describe('Chromium: a selection read as the article, the context menu, and the area rules in the lists', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;
  let visit = 0;

  beforeAll(async () => {
    server = await testServer();
    // The story with a letter being written in a form: text selected there is never an article.
    server.routes.set('/pick/with-form.html', { body: story.replace('</main>', `<form><label>Your letter <textarea id="letter">${'I have read every letter on this page with care and I would like to add that the tables were always hard to read. '.repeat(3)}</textarea></label></form></main>`) });
    browser = await chromiumOf('test');
    page = await browser.newPage();
  });
  beforeEach(async () => {
    await browser.reset();
    await page.bringToFront();
  });
  afterAll(() => page?.close());

  const view = async () => (await page.evaluate(readerView))!;
  const goto = (path: string) => page.goto(`${server.origin}${path}${path.includes('?') ? '&' : '?'}visit=input-${++visit}`);
  const close = async () => expect((await browser.reader(page, 'close')).status).toBe('closed');
  /** A menu item chosen in the tab showing `page`: the background's own onClicked listeners, called as a click calls them. */
  const chooseMenuItem = async (menuItemId: string) => within((await browser.worker()).evaluate(async ([id, url]) => {
    const [tab] = await chrome.tabs.query({ url });
    (chrome.contextMenus.onClicked as unknown as { dispatch(info: object, tab: chrome.tabs.Tab): void })
      .dispatch({ menuItemId: id, editable: false, pageUrl: url, frameId: 0 }, tab!);
  }, [menuItemId, page.url()] as const), 5000, `menu item ${menuItemId}`);

  it('a selection of a paragraph or more opens as the article, with the page\'s title and byline, and says so', async () => {
    await goto('/pick/with-form.html');
    expect(await page.evaluate(selectText, lines(1, 3))).toMatch(/^Story line one[\s\S]*hulls well ahead\.$/);
    expect((await browser.reader(page, 'toggle')).status).toBe('open');
    const shown = await view();
    expect(shown.note).toBe('Showing your selection');
    expect(shown.text.startsWith(storyStart)).toBe(true);
    expect(shown.text).toContain('Story line three');
    expect(shown.text).not.toContain('Story line four');
    expect(shown.text).not.toContain(lettersStart);
    expect(shown.title).toBe('Tide tables return to the harbour office – Harbour Gazette');
    expect(shown.meta).toContain('Mara Quill');
    await close();

    // A few words (the headline) are not an article: the page's own article, no note.
    expect(await page.evaluate(selectText, ['article h1', 'article h1'] as [string, string])).toBe('Tide tables return to the harbour office');
    expect((await browser.reader(page, 'toggle')).status).toBe('open');
    expect(await view()).toMatchObject({ note: '' });
    expect((await view()).text).toContain(lettersStart);
    await close();

    // Text selected in a form field is not the page's selection to read.
    await page.evaluate(() => { const field = document.getElementById('letter') as HTMLTextAreaElement; field.focus(); field.select(); });
    expect((await browser.reader(page, 'toggle')).status).toBe('open');
    expect(await view()).toMatchObject({ note: '' });
    expect((await view()).text).toContain(lettersStart);
  });

  it('the context menu\'s two items, created at install, open reader view and read the selection', async () => {
    const documentUrlPatterns = ['http://*/*', 'https://*/*', 'file:///*'];
    const worker = await browser.worker();
    // As created at install (recorded by the test build; the service worker may have restarted since)…
    expect(await worker.evaluate(async () => (await chrome.storage.session.get('testMenuItems')).testMenuItems)).toEqual([
      { id: 'open-reader', title: 'Open reader view', contexts: ['page'], documentUrlPatterns },
      { id: 'read-selection', title: 'Read selection in reader view', contexts: ['selection'], documentUrlPatterns },
    ]);
    // …and still there now: updating an item that does not exist fails.
    expect(await worker.evaluate(() => Promise.all(['open-reader', 'read-selection'].map((id) =>
      chrome.contextMenus.update(id, {}).then(() => 'there', (error: Error) => error.message))))).toEqual(['there', 'there']);
    await goto(storyPath(1, 'menu'));
    await chooseMenuItem('open-reader');
    await expect.poll(() => page.evaluate(overlayState), { timeout: 5000, message: 'reader view opens from the menu' }).toMatchObject({ open: true });
    expect((await view()).text).toContain(lettersStart);
    await close();

    await page.evaluate(selectText, lines(2, 4));
    await chooseMenuItem('read-selection');
    await expect.poll(async () => (await page.evaluate(readerView))?.note, { timeout: 5000, message: 'reader view reads the selection' })
      .toBe('Showing your selection');
    expect((await view()).text).toMatch(/^Story line two[\s\S]*Story line four/);
    expect((await view()).text).not.toContain(storyStart);
  });

  it('a stored area that finds nothing or several blocks is ignored and marked stale; the lists show it and delete it', async () => {
    const worker = await browser.worker();
    const store = (value: object) => worker.evaluate(([key, area]) => chrome.storage.sync.set({ [key]: area }), [areaKey, value] as const);
    for (const selector of ['div.gone', 'p.letter']) {
      await store(storedArea({ s: selector }));
      await goto(storyPath(1, 'stale'));
      expect((await browser.reader(page, 'open')).status).toBe('open');
      expect(await view()).toMatchObject({ note: '' });
      expect((await view()).text).toContain(lettersStart);
      await expect.poll(async () => (await syncStorage(browser))[areaKey], { timeout: 5000, message: `${selector} is marked stale` })
        .toMatchObject({ s: selector, stale: true });
      await close();
    }
    const options = await browser.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('body[data-ready="1"]').waitFor();
    const row = options.locator('.site-block[data-site="127.0.0.1"] li.area-rule');
    expect(await row.getAttribute('data-stale')).toBe('true');
    expect(await row.innerText()).toMatch(/Article area · not found[\s\S]*Story line one…[\s\S]*not found on the last page/);
    await row.locator('button.rule-delete').click();
    await expect.poll(async () => areaKey in (await syncStorage(browser)), { timeout: 5000, message: 'the options page deleted it' }).toBe(false);
    expect(await options.locator('#sites-status').innerText()).toBe('Rule deleted.');
    await options.close();

    // A rule that works is used, and listed in the popup with the site's other rules; its delete button forgets it.
    await store(storedArea({}));
    await goto(storyPath(1, 'popup'));
    expect((await browser.reader(page, 'open')).status).toBe('open');
    expect((await view()).note).toBe('Using the area you picked for this site');
    const popup = await clickToolbarButton(browser, page);
    await popup.waitFor(`document.querySelectorAll('#site-rules li.area-rule').length === 1`);
    expect(await popup.evaluate<string>(`document.querySelector('#site-rules li.area-rule').innerText`)).toMatch(/^Article area\n?[\s\S]*Story line one…/);
    await popup.click('#site-rules li.area-rule .rule-delete');
    await popup.waitFor(`document.getElementById('site-status').textContent === 'Rule deleted.'`);
    expect(await popup.evaluate(`document.querySelector('#site-rules').children.length === 0 && !document.querySelector('.site .hint').hidden`)).toBe(true);
    await popup.close();
    expect(await syncStorage(browser)).not.toHaveProperty(areaKey);
  });
});
