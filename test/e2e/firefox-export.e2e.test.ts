import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchFirefox, openReader, type Firefox } from './helpers/firefox';
import { startServer, type TestServer } from './helpers/server';
import { artifactPath } from './helpers/artifacts';

const dialog = 'clearpage-reader >>> [role=dialog][aria-modal=true]';
const baseName = 'How-tidal-power-works-and-why-it-is-still-so-rare';
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const toast = (page: Page) => page.evaluate(() => document.querySelector('clearpage-reader')?.shadowRoot?.querySelector('.toast')?.textContent ?? '');

/** The system clipboard as text, read in the browser window's chrome scope (no page permission or paste prompt involved). */
const readClipboard = (firefox: Firefox) => firefox.chrome<string>(`(() => {
  const transferable = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
  transferable.init(null);
  transferable.addDataFlavor('text/plain');
  Services.clipboard.getData(transferable, Services.clipboard.kGlobalClipboard, window.browsingContext.currentWindowContext);
  const data = {};
  try { transferable.getTransferData('text/plain', data); } catch { return ''; }
  return data.value ? data.value.QueryInterface(Ci.nsISupportsString).data : '';
})()`);
const writeClipboard = (firefox: Firefox, text: string) => firefox.chrome(
  `Cc['@mozilla.org/widget/clipboardhelper;1'].getService(Ci.nsIClipboardHelper).copyString(${JSON.stringify(text)})`);

/** Clicks a Save menu item with trusted input (the clipboard write needs the user's gesture). */
async function chooseFromSaveMenu(page: Page, item: string): Promise<void> {
  await page.click('clearpage-reader >>> .menu > button[aria-haspopup]');
  await page.waitForSelector('clearpage-reader >>> .menu-list:not([hidden])');
  await page.click(`clearpage-reader >>> [role=menuitem]::-p-text(${item})`);
}

describe('Firefox ESR: export', { timeout: 60_000 }, () => {
  let firefox: Firefox;
  let server: TestServer;
  let page: Page;
  const downloads = mkdtempSync(join(tmpdir(), 'clearpage-downloads-'));

  /** Waits (bounded) for a finished download: the file is there and Firefox's .part file is gone. */
  async function downloaded(name: string): Promise<string> {
    const file = join(downloads, name);
    for (const end = Date.now() + 15_000; Date.now() < end; await sleep(100)) {
      if (existsSync(file) && !readdirSync(downloads).some((f) => f.endsWith('.part'))) return readFileSync(file, 'utf8');
    }
    throw new Error(`no download ${name}; the folder holds: ${JSON.stringify(readdirSync(downloads))}`);
  }

  beforeAll(async () => {
    server = await startServer();
    firefox = await launchFirefox(undefined, {
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.panel.shown': true,
    });
    page = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('copies Markdown with front matter and a GFM table, and saves HTML and Markdown files', async () => {
    await page.goto(`${server.origin}/pages/long-article.html`);
    await openReader(firefox, page, dialog);

    await writeClipboard(firefox, 'before the copy');
    await chooseFromSaveMenu(page, 'Copy as Markdown');
    await page.waitForFunction(() => /Copied as Markdown/.test(document.querySelector('clearpage-reader')?.shadowRoot?.querySelector('.toast')?.textContent ?? ''),
      { timeout: 10_000, polling: 100 }).catch(async () => { throw new Error(`no "Copied" toast; the toast says: ${await toast(page)}`); });
    const markdown = await readClipboard(firefox);
    writeFileSync(artifactPath('firefox', 'export-clipboard.md'), markdown);
    expect(markdown).toMatch(/^---\ntitle: "How tidal power works, and why it is still so rare"\nauthor: "Mara Quinn"/);
    expect(markdown).toContain(`source: "${server.origin}/pages/long-article.html"`);
    expect(markdown).toContain('## Barrages and lagoons');
    expect(markdown).toMatch(/\| Site \| Peak current \(m\/s\) \| Relative power \|\n\| --- \| --- \| --- \|/);
    expect(markdown).toContain('```\npower = 0.5');

    await chooseFromSaveMenu(page, 'Save as HTML');
    const html = await downloaded(`${baseName}.html`);
    expect(html).toContain('<title>How tidal power works, and why it is still so rare</title>');
    expect(html).toContain('<link rel="canonical"');
    expect(html).toContain('Turbines in the stream');
    expect(html).toContain('The tide will keep its timetable regardless.');
    expect(html).not.toMatch(/<script/i);

    await chooseFromSaveMenu(page, 'Save as Markdown');
    const saved = await downloaded(`${baseName}.md`);
    expect(saved).toMatch(/^---\ntitle: "How tidal power works, and why it is still so rare"\nauthor: "Mara Quinn"/);
    expect(saved).toMatch(/\| Site \| Peak current \(m\/s\) \| Relative power \|/);
    const unstamped = (text: string) => text.replace(/^saved: ".*"$/m, 'saved: …'); // the time of each export
    expect(unstamped(saved)).toBe(unstamped(markdown));

    expect(await page.$$eval('clearpage-reader', (hosts) => hosts.length)).toBe(1);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('clearpage-reader'), { timeout: 10_000 });
  });
});
