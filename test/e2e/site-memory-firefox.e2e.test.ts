import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clickToolbarButton, launchFirefox, type Firefox } from './helpers/firefox';
import { startServer, type TestServer } from './helpers/server';
import { artifactPath } from './helpers/artifacts';
import { articlePath, hiddenButtonLabel, hiddenListRows, homePage, lineAfter, lineBefore, readerLines, startOtherSite, until } from './helpers/site-memory';
import {
  answerPermissionPrompt, clickInReader, hoverInReader, inExtension, openExtensionPage, popupScreenshot, userClick,
} from './helpers/site-memory-firefox';
import { normalizeText } from '../../src/shared/site-rules';

// Firefox runs the real build (optional_host_permissions): the popup's permissions.request raises Firefox's own
// prompt, which the test answers in the browser window, and permissions.remove really gives the access back.
const dialog = 'clearpage-reader >>> [role=dialog]';
// Polls: puppeteer's selector waits watch the page's own DOM for changes, not the overlay's shadow root.
const inReader = (page: Page, selector: string) => page.waitForFunction(
  (sel) => !!document.querySelector('clearpage-reader')?.shadowRoot?.querySelector(sel), { polling: 100, timeout: 10_000 }, selector);
const overlayOpen = (page: Page) => page.evaluate(() => !!document.querySelector('clearpage-reader')?.shadowRoot?.querySelector('[role=dialog]'));
type Rule = { a: string; r: string; p: string };

describe('Firefox ESR: clutter you can see and undo, per-site memory, auto-open per site', { timeout: 90_000 }, () => {
  let firefox: Firefox;
  let server: TestServer;
  let other: Awaited<ReturnType<typeof startOtherSite>>;
  let page: Page;
  let extension: Page;
  const siteRules = () => inExtension<Rule[]>(extension, `(await browser.storage.sync.get('site:127.0.0.1'))['site:127.0.0.1'] ?? []`);
  const access = () => inExtension<{ origins: string[]; scripts: string[] }>(extension,
    `{ origins: (await browser.permissions.getAll()).origins, scripts: (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id) }`);

  beforeAll(async () => {
    server = await startServer();
    server.routes.set('/', { body: homePage });
    other = await startOtherSite();
    firefox = await launchFirefox();
    page = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
    extension = await openExtensionPage(firefox);
    await page.bringToFront();
  });
  afterAll(async () => {
    await firefox?.close();
    await other?.close();
    await server?.close();
  });

  async function openArticle(name: 'article-a' | 'article-b' = 'article-a', reload = false): Promise<void> {
    if (reload) await page.reload();
    else await page.goto(`${server.origin}${articlePath(name)}`);
    const popup = await clickToolbarButton(firefox, page);
    await popup.click('#toggle');
    await page.waitForSelector(dialog);
    await popup.close();
  }
  // Escape closes an open list (or leaves remove mode) first, then the reader.
  async function closeReader(): Promise<void> {
    await page.bringToFront();
    for (let i = 0; i < 3 && (await overlayOpen(page)); i++) {
      await page.keyboard.press('Escape');
      await new Promise((done) => setTimeout(done, 150));
    }
    expect(await overlayOpen(page)).toBe(false);
  }
  const lines = async () => (await page.evaluate(readerLines))!;

  it('lists what was hidden with plain reasons and shows a sign-up box back in place, then hides it again', async () => {
    await openArticle();
    expect(await page.evaluate(hiddenButtonLabel)).toBe('5 items hidden');
    expect((await lines()).join(' ')).not.toContain('Ukraine Daily');
    await page.click('clearpage-reader >>> #cp-hidden-button');
    await inReader(page, '#cp-hidden li');
    const rows = await page.evaluate(hiddenListRows);
    expect(rows.map((r) => r.reason)).toEqual(expect.arrayContaining(['newsletter sign-up', 'audio player note', 'related stories', 'site navigation']));
    expect(rows.find((r) => r.reason === 'newsletter sign-up')!.preview).toMatch(/^Ukraine Daily · Get the day/);
    await page.screenshot({ path: artifactPath('firefox', 'hidden-items-list.png') });

    await clickInReader(page, '#cp-hidden button.show', 'newsletter sign-up');
    const shown = await lines();
    expect(lineBefore(shown, 'Ukraine Daily')).toMatch(/^Paragraph C of the harbour story/);
    expect(shown.slice(shown.indexOf('Ukraine Daily')).find((line) => line.startsWith('Paragraph'))).toMatch(/^Paragraph D/);
    expect(await page.evaluate(hiddenButtonLabel)).toBe('4 items hidden');
    await clickInReader(page, '#cp-hidden button.show', 'newsletter sign-up');
    expect((await lines()).join(' ')).not.toContain('Ukraine Daily');
    await closeReader();
  });

  it('"Always keep on this site" brings the box back by itself on the next visit; the popup lists the rule and deletes it', async () => {
    await openArticle();
    await page.click('clearpage-reader >>> #cp-hidden-button');
    await inReader(page, '#cp-hidden li');
    await clickInReader(page, '#cp-hidden button.keep', 'newsletter sign-up');
    await until(async () => (await siteRules()).length === 1, 'rule stored');
    expect((await siteRules())[0]).toMatchObject({ a: 'keep', r: 'newsletter' });
    await closeReader();

    await openArticle('article-a', true);
    expect(lineBefore(await lines(), 'Ukraine Daily')).toMatch(/^Paragraph C/);
    expect(await page.evaluate(hiddenButtonLabel)).toBe('4 items hidden');

    const popup = await clickToolbarButton(firefox, page);
    await popup.waitFor(`content.document.querySelectorAll('#site-rules li').length === 1`);
    const listed = await popup.evaluate<string>(`content.document.querySelector('#site-rules li').innerText`);
    expect(listed).toContain('Always keep · newsletter sign-up');
    expect(listed).toContain('Ukraine Daily');
    await popupScreenshot(firefox, artifactPath('firefox', 'popup-site-rules.png'));
    await popup.click('#site-rules .rule-delete');
    await popup.waitFor(`content.document.getElementById('site-status').textContent === 'Rule deleted.'`);
    await popup.close();
    expect(await siteRules()).toEqual([]);
    await closeReader();
  });

  it('removes an element with a click, Z puts it back, and "always" hides it on the next visit as "your rule"', async () => {
    await openArticle();
    await clickInReader(page, '.tool', 'Remove element');
    // The mode loads on first use (site-tools.js): it is on once the button says so.
    await inReader(page, '.tool[aria-pressed="true"]');
    await hoverInReader(page, 'article p', 'Paragraph E of the harbour story');
    expect(await page.evaluate(() => document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('[data-cp-pick]')?.textContent)).toMatch(/^Paragraph E/);
    await clickInReader(page, 'article p', 'Paragraph E of the harbour story');
    expect((await lines()).some((line) => line.startsWith('Paragraph E'))).toBe(false);
    expect(await page.evaluate(hiddenButtonLabel)).toBe('6 items hidden');
    await page.keyboard.press('z');
    const back = await lines();
    expect(lineBefore(back, 'Paragraph E')).toMatch(/^Paragraph D/);
    expect(lineAfter(back, 'Paragraph E')).toMatch(/^Paragraph F/);

    await clickInReader(page, 'article p', 'Paragraph E of the harbour story');
    await clickInReader(page, '.offer button', 'Always hide on this site');
    await until(async () => (await siteRules()).some((rule) => rule.a === 'hide' && rule.r === 'user'), 'hide rule stored');
    await closeReader();

    await openArticle('article-a', true);
    expect((await lines()).some((line) => line.startsWith('Paragraph E'))).toBe(false);
    await page.click('clearpage-reader >>> #cp-hidden-button');
    await inReader(page, '#cp-hidden li');
    const mine = (await page.evaluate(hiddenListRows)).find((r) => r.reason === 'your rule')!;
    expect(mine.preview).toMatch(/^Paragraph E/);
    expect(mine.pressed).toEqual(['Always hide on this site']);
    await closeReader();
  });

  it('never lets a rule hide most of the article: it is skipped and said so in the list', async () => {
    const f = normalizeText('Paragraph A of the harbour story: the council met again').slice(0, 40);
    await inExtension(extension, `browser.storage.sync.set({ 'site:127.0.0.1': [{ a: 'hide', r: 'user', f: ${JSON.stringify(f)}, n: 5000, p: 'Paragraph A and all', c: 1, u: 1 }] })`);
    await openArticle();
    expect((await lines()).filter((line) => line.startsWith('Paragraph'))).toHaveLength(9);
    await page.click('clearpage-reader >>> #cp-hidden-button');
    await inReader(page, '#cp-hidden .note');
    expect(await page.evaluate(() => document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('#cp-hidden .note')!.textContent))
      .toContain('would hide most of the article');
    await closeReader();
    await inExtension(extension, `browser.storage.sync.remove('site:127.0.0.1')`);
  });

  it('auto-open: Firefox asks for this one site, then its articles open by themselves (reload, back/forward), not its home page or another site', async () => {
    await page.goto(`${server.origin}${articlePath('article-a')}`);
    let popup = await clickToolbarButton(firefox, page);
    await userClick(popup, '#auto-open');
    const asked = await answerPermissionPrompt(firefox, false);
    expect(asked).toContain('127.0.0.1');
    await popup.waitFor(`content.document.getElementById('site-status').textContent.includes('was not granted')`);
    expect(await popup.evaluate(`content.document.getElementById('auto-open').checked`)).toBe(false);
    expect(await access()).toEqual({ origins: [], scripts: [] });
    popup = await clickToolbarButton(firefox, page);

    await userClick(popup, '#auto-open');
    await answerPermissionPrompt(firefox, true);
    await popup.waitFor(`content.document.getElementById('site-status').textContent.includes('will open by itself')`);
    await popup.close();
    expect(await access()).toEqual({ origins: ['http://127.0.0.1/*'], scripts: ['auto-open:http://127.0.0.1'] });

    await page.goto(`${server.origin}${articlePath('article-b')}`);
    await page.waitForSelector(dialog);
    expect((await lines()).some((line) => line.startsWith('Paragraph A of the tram story'))).toBe(true);
    await page.reload();
    await page.waitForSelector(dialog);
    await page.goto(`${server.origin}${articlePath('article-a')}`);
    await page.waitForSelector(dialog);
    // history.back() in the page: puppeteer's goBack() waits for a load event that a page-cache restore never sends.
    await page.evaluate(() => history.back());
    await until(async () => (await page.evaluate(readerLines))?.some((line) => line.startsWith('Paragraph A of the tram story')) ?? false, 'back: tram story open');
    await page.evaluate(() => history.forward());
    await until(async () => (await page.evaluate(readerLines))?.some((line) => line.startsWith('Paragraph A of the harbour story')) ?? false, 'forward: harbour story open');

    for (const url of [`${server.origin}/`, `${other.origin}${articlePath('article-a')}`]) {
      // After page-cache restores puppeteer's goto() waits for events that never come: navigate from the page.
      await page.evaluate((to) => { location.href = to; }, url);
      await until(async () => (await page.evaluate(() => `${location.href} ${document.readyState}`)) === `${url} complete`, `at ${url}`);
      await new Promise((done) => setTimeout(done, 2000));
      expect(await overlayOpen(page), url).toBe(false);
    }
  });

  it('the overlay’s "Stop opening automatically on this site" removes the script and gives the permission back', async () => {
    await page.goto(`${server.origin}${articlePath('article-a')}`);
    await page.waitForSelector(dialog);
    await clickInReader(page, '.auto-note button', 'Stop opening automatically');
    await page.waitForFunction(() => document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('.auto-note')!.textContent!.includes('no longer open by itself'), { polling: 100 });
    expect(await access()).toEqual({ origins: [], scripts: [] });
    await page.reload();
    await new Promise((done) => setTimeout(done, 2000));
    expect(await overlayOpen(page)).toBe(false);

    const popup = await clickToolbarButton(firefox, page);
    expect(await popup.evaluate(`content.document.getElementById('auto-open').checked`)).toBe(false);
    await userClick(popup, '#auto-open');
    await answerPermissionPrompt(firefox, true);
    await popup.waitFor(`content.document.getElementById('site-status').textContent.includes('will open by itself')`);
    await userClick(popup, '#auto-open');
    await popup.waitFor(`content.document.getElementById('site-status').textContent.includes('no longer opens by itself')`);
    await popup.close();
    expect(await access()).toEqual({ origins: [], scripts: [] });
  });
});
