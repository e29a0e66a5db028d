import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumOf, type Chromium } from './harness/chromium';
import { testServer, type TestServer } from './harness/server';
import { inReader } from './harness/overlay';
import { articlePath, siteKey } from './harness/site-memory';
import { extensionPage, registeredScripts, setAutoOpen, siteRules, syncStorage } from './harness/site-memory-chromium';

// Issue 13 item 8: the overlay's shadow root is open, so a page script can reach its buttons and call click() or
// dispatch keys at it. What writes storage.sync or changes auto-open must answer only a person's (trusted) input.
//
// Every handler that writes starts by marking its button busy (aria-disabled: the list's "always" buttons, remove mode's
// "always hide", the auto-open note's "stop"), and every handled key calls preventDefault: the page script reads, in the same task
// as its click or key, whether a handler ran. None did, so no write can still be on its way: no quiet wait needed.
describe('Chromium: a page script cannot press reader view\'s storage-writing buttons or keys', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;
  let extension: Page;
  let visit = 0;
  const article = (name: 'article-a' | 'article-b') => `${server.origin}${articlePath(name, `trusted-${++visit}`)}`;
  const row = (reason: string) => page.locator(inReader('#cp-hidden li'), { hasText: reason });

  beforeAll(async () => {
    server = await testServer();
    browser = await chromiumOf('test');
    page = await browser.newPage();
    extension = await extensionPage(browser);
  });
  beforeEach(async () => {
    await browser.reset();
    await page.bringToFront(); // the control page the reset opened is in front otherwise, and hidden tabs get no frames
  });
  afterAll(async () => {
    await page?.close();
    await extension?.close();
  });

  it('"always keep/hide", remove mode\'s "always hide" and the +/−/T keys ignore a page script; a person\'s clicks still write', async () => {
    await page.goto(article('article-a'));
    expect((await browser.reader(page, 'open')).status).toBe('open');
    // Opening the list and picking a block to remove write nothing: a page script may do those.
    await page.evaluate(() => (document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('#cp-hidden-button') as HTMLElement).click());
    await page.locator(inReader('#cp-hidden li')).first().waitFor();
    const fromList = await page.evaluate(() => {
      const root = document.querySelector('clearpage-reader')!.shadowRoot!;
      const button = (reason: string, kind: string) => Array.from(root.querySelectorAll('#cp-hidden li'))
        .find((li) => li.querySelector('.reason')?.textContent === reason)!.querySelector<HTMLButtonElement>(`button.${kind}`)!;
      const keep = button('newsletter sign-up', 'keep');
      const hide = button('audio player note', 'hide');
      keep.click();
      hide.click();
      const dialog = root.querySelector('.reader[role=dialog]')!;
      const handledKeys = ['+', '-', 'T'].filter((key) =>
        !dialog.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true })));
      return { keepRan: keep.getAttribute('aria-disabled') === 'true', hideRan: hide.getAttribute('aria-disabled') === 'true', handledKeys };
    });
    await page.evaluate(() => Array.from(document.querySelector('clearpage-reader')!.shadowRoot!.querySelectorAll<HTMLElement>('.tool'))
      .find((tool) => tool.textContent === 'Remove element')!.click());
    await page.locator(inReader('.tool[aria-pressed="true"]'), { hasText: 'Remove element' }).waitFor();
    const fromRemoveMode = await page.evaluate(() => {
      const root = document.querySelector('clearpage-reader')!.shadowRoot!;
      Array.from(root.querySelectorAll<HTMLElement>('article p')).find((p) => p.textContent!.startsWith('Paragraph E'))!.click();
      const always = Array.from(root.querySelectorAll<HTMLButtonElement>('.offer button')).find((b) => b.textContent === 'Always hide on this site')!;
      const removed = !Array.from(root.querySelectorAll('article p')).some((p) => p.textContent!.startsWith('Paragraph E'));
      always.click();
      return { removed, alwaysRan: always.getAttribute('aria-disabled') === 'true' };
    });
    expect({ ...fromList, ...fromRemoveMode }, 'no handler ran for the page script\'s clicks and keys')
      .toEqual({ keepRan: false, hideRan: false, handledKeys: [], removed: true, alwaysRan: false });
    expect(await syncStorage(browser), 'storage.sync after the page script').toEqual({});
    expect(await row('newsletter sign-up').locator('button.keep').getAttribute('aria-pressed')).toBe('false');
    expect(await row('audio player note').locator('button.hide').getAttribute('aria-pressed')).toBe('false');

    // The same buttons pressed by a person write the rules.
    await row('newsletter sign-up').locator('button.keep').click();
    await expect.poll(() => siteRules(browser), { timeout: 5000, message: 'keep rule stored' }).toHaveLength(1);
    await row('audio player note').locator('button.hide').click();
    await expect.poll(() => siteRules(browser), { timeout: 5000, message: 'hide rule stored' }).toHaveLength(2);
    await page.locator(inReader('.offer button'), { hasText: 'Always hide on this site' }).click();
    await expect.poll(() => siteRules(browser), { timeout: 5000, message: 'remove mode\'s hide rule stored' }).toHaveLength(3);
    expect((await siteRules(browser)).map((rule) => `${rule.a} ${rule.r}`).sort()).toEqual(['hide audio-note', 'hide user', 'keep newsletter']);
    expect(await row('newsletter sign-up').locator('button.keep').getAttribute('aria-pressed')).toBe('true');
    // Still no settings written: only the rules are in storage.sync.
    expect(Object.keys(await syncStorage(browser))).toEqual([siteKey]);

    // Focus stayed on the pressed button in reader view (a disabled button would drop it to the page): a person's next
    // keys are still reader view's, and + makes the text larger.
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('clearpage-reader');
    await page.keyboard.press('+');
    await expect.poll(async () => (await syncStorage(browser)).fontSize, { timeout: 5000, message: 'the + key wrote the text size' }).toBe(22);
    expect((await browser.reader(page, 'close')).status).toBe('closed');
  });

  it('the auto-open note\'s "Stop opening automatically" ignores a page script and answers a person', async () => {
    const url = article('article-b');
    expect(await setAutoOpen(extension, url, true)).toEqual({ on: true });
    await page.goto(url);
    const stop = page.locator(inReader('.auto-note button'), { hasText: 'Stop opening automatically on this site' });
    await stop.waitFor();
    const stopRan = await page.evaluate(() => {
      const button = document.querySelector('clearpage-reader')!.shadowRoot!.querySelector<HTMLButtonElement>('.auto-note button')!;
      button.click();
      return button.getAttribute('aria-disabled') === 'true';
    });
    expect(stopRan, 'the stop button\'s handler ran for the page script\'s click').toBe(false);
    expect(await registeredScripts(browser)).toEqual([{ id: 'auto-open:http://127.0.0.1', matches: ['http://127.0.0.1/*'], js: ['auto-open.js'] }]);
    expect(await stop.getAttribute('aria-disabled')).toBeNull();

    await stop.click();
    await page.locator(inReader('.auto-note'), { hasText: 'will no longer open by itself' }).waitFor();
    expect(await registeredScripts(browser)).toEqual([]);
    expect((await browser.reader(page, 'close')).status).toBe('closed');
  });
});
