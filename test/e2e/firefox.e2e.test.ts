import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { assignedCommands, clickToolbarButton, launchFirefox, openReader, pressShortcut, type Firefox } from './helpers/firefox';
import { startServer, type TestServer } from './helpers/server';
import { artifactPath } from './helpers/artifacts';

const seed = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/seed-news-page/expected.json'), 'utf8')) as {
  mustInclude: string[]; mustExclude: string[]; title: string;
};
const seedHtml = readFileSync(resolve(import.meta.dirname, '../fixtures/seed-news-page/source.html'), 'utf8');
const dialog = 'clearpage-reader >>> [role=dialog]';
const folded = (text: string) => text.replace(/\s+/g, ' ');
const readerStyle = (page: Page) => page.evaluate(() => {
  const reader = document.querySelector('clearpage-reader')?.shadowRoot?.querySelector('.reader') as HTMLElement | null;
  if (!reader) return null;
  const style = getComputedStyle(reader);
  return { text: reader.innerText, theme: reader.dataset.theme, position: style.position, background: style.backgroundColor,
    width: getComputedStyle(reader.querySelector('.page')!).width };
});

describe('Firefox ESR: toolbar button → popup → reader overlay', () => {
  let firefox: Firefox;
  let server: TestServer;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    firefox = await launchFirefox();
    page = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('opens a clean overlay from the real popup, applies options live, and Escape gives the page back', async () => {
    await page.goto(`${server.origin}/fixtures/seed-news-page/source.html`);
    await page.evaluate(() => window.scrollTo(0, 250));
    const popup = await clickToolbarButton(firefox, page);
    expect(await popup.evaluate(`content.document.activeElement.id`)).toBe('toggle');
    await popup.click('#toggle');
    await page.waitForSelector(dialog);
    await popup.waitFor(`content.document.getElementById('toggle').getAttribute('aria-pressed') === 'true'`);
    const opened = await readerStyle(page);
    for (const paragraph of seed.mustInclude) expect(folded(opened!.text)).toContain(folded(paragraph));
    for (const clutter of seed.mustExclude) expect(opened!.text).not.toContain(clutter);
    expect(opened!.position).toBe('fixed');
    await page.screenshot({ path: artifactPath('firefox', 'overlay-light.png') });

    await popup.click('label[data-value="sepia"]');
    await page.waitForFunction(() =>
      (document.querySelector('clearpage-reader')?.shadowRoot?.querySelector('.reader') as HTMLElement)?.dataset.theme === 'sepia');
    expect((await readerStyle(page))!.background).toBe('rgb(244, 236, 216)');
    await page.screenshot({ path: artifactPath('firefox', 'overlay-sepia.png') });
    await popup.click('label[data-value="light"]');
    // Closing the popup before the choice is stored would leave sepia for the next test.
    await page.waitForFunction(() =>
      (document.querySelector('clearpage-reader')?.shadowRoot?.querySelector('.reader') as HTMLElement)?.dataset.theme === 'light');
    await popup.close();

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('clearpage-reader'));
    expect(await page.evaluate(() => window.scrollY)).toBe(250);
  });

  it('is fully styled on a page whose Content-Security-Policy forbids styles', async () => {
    server.routes.set('/csp/article.html', {
      body: seedHtml.replace(/<meta property="og:image"[^>]*>/, ''),
      headers: { 'content-security-policy': "default-src 'none'; style-src 'none'; img-src 'self'" },
    });
    await page.goto(`${server.origin}/csp/article.html`);
    await openReader(firefox, page);
    const style = await readerStyle(page);
    expect(style).toMatchObject({ position: 'fixed', background: 'rgb(251, 250, 247)', width: '680px' });
    await page.screenshot({ path: artifactPath('firefox', 'overlay-strict-csp.png') });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('clearpage-reader'));
  });

  it('toggles with the keyboard shortcut Firefox assigned', async () => {
    const shortcut = (await assignedCommands(firefox)).find((c) => c.name === 'toggle-reader')?.shortcut;
    expect(shortcut).toBeTruthy();
    await page.goto(`${server.origin}/fixtures/seed-news-page/source.html`);
    await pressShortcut(firefox, shortcut!);
    await page.waitForSelector(dialog);
    await pressShortcut(firefox, shortcut!);
    await page.waitForFunction(() => !document.querySelector('clearpage-reader'));
  });

  it('explains, instead of failing, on about: pages', async () => {
    const other = await firefox.browser.newPage(); // about:blank
    expect(other.url()).toMatch(/^about:/);
    const popup = await clickToolbarButton(firefox, other);
    expect(await popup.evaluate(`content.document.getElementById('toggle').disabled`)).toBe(true);
    expect(await popup.evaluate(`content.document.getElementById('status').textContent`)).toMatch(/cannot run here/);
    await popup.close();
    await other.close();
  });
});
