import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, openReader as openReaderWithRetry, type Firefox } from './helpers/firefox';
import { startServer, type TestServer } from './helpers/server';
import { artifactPath } from './helpers/artifacts';

const dialog = 'clearpage-reader >>> [role=dialog][aria-modal=true]';
const inReader = <T>(page: Page, fn: string) =>
  page.evaluate(`(() => { const root = document.querySelector('clearpage-reader').shadowRoot; return (${fn})(root); })()`) as Promise<T>;

describe('Firefox ESR: reading tools in the overlay', () => {
  let firefox: Firefox;
  let server: TestServer;
  let page: Page;

  async function openReader(path: string): Promise<void> {
    await page.goto(`${server.origin}${path}`);
    await openReaderWithRetry(firefox, page, dialog);
  }
  async function closeReader(): Promise<void> {
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('clearpage-reader'));
  }

  beforeAll(async () => {
    server = await startServer();
    firefox = await launchFirefox();
    page = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('shows the outline, jumps to a section, and hides it on short articles', async () => {
    await openReader('/pages/long-article.html');
    const links = await inReader<string[]>(page, `(root) => [...root.querySelectorAll('nav.outline a')].map((a) => a.textContent)`);
    expect(links).toHaveLength(5);
    await inReader(page, `(root) => [...root.querySelectorAll('nav.outline a')][3].click()`);
    await page.waitForFunction(() => document.querySelector('clearpage-reader')!.shadowRoot!
      .querySelector('nav.outline a[aria-current="true"]')?.textContent === 'Counting the cost');
    await page.screenshot({ path: artifactPath('firefox', 'outline.png') });
    await closeReader();
    await openReader('/fixtures/seed-news-page/source.html');
    expect(await inReader<number>(page, `(root) => root.querySelectorAll('nav.outline').length`)).toBe(0);
    await closeReader();
  });

  it('shows progress and follows the paragraph being read back to the page on close', async () => {
    await openReader('/pages/long-article.html');
    await inReader(page, `(root) => root.querySelector('.reader').scrollTo({ top: root.querySelector('.reader').scrollHeight / 2, behavior: 'instant' })`);
    await page.waitForFunction(() => Number(document.querySelector('clearpage-reader')!.shadowRoot!
      .querySelector('[role=progressbar]')!.getAttribute('aria-valuenow')) > 20);
    await closeReader();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  });

  it('keyboard: text size, the shortcut list and Escape order', async () => {
    await openReader('/pages/long-article.html');
    const size = () => inReader<string>(page, `(root) => getComputedStyle(root.querySelector('article p')).fontSize`);
    const before = parseFloat(await size());
    await page.keyboard.press('+');
    await page.waitForFunction((b) => parseFloat(getComputedStyle(document.querySelector('clearpage-reader')!.shadowRoot!
      .querySelector('article p')!).fontSize) > b, {}, before);
    await page.keyboard.press('-');
    await page.keyboard.type('?');
    await page.waitForSelector('clearpage-reader >>> .help-card[role=dialog]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('clearpage-reader >>> .help', { hidden: true });
    expect(await page.evaluate(() => document.querySelectorAll('clearpage-reader').length)).toBe(1);
    await closeReader();
  });

  it('reads aloud or says plainly that no voice exists, and stops on close', async () => {
    await openReader('/pages/long-article.html');
    await inReader(page, `(root) => [...root.querySelectorAll('button')].find((b) => b.textContent.includes('Listen')).click()`);
    // Firefox here has no speech service. Its `speaking` flag turns true on speak() even then, and can stay true after
    // the engine fails, so it proves nothing alone. Our watchdog gives up within 4 s unless the utterance really started:
    // the Listen button still pressed after 5 s, with no message, means speech is real.
    const outcome = await page.waitForFunction((since) => {
      const root = document.querySelector('clearpage-reader')!.shadowRoot!;
      if (root.querySelector('.toast')!.textContent) return 'no-voice';
      const listen = [...root.querySelectorAll('button')].find((b) => /Listen|Pause/.test(b.textContent!));
      return Date.now() - since > 5000 && listen?.getAttribute('aria-pressed') === 'true' && speechSynthesis.speaking ? 'speaking' : '';
    }, { timeout: 12_000, polling: 100 }, Date.now()).then((handle) => handle.jsonValue());
    if (outcome === 'no-voice') {
      expect(await inReader<string>(page, `(root) => root.querySelector('.toast').textContent`)).toMatch(/no working voice/);
      expect(await inReader<string>(page, `(root) => [...root.querySelectorAll('button')].find((b) => b.textContent.includes('Listen'))?.getAttribute('aria-pressed')`)).toBe('false');
      await closeReader();
    } else {
      // Speech really started. The engine (speech-dispatcher, when present) may finish the current sentence after
      // cancel(), so "stopped" means: the queue is empty, speaking ends, and no next sentence starts after it.
      await closeReader();
      await page.waitForFunction(() => !speechSynthesis.speaking && !speechSynthesis.pending, { timeout: 20_000, polling: 100 });
      await new Promise((done) => setTimeout(done, 2000));
      expect(await page.evaluate(() => speechSynthesis.speaking || speechSynthesis.pending)).toBe(false);
    }
  }, 60_000);

  it('prints the clean article alone', async () => {
    await openReader('/pages/long-article.html');
    const pdf = await page.pdf({ printBackground: true });
    const text = Buffer.from(pdf).toString('latin1');
    expect(text.startsWith('%PDF')).toBe(true);
    await closeReader();
  });

  it('shows right-to-left articles right to left', async () => {
    await openReader('/pages/rtl-article.html');
    expect(await inReader(page, `(root) => getComputedStyle(root.querySelector('article p')).direction`)).toBe('rtl');
    await page.screenshot({ path: artifactPath('firefox', 'rtl.png') });
    await closeReader();
  });
});
