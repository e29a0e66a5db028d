import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumOf, type Chromium } from './harness/chromium';
import { testServer, type TestServer } from './harness/server';
import { inReader, overlayState } from './harness/overlay';
import { hiddenListRows } from './harness/site-memory';

// Issue 12, item 4, in the browser: "No article" only when true. A newsletter modal that hides the page from assistive
// tech, and a page whose charset header is wrong, are both real articles to show.
describe('Chromium: the article behind a modal, and a page with the wrong charset', () => {
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

  it('shows the seed article behind an open modal that aria-hid the page, and lists the modal as hidden', async () => {
    await page.goto(`${server.origin}/fixtures/seed-modal-aria-hidden/source.html`);
    expect((await browser.reader(page, 'open')).status).toBe('open');
    const { text } = await page.evaluate(overlayState);
    expect(text).toContain('NATO and China held their eighth annual military staff talks on March 13 in Beijing');
    expect(text).toContain('"Both sides agreed on the value of continued engagement," the NATO press release said.');
    expect(text).not.toContain('Enter your email to subscribe');
    await page.locator(inReader('#cp-hidden-button')).click({ timeout: 5000 });
    await page.locator(inReader('#cp-hidden li')).first().waitFor({ timeout: 5000 });
    const rows = await page.evaluate(hiddenListRows);
    expect(rows.filter((row) => row.reason === 'pop-up over the page').map((row) => row.preview)).toEqual([expect.stringContaining('Ukraine Daily')]);
  });

  it('reads a Ukrainian article served as Windows-1252 as it was written', async () => {
    const lines = [
      'Міська рада в четвер ухвалила план ремонту старого мосту через річку, який чекав на рішення понад п’ять років.',
      'Депутати довго сперечалися про кошторис, але зрештою погодилися, що роботи почнуться навесні й триватимуть до осені.',
      'Мешканці лівого берега кажуть, що щодня витрачають на дорогу до центру зайву годину, бо автобуси їдуть в об’їзд.',
    ];
    const html = `<!doctype html><html lang="uk"><head><title>Рада ухвалила ремонт мосту</title></head><body><main><article>
      <h1>Рада ухвалила ремонт мосту</h1>${lines.map((line) => `<p>${line} ${line}</p>`).join('')}</article></main></body></html>`;
    server.routes.set('/charset/bridge.html', { body: Buffer.from(html, 'utf8'), type: 'text/html; charset=windows-1252' });
    await page.goto(`${server.origin}/charset/bridge.html`);
    expect(await page.evaluate(() => document.title)).not.toBe('Рада ухвалила ремонт мосту'); // the page itself shows mojibake
    expect((await browser.reader(page, 'open')).status).toBe('open');
    const { text } = await page.evaluate(overlayState);
    for (const line of lines) expect(text).toContain(line);
    expect(text).toContain('Рада ухвалила ремонт мосту');
  });
});
