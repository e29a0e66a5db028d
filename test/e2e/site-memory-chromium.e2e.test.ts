import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromiumOf, type Chromium } from './harness/chromium';
import { clickToolbarButton } from './harness/chromium-popup';
import { testServer, type TestServer } from './harness/server';
import { artifactPath } from './harness/artifacts';
import { inReader, overlayState } from './harness/overlay';
import { articlePath, hiddenButtonLabel, hiddenListRows, lineAfter, lineBefore, readerLines, siteKey, type ArticleName } from './harness/site-memory';
import { siteRules } from './harness/site-memory-chromium';
import { normalizeText } from '../../src/shared/site-rules';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// The test build (host access to 127.0.0.1): reader view opened and closed through the background, as the popup does.
describe('Chromium: clutter you can see and undo, per-site memory', () => {
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
    await page.bringToFront(); // the control page the reset opened is in front otherwise, and hidden tabs get no frames
  });
  afterAll(() => page?.close());

  const row = (reason: string) => page.locator(inReader('#cp-hidden li'), { hasText: reason });
  const lines = async () => (await page.evaluate(readerLines))!;
  async function open(): Promise<void> {
    expect((await browser.reader(page, 'open')).status).toBe('open');
    expect(await page.locator('clearpage-reader .reader[role=dialog]').getAttribute('aria-modal')).toBe('true');
  }
  async function openArticle(name: ArticleName = 'article-a'): Promise<void> {
    await page.goto(`${server.origin}${articlePath(name, `memory-${++visit}`)}`);
    await open();
  }
  async function openList(): Promise<void> {
    await page.locator(inReader('#cp-hidden-button')).click();
    await page.locator(inReader('#cp-hidden li')).first().waitFor();
  }
  async function close(): Promise<void> {
    expect((await browser.reader(page, 'close')).status).toBe('closed');
    expect(await page.evaluate(overlayState)).toMatchObject({ hosts: 0, open: false });
  }

  it('lists what was hidden with plain reasons and shows a sign-up box back in place, then hides it again', async () => {
    await openArticle();
    expect(await page.evaluate(hiddenButtonLabel)).toBe('5 items hidden');
    expect((await lines()).join(' ')).not.toContain('Ukraine Daily');

    await openList();
    const rows = await page.evaluate(hiddenListRows);
    expect(rows.map((r) => r.reason)).toEqual(expect.arrayContaining(['newsletter sign-up', 'audio player note', 'related stories', 'site navigation']));
    expect(rows.find((r) => r.reason === 'newsletter sign-up')!.preview).toMatch(/^Ukraine Daily · Get the day’s|^Ukraine Daily · Get the day's/);
    expect(rows.find((r) => r.reason === 'newsletter sign-up')!.buttons).toEqual(['Show here', 'Always keep on this site', 'Always hide on this site']);
    await page.screenshot({ path: artifactPath('chromium', 'hidden-items-list.png') });
    await page.addScriptTag({ content: axeSource });
    const axe = await page.evaluate(async () => {
      const result = await (window as any).axe.run({ include: { fromShadowDom: ['clearpage-reader', '#cp-hidden'] } });
      return { violations: result.violations.map((v: { id: string }) => v.id), checked: result.passes.reduce((n: number, r: { nodes: unknown[] }) => n + r.nodes.length, 0) };
    });
    expect(axe.violations).toEqual([]);
    expect(axe.checked).toBeGreaterThan(20); // axe really looked inside the list

    await row('newsletter sign-up').locator('button.show').click();
    const shown = await lines();
    expect(lineBefore(shown, 'Ukraine Daily')).toMatch(/^Paragraph C of the harbour story/);
    expect(shown.slice(shown.indexOf('Ukraine Daily')).find((line) => line.startsWith('Paragraph'))).toMatch(/^Paragraph D/);
    expect(await page.evaluate(hiddenButtonLabel)).toBe('4 items hidden');
    expect(await page.evaluate(() => !!document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('article [data-cp-restored] h3'))).toBe(true);
    await page.screenshot({ path: artifactPath('chromium', 'hidden-item-restored.png') });

    await row('newsletter sign-up').locator('button.show').click();
    expect((await lines()).join(' ')).not.toContain('Ukraine Daily');
    expect(await page.evaluate(hiddenButtonLabel)).toBe('5 items hidden');
    // Showing and hiding in place is for this visit only: nothing is stored.
    expect(await siteRules(browser)).toEqual([]);
    await close();
  });

  it('hides an advertisement\'s section as one item and shows it back whole, in its place', async () => {
    await openArticle('newsletter-issue');
    expect((await lines()).join(' ')).not.toMatch(/Harbour Fair|Book your table/);
    await openList();
    const ads = (await page.evaluate(hiddenListRows)).filter((r) => r.reason === 'advertisement');
    expect(ads.map((r) => r.preview)).toEqual([expect.stringMatching(/^Advertisement: The Harbour Fair · The Harbour Fair is back/)]);

    await row('advertisement').locator('button.show').click();
    const shown = await lines();
    expect(lineBefore(shown, 'Advertisement: The Harbour Fair')).toMatch(/^Paragraph C of the weekly issue/);
    expect(lineAfter(shown, 'Advertisement: The Harbour Fair')).toMatch(/^The Harbour Fair is back/);
    expect(lineAfter(shown, 'Book your table')).toBe('What comes next');
    await page.screenshot({ path: artifactPath('chromium', 'hidden-ad-restored.png') });
    await close();
  });

  it('"Always keep on this site" brings the box back by itself on the next visit; the popup lists the rule and deletes it', async () => {
    await openArticle();
    await openList();
    await row('newsletter sign-up').locator('button.keep').click();
    await expect.poll(() => siteRules(browser), { timeout: 5000, message: 'the keep rule is stored' }).toHaveLength(1);
    expect((await siteRules(browser))[0]).toMatchObject({ a: 'keep', r: 'newsletter' });
    await close();

    await page.reload();
    await open();
    expect(lineBefore(await lines(), 'Ukraine Daily')).toMatch(/^Paragraph C/);
    expect(await page.evaluate(hiddenButtonLabel)).toBe('4 items hidden');
    await openList();
    expect((await page.evaluate(hiddenListRows)).find((r) => r.reason === 'newsletter sign-up')!.pressed).toEqual(['Always keep on this site']);

    // The popup's own list of the site's rules is the subject here: the real toolbar button and popup.
    const popup = await clickToolbarButton(browser, page);
    await popup.waitFor(`document.querySelectorAll('#site-rules li').length === 1`);
    const listed = await popup.evaluate<string>(`document.querySelector('#site-rules li').innerText`);
    expect(listed).toContain('Always keep · newsletter sign-up');
    expect(listed).toContain('Ukraine Daily');
    expect(await popup.evaluate(`document.querySelector('label[for], .site label').textContent`)).toContain('Always open reader view on 127.0.0.1');
    await popup.screenshot(artifactPath('chromium', 'popup-site-rules.png'));
    await popup.click('#site-rules .rule-delete');
    await expect.poll(() => siteRules(browser), { timeout: 5000, message: 'the popup deleted the rule' }).toEqual([]);
    await popup.waitFor(`document.getElementById('site-status').textContent === 'Rule deleted.'`);
    await popup.close();
    await close();
  });

  it('removes an element with a click, Z puts it back, and "always" hides it on the next visit as "your rule"', async () => {
    await openArticle();
    const hasE = async () => (await lines()).some((line) => line.startsWith('Paragraph E'));
    await page.locator(inReader('.tool'), { hasText: 'Remove element' }).click();
    // The mode loads on first use (site-tools.js): it is on once the button says so.
    await page.locator(inReader('.tool[aria-pressed="true"]'), { hasText: 'Remove element' }).waitFor();
    const target = page.locator(inReader('article p'), { hasText: 'Paragraph E of the harbour story' });
    await target.hover();
    await expect.poll(() => target.getAttribute('data-cp-pick'), { timeout: 3000, message: 'the hovered paragraph is marked' }).toBe('');
    await target.click();
    expect(await hasE()).toBe(false);
    expect(await page.evaluate(hiddenButtonLabel)).toBe('6 items hidden');
    await page.keyboard.press('z');
    const back = await lines();
    expect(lineBefore(back, 'Paragraph E')).toMatch(/^Paragraph D/);
    expect(lineAfter(back, 'Paragraph E')).toMatch(/^Paragraph F/);
    expect(await page.evaluate(hiddenButtonLabel)).toBe('5 items hidden');

    await target.click();
    expect(await hasE()).toBe(false);
    await page.keyboard.press('Control+z');
    expect(await hasE()).toBe(true);
    await target.click();
    expect(await hasE()).toBe(false);
    await page.locator(inReader('.offer button'), { hasText: 'Always hide on this site' }).click();
    await expect.poll(async () => (await siteRules(browser)).filter((rule) => rule.a === 'hide' && rule.r === 'user'),
      { timeout: 5000, message: 'the hide rule is stored' }).toHaveLength(1);
    await page.keyboard.press('Escape'); // leaves remove mode, not reader view
    await page.locator(inReader('.tool[aria-pressed="false"]'), { hasText: 'Remove element' }).waitFor();
    expect(await page.evaluate(overlayState)).toMatchObject({ hosts: 1, open: true });
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
    // A stored rule whose text start is the article's first paragraph, and whose length is the whole article's.
    const f = normalizeText('Paragraph A of the harbour story: the council met again').slice(0, 40);
    await (await browser.worker()).evaluate(async ([key, start]) => {
      await chrome.storage.sync.set({ [key]: [{ a: 'hide', r: 'user', f: start, n: 5000, p: 'Paragraph A and all', c: 1, u: 1 }] });
    }, [siteKey, f] as const);
    await openArticle();
    expect((await lines()).filter((line) => line.startsWith('Paragraph'))).toHaveLength(9);
    await page.locator(inReader('#cp-hidden-button')).click();
    expect(await page.locator(inReader('#cp-hidden .note')).innerText()).toContain('was not applied here: it would hide most of the article');
    // Skipped, not dropped: the rule is still stored.
    expect(await siteRules(browser)).toHaveLength(1);
    await close();
  });
});
