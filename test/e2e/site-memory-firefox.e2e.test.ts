import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { firefoxOf, type Firefox } from './harness/firefox';
import { clickToolbarButton } from './harness/firefox-popup';
import { testServer, type TestServer } from './harness/server';
import { artifactPath } from './harness/artifacts';
import { overlayState } from './harness/overlay';
import {
  articlePath, hiddenButtonLabel, hiddenListRows, lineAfter, lineBefore, readerLines, siteKey, type StoredRule,
} from './harness/site-memory';
import { inReaderView, popupScreenshot } from './harness/site-memory-firefox';
import { within } from './harness/within';
import { normalizeText } from '../../src/shared/site-rules';

// The test build (reader view opened and closed through the background); the auto-open tests, which need the real
// permission prompt, are in auto-open-firefox.e2e.test.ts on the real build.
describe('Firefox ESR: clutter you can see and undo, per-site memory', () => {
  let firefox: Firefox;
  let server: TestServer;
  let page: Page;
  /** An extension page of this file's own, for storage writes that take an argument (`inExtension` takes none). */
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
    await page.bringToFront(); // the control page the reset opened is in front otherwise
  });
  afterAll(async () => {
    await page?.close();
    await extension?.close();
  });

  const siteRules = () => within(extension.evaluate(async (key) =>
    ((await (globalThis as any).browser.storage.sync.get(key))[key] ?? []) as StoredRule[], siteKey), 5000, 'reading the rules');
  const lines = async () => (await page.evaluate(readerLines))!;
  const hasE = async () => (await lines()).some((line) => line.startsWith('Paragraph E'));
  async function open(): Promise<void> {
    expect((await firefox.reader(page, 'open')).status).toBe('open');
    expect(await page.evaluate(overlayState)).toMatchObject({ hosts: 1, open: true });
  }
  async function openArticle(): Promise<void> {
    await page.goto(`${server.origin}${articlePath('article-a', `memory-firefox-${++visit}`)}`);
    await open();
  }
  async function openList(): Promise<void> {
    await (await inReaderView(page, '#cp-hidden-button')).click();
    await inReaderView(page, '#cp-hidden li');
  }
  async function close(): Promise<void> {
    expect((await firefox.reader(page, 'close')).status).toBe('closed');
    expect(await page.evaluate(overlayState)).toMatchObject({ hosts: 0, open: false });
  }

  it('lists what was hidden with plain reasons and shows a sign-up box back in place, then hides it again', async () => {
    await openArticle();
    expect(await page.evaluate(hiddenButtonLabel)).toBe('5 items hidden');
    expect((await lines()).join(' ')).not.toContain('Ukraine Daily');
    await openList();
    const rows = await page.evaluate(hiddenListRows);
    expect(rows.map((r) => r.reason)).toEqual(expect.arrayContaining(['newsletter sign-up', 'audio player note', 'related stories', 'site navigation']));
    expect(rows.find((r) => r.reason === 'newsletter sign-up')!.preview).toMatch(/^Ukraine Daily · Get the day/);
    await page.screenshot({ path: artifactPath('firefox', 'hidden-items-list.png') });

    await (await inReaderView(page, '#cp-hidden button.show', 'newsletter sign-up')).click();
    const shown = await lines();
    expect(lineBefore(shown, 'Ukraine Daily')).toMatch(/^Paragraph C of the harbour story/);
    expect(shown.slice(shown.indexOf('Ukraine Daily')).find((line) => line.startsWith('Paragraph'))).toMatch(/^Paragraph D/);
    expect(await page.evaluate(hiddenButtonLabel)).toBe('4 items hidden');
    await (await inReaderView(page, '#cp-hidden button.show', 'newsletter sign-up')).click();
    expect((await lines()).join(' ')).not.toContain('Ukraine Daily');
    expect(await siteRules()).toEqual([]);
    await close();
  });

  it('"Always keep on this site" brings the box back by itself on the next visit; the popup lists the rule and deletes it', async () => {
    await openArticle();
    await openList();
    await (await inReaderView(page, '#cp-hidden button.keep', 'newsletter sign-up')).click();
    await expect.poll(siteRules, { timeout: 5000, message: 'the keep rule is stored' }).toHaveLength(1);
    expect((await siteRules())[0]).toMatchObject({ a: 'keep', r: 'newsletter' });
    await close();

    await page.reload();
    await open();
    expect(lineBefore(await lines(), 'Ukraine Daily')).toMatch(/^Paragraph C/);
    expect(await page.evaluate(hiddenButtonLabel)).toBe('4 items hidden');

    // The popup's own list of the site's rules is the subject here: the real toolbar button and popup.
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
    await close();
  });

  it('removes an element with a click, Z puts it back, and "always" hides it on the next visit as "your rule"', async () => {
    await openArticle();
    await (await inReaderView(page, '.tool', 'Remove element')).click();
    // The mode loads on first use (site-tools.js): it is on once the button says so.
    await inReaderView(page, '.tool[aria-pressed="true"]', 'Remove element');
    await (await inReaderView(page, 'article p', 'Paragraph E of the harbour story')).hover();
    await expect.poll(() => page.evaluate(() => document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('[data-cp-pick]')?.textContent ?? ''),
      { timeout: 3000, message: 'the hovered paragraph is marked' }).toMatch(/^Paragraph E/);
    await (await inReaderView(page, 'article p', 'Paragraph E of the harbour story')).click();
    expect(await hasE()).toBe(false);
    expect(await page.evaluate(hiddenButtonLabel)).toBe('6 items hidden');
    await page.keyboard.press('z');
    const back = await lines();
    expect(lineBefore(back, 'Paragraph E')).toMatch(/^Paragraph D/);
    expect(lineAfter(back, 'Paragraph E')).toMatch(/^Paragraph F/);
    expect(await page.evaluate(hiddenButtonLabel)).toBe('5 items hidden');

    await (await inReaderView(page, 'article p', 'Paragraph E of the harbour story')).click();
    expect(await hasE()).toBe(false);
    await (await inReaderView(page, '.offer button', 'Always hide on this site')).click();
    await expect.poll(async () => (await siteRules()).filter((rule) => rule.a === 'hide' && rule.r === 'user'),
      { timeout: 5000, message: 'the hide rule is stored' }).toHaveLength(1);
    await close();

    await page.reload();
    await open();
    expect(await hasE()).toBe(false);
    await openList();
    const mine = (await page.evaluate(hiddenListRows)).find((r) => r.reason === 'your rule')!;
    expect(mine.preview).toMatch(/^Paragraph E/);
    expect(mine.pressed).toEqual(['Always hide on this site']);
    await close();
  });

  it('never lets a rule hide most of the article: it is skipped and said so in the list', async () => {
    const f = normalizeText('Paragraph A of the harbour story: the council met again').slice(0, 40);
    await within(extension.evaluate((key, start) => (globalThis as any).browser.storage.sync.set({
      [key]: [{ a: 'hide', r: 'user', f: start, n: 5000, p: 'Paragraph A and all', c: 1, u: 1 }],
    }), siteKey, f), 5000, 'storing the rule');
    await openArticle();
    expect((await lines()).filter((line) => line.startsWith('Paragraph'))).toHaveLength(9);
    await (await inReaderView(page, '#cp-hidden-button')).click();
    const note = await inReaderView(page, '#cp-hidden .note');
    expect(await note.evaluate((node) => node.textContent)).toContain('would hide most of the article');
    expect(await siteRules()).toHaveLength(1);
    await close();
  });
});
