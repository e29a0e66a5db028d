import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { firefoxOf, type Firefox } from './harness/firefox';
import { testServer, type TestServer } from './harness/server';
import { artifactPath } from './harness/artifacts';

const baseName = 'How-tidal-power-works-and-why-it-is-still-so-rare';

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

/** Clicks a Save menu item with trusted input (the clipboard write needs the person's gesture). */
async function chooseFromSaveMenu(page: Page, item: string): Promise<void> {
  await page.click('clearpage-reader >>> .menu > button[aria-haspopup]');
  await page.waitForSelector('clearpage-reader >>> .menu-list:not([hidden])');
  await page.click(`clearpage-reader >>> [role=menuitem]::-p-text(${item})`);
}

describe('Firefox ESR: export', () => {
  let firefox: Firefox;
  let server: TestServer;
  let page: Page;

  /** The saved file once it is complete (there, and Firefox's .part file gone), polled for up to 5 s. */
  async function downloaded(name: string): Promise<string> {
    const file = join(firefox.downloads, name);
    await expect.poll(() => existsSync(file) && !readdirSync(firefox.downloads).some((f) => f.endsWith('.part')),
      { timeout: 5000, message: `the download ${name}` }).toBe(true);
    return readFileSync(file, 'utf8');
  }

  beforeAll(async () => {
    server = await testServer();
    firefox = await firefoxOf('test');
    page = await firefox.newPage();
  });
  beforeEach(() => firefox.reset());
  afterAll(() => page?.close());

  it('copies Markdown with front matter and a GFM table, and saves HTML and Markdown files', async () => {
    await page.goto(`${server.origin}/pages/long-article.html?firefox-export`);
    expect((await firefox.reader(page, 'open')).status).toBe('open');

    await writeClipboard(firefox, 'before the copy');
    await chooseFromSaveMenu(page, 'Copy as Markdown');
    await page.waitForSelector('clearpage-reader >>> .toast::-p-text(Copied as Markdown)', { visible: true });
    const markdown = await readClipboard(firefox);
    writeFileSync(artifactPath('firefox', 'export-clipboard.md'), markdown);
    expect(markdown).toMatch(/^---\ntitle: "How tidal power works, and why it is still so rare"\nauthor: "Mara Quinn"/);
    expect(markdown).toContain(`source: "${server.origin}/pages/long-article.html?firefox-export"`);
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
    await page.waitForFunction(() => !document.querySelector('clearpage-reader'));
  });
});
