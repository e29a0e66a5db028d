import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { firefoxOf, pressShortcut, type Firefox } from './harness/firefox';
import { assignedCommands, clickToolbarButton } from './harness/firefox-popup';
import { testServer, type TestServer } from './harness/server';
import { artifactPath } from './harness/artifacts';
import { folded, overlayState, overlayStyles } from './harness/overlay';
import { defaults } from '../../src/shared/settings';

const seed = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/seed-news-page/expected.json'), 'utf8')) as {
  mustInclude: string[]; mustExclude: string[]; title: string;
};
const readerStyle = (page: Page) => page.evaluate(() => {
  const reader = document.querySelector('clearpage-reader')?.shadowRoot?.querySelector('.reader') as HTMLElement | null;
  if (!reader) return null;
  const style = getComputedStyle(reader);
  return { position: style.position, background: style.backgroundColor, width: getComputedStyle(reader.querySelector('.page')!).width };
});
const pressed = `content.document.getElementById('toggle').getAttribute('aria-pressed')`;
const seedHtml = readFileSync(resolve(import.meta.dirname, '../fixtures/seed-news-page/source.html'), 'utf8');
const strictCsp = "default-src 'none'; style-src 'none'";
/** The light theme's background (the default theme, 'auto', is light here: Firefox headless prefers light). */
const lightBackground = 'rgb(251, 250, 247)';
/** The dialog's accessible role and name, where focus is, and that it is styled (as reader-chromium checks them). */
const dialogState = (page: Page) => page.evaluate(() => {
  const root = Document.prototype.querySelector.call(document, 'clearpage-reader')!.shadowRoot!;
  const dialog = root.querySelector('.reader')!;
  return {
    role: dialog.getAttribute('role'), modal: dialog.getAttribute('aria-modal'), label: dialog.getAttribute('aria-label'),
    focused: root.activeElement === dialog, styled: root.adoptedStyleSheets.length,
    closeButton: root.querySelector('button.close')?.getAttribute('aria-label'),
  };
});

// The real build, driven as a person would: the toolbar button, its popup, the keyboard shortcut.
describe('Firefox ESR: toolbar button → popup → reader overlay, and the shortcut', () => {
  let firefox: Firefox;
  let server: TestServer;
  let page: Page;

  beforeAll(async () => {
    server = await testServer();
    firefox = await firefoxOf('product');
    page = await firefox.newPage();
  });
  beforeEach(() => firefox.reset());
  afterAll(() => page?.close());

  it('opens a clean overlay from the real popup, applies options live, and Escape gives the page back', async () => {
    await page.goto(`${server.origin}/fixtures/seed-news-page/source.html`);
    await page.evaluate(() => window.scrollTo(0, 250));
    const popup = await clickToolbarButton(firefox, page);
    expect(await popup.evaluate(`content.document.activeElement.id`)).toBe('toggle');
    expect(await popup.evaluate(pressed)).toBe('false');
    await popup.click('#toggle');
    await page.waitForFunction(() => !!document.querySelector('clearpage-reader')?.shadowRoot?.querySelector('.reader[role=dialog]'));
    await popup.waitFor(`${pressed} === 'true'`);
    const opened = await page.evaluate(overlayState);
    for (const paragraph of seed.mustInclude) expect(opened.text).toContain(folded(paragraph));
    for (const clutter of seed.mustExclude) expect(opened.text).not.toContain(clutter);
    expect(opened.text).toContain(seed.title);
    expect((await readerStyle(page))!.position).toBe('fixed');
    // Focus moves into reader view once its first frame is painted (with its tools).
    await expect.poll(() => page.evaluate(() => !!document.querySelector('clearpage-reader')?.shadowRoot?.querySelector('.reader[data-tools]')),
      { timeout: 5000, message: 'reader view\'s tools are in place' }).toBe(true);
    expect(await dialogState(page)).toEqual({ role: 'dialog', modal: 'true', label: 'Reader view', focused: true, styled: 1, closeButton: 'Close reader view' });
    await page.screenshot({ path: artifactPath('firefox', 'overlay-light.png') });

    await popup.click('label[data-value="sepia"]');
    await page.waitForFunction(() =>
      (document.querySelector('clearpage-reader')?.shadowRoot?.querySelector('.reader') as HTMLElement)?.dataset.theme === 'sepia');
    expect((await readerStyle(page))!.background).toBe('rgb(244, 236, 216)');
    await page.screenshot({ path: artifactPath('firefox', 'overlay-sepia.png') });
    // A second live change, back to light.
    await popup.click('label[data-value="light"]');
    await expect.poll(() => page.evaluate(overlayState).then((state) => state.theme), { timeout: 3000, message: 'theme light applied live' }).toBe('light');
    expect((await readerStyle(page))!.background).toBe(lightBackground);
    await popup.close();

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('clearpage-reader'));
    expect(await page.evaluate(() => window.scrollY)).toBe(250);
  });

  /** Toolbar button → popup → toggle, as a person opens reader view; the popup is closed again once it says "on". */
  async function openFromPopup(): Promise<void> {
    const popup = await clickToolbarButton(firefox, page);
    await popup.click('#toggle');
    await expect.poll(() => page.evaluate(overlayState).then((state) => state.open), { timeout: 5000, message: 'reader view opened from the popup' }).toBe(true);
    await popup.waitFor(`${pressed} === 'true'`);
    await popup.close();
    await expect.poll(() => page.evaluate(() => !!document.querySelector('clearpage-reader')?.shadowRoot?.querySelector('.reader[data-tools]')),
      { timeout: 5000, message: 'reader view\'s tools are in place' }).toBe(true);
  }
  async function closeWithEscape(): Promise<void> {
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(overlayState).then((state) => state.hosts), { timeout: 5000, message: 'Escape closed reader view' }).toBe(0);
  }

  it(`is fully styled on a page whose Content-Security-Policy forbids styles ("${strictCsp}")`, async () => {
    server.routes.set('/fixtures/seed-news-page/strict-csp-firefox.html', { body: seedHtml, headers: { 'content-security-policy': strictCsp } });
    // The reference: the same article on the plain page, opened the same way.
    await page.goto(`${server.origin}/fixtures/seed-news-page/source.html?csp-reference`);
    await openFromPopup();
    const expected = await page.evaluate(overlayStyles);
    await closeWithEscape();

    await page.goto(`${server.origin}/fixtures/seed-news-page/strict-csp-firefox.html`);
    // The policy is in force: the page's own inline style (display:none) is refused.
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('mce-error-response')!).display)).toBe('block');
    await openFromPopup();
    expect(await readerStyle(page)).toEqual({ position: 'fixed', background: lightBackground, width: `${defaults.contentWidth}px` });
    expect(await dialogState(page)).toMatchObject({ role: 'dialog', modal: 'true', styled: 1 });
    expect(await page.evaluate(overlayStyles)).toEqual(expected);
    await page.screenshot({ path: artifactPath('firefox', 'overlay-strict-csp.png') });
    await closeWithEscape();
  });

  it('toggles with the keyboard shortcut Firefox assigned', async () => {
    const shortcut = (await assignedCommands(firefox)).find((c) => c.name === 'toggle-reader')?.shortcut;
    expect(shortcut).toBe('Alt+Shift+Y');
    await page.goto(`${server.origin}/fixtures/seed-news-page/source.html?shortcut`);
    await page.bringToFront();
    await pressShortcut(firefox, shortcut!);
    await page.waitForFunction(() => !!document.querySelector('clearpage-reader')?.shadowRoot?.querySelector('.reader[role=dialog]'));
    expect((await page.evaluate(overlayState)).text).toContain(folded(seed.mustInclude[0]!));
    await pressShortcut(firefox, shortcut!);
    await page.waitForFunction(() => !document.querySelector('clearpage-reader'));
  });

  it('explains, instead of failing, on about: pages', async () => {
    const other = await firefox.newPage(); // about:blank
    expect(other.url()).toMatch(/^about:/);
    const popup = await clickToolbarButton(firefox, other);
    expect(await popup.evaluate(`content.document.getElementById('toggle').disabled`)).toBe(true);
    expect(await popup.evaluate(`content.document.getElementById('status').textContent`)).toMatch(/cannot run here/);
    await popup.close();
    await other.close();
  });
});
