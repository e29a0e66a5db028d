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
    firefox = await launchFirefox(undefined, { 'media.webspeech.synth.test': true });
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

  // Firefox's own test speech backend (`media.webspeech.synth.test`, set at launch) stands in for the system's speech
  // service with voices whose behaviour is known: Zanetta ends each sentence at once, Teresa never ends until cancelled,
  // Gottardo fails after starting, Cecilia fails to start. The speech API, its queue and its events are Firefox's real
  // ones. (A system engine that ignores cancel, as the speech-dispatcher on one CI machine did, leaves Firefox's
  // `speaking` flag true for good; no page can change that, so the test does not depend on the machine's engine.)
  const voiceSelectInReader = 'select[aria-label="Voice"]';
  const voiceSelect = `clearpage-reader >>> ${voiceSelectInReader}`;
  // The Listen button is the one that reads "Listen" or "Pause" (other tools also carry aria-pressed).
  const listenButton = `(root) => [...root.querySelectorAll('button')].find((b) => /Listen|Pause/.test(b.textContent))`;
  const listen = () => inReader(page, `(root) => (${listenButton})(root).click()`);
  const listenPressed = () => inReader<string>(page, `(root) => (${listenButton})(root).getAttribute('aria-pressed')`);
  const toast = () => inReader<string>(page, `(root) => root.querySelector('.toast').textContent`);
  const untilListenReleased = () => page.waitForFunction(`(${listenButton})(document.querySelector('clearpage-reader').shadowRoot)
    .getAttribute('aria-pressed') === 'false'`, { timeout: 10_000 });

  /** Opens the Italian article and listens once with the first voice offered (Zanetta: the whole article, at once). */
  async function openItalianAndListen(): Promise<string[]> {
    await openReader('/pages/italian-article.html');
    await page.waitForFunction((selector) => speechSynthesis.getVoices().length > 0 && document.querySelector('clearpage-reader')!
      .shadowRoot!.querySelector(selector)!.querySelectorAll('option').length > 0, { timeout: 10_000 }, voiceSelectInReader);
    await listen();
    await untilListenReleased();
    expect(await toast()).toBe('');
    return page.$eval(voiceSelect, (s) => [...(s as HTMLSelectElement).options].map((o) => o.textContent!));
  }
  async function chooseVoice(name: string): Promise<void> {
    const select = (await page.waitForSelector(voiceSelect, { visible: true }))!;
    const uri = await select.evaluate((s, prefix) => [...(s as HTMLSelectElement).options].find((o) => o.textContent!.startsWith(prefix))?.value, name);
    expect(uri, name).toBeTruthy();
    await select.select(uri!);
  }

  it('reads aloud in a voice of the article\'s language to the end, and a voice chosen mid-sentence takes over', async () => {
    const voices = await openItalianAndListen();
    expect(voices.length).toBeGreaterThan(1);
    expect(voices.filter((name) => !/\(it-IT/.test(name)), voices.join(', ')).toEqual([]);
    await chooseVoice('Teresa');
    await listen();
    await page.waitForFunction(() => speechSynthesis.speaking && CSS.highlights.has('clearpage-speaking'), { timeout: 5000 });
    await chooseVoice('Zanetta');
    await untilListenReleased();
    expect(await toast()).toBe('');
    expect(await page.evaluate(() => speechSynthesis.speaking || speechSynthesis.pending || CSS.highlights.has('clearpage-speaking'))).toBe(false);
    await closeReader();
  });

  it('keeps speaking while the voice speaks, and stops the moment the reader closes', async () => {
    await openItalianAndListen();
    await chooseVoice('Teresa');
    await listen();
    await page.waitForFunction(() => speechSynthesis.speaking && CSS.highlights.has('clearpage-speaking'), { timeout: 5000 });
    // Past our 4 s watchdog: a voice that started is never cut off for being slow.
    await new Promise((done) => setTimeout(done, 5000));
    expect(await listenPressed()).toBe('true');
    expect(await toast()).toBe('');
    expect(await page.evaluate(() => speechSynthesis.speaking)).toBe(true);
    await closeReader();
    await page.waitForFunction(() => !speechSynthesis.speaking && !speechSynthesis.pending, { timeout: 2000, polling: 50 });
    await new Promise((done) => setTimeout(done, 1000));
    expect(await page.evaluate(() => speechSynthesis.speaking || speechSynthesis.pending || CSS.highlights.has('clearpage-speaking'))).toBe(false);
  }, 40_000);

  it('says plainly that no voice works when the voice fails, before or after starting', async () => {
    for (const name of ['Gottardo', 'Cecilia']) {
      await openItalianAndListen();
      await chooseVoice(name);
      await listen();
      await page.waitForFunction(() => document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('.toast')!.textContent, { timeout: 8000 });
      expect(await toast(), name).toMatch(/no working voice/);
      expect(await listenPressed(), name).toBe('false');
      await closeReader();
    }
  }, 40_000);

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
