import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { ElementHandle, Page } from 'puppeteer-core';
import { firefoxOf, type Firefox } from './harness/firefox';
import { testServer, type TestServer } from './harness/server';
import { artifactPath, printedLetters } from './harness/artifacts';
import { within } from './harness/within';

const inReader = <T>(page: Page, fn: string) =>
  page.evaluate(`(() => { const root = document.querySelector('clearpage-reader').shadowRoot; return (${fn})(root); })()`) as Promise<T>;

// Firefox's own test speech backend (`media.webspeech.synth.test`, set at launch of the test build's Firefox) stands in
// for the system's speech service with voices whose behaviour is known: Zanetta ends each sentence at once, Teresa never
// ends until cancelled, Gottardo fails after starting, Cecilia fails to start. The speech API, its queue and its events
// are Firefox's real ones, and the test does not depend on the machine's speech engine.
const voiceSelect = 'clearpage-reader >>> select[aria-label="Voice"]';
// The Listen button is the one that reads "Listen" or "Pause" (other tools also carry aria-pressed).
const listenButton = `(root) => [...root.querySelectorAll('button')].find((b) => /Listen|Pause/.test(b.textContent))`;

describe('Firefox ESR: reading tools in the overlay', () => {
  let firefox: Firefox;
  let server: TestServer;
  let page: Page;

  const open = async (path: string) => {
    await page.goto(`${server.origin}${path}`);
    expect((await firefox.reader(page, 'open')).status).toBe('open');
  };
  const closeReader = async () => {
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('clearpage-reader'));
  };
  const listen = async () => ((await page.evaluateHandle(`(${listenButton})(document.querySelector('clearpage-reader').shadowRoot)`)).asElement() as ElementHandle<Element>).click();
  const listenPressed = () => inReader<string>(page, `(root) => (${listenButton})(root).getAttribute('aria-pressed')`);
  const toast = () => inReader<string>(page, `(root) => root.querySelector('.toast').textContent`);
  const untilListenReleased = () => page.waitForFunction(`(${listenButton})(document.querySelector('clearpage-reader').shadowRoot)
    .getAttribute('aria-pressed') === 'false'`);
  const speaking = () => page.waitForFunction(() => speechSynthesis.speaking && CSS.highlights.has('clearpage-speaking'));

  /** Opens the Italian article once the reader offers the browser's voices; returns their names. */
  async function openItalian(): Promise<string[]> {
    await open('/pages/italian-article.html');
    await page.waitForFunction(() => speechSynthesis.getVoices().length > 0 && document.querySelector('clearpage-reader')!
      .shadowRoot!.querySelector('select[aria-label="Voice"]')!.querySelectorAll('option').length > 0);
    return page.$eval(voiceSelect, (s) => [...(s as HTMLSelectElement).options].map((o) => o.textContent!));
  }
  /** The voice controls show once Listen was pressed: listen to the end with the first voice (Zanetta, at once). */
  async function openItalianAndListen(): Promise<void> {
    await openItalian();
    await listen();
    await untilListenReleased();
    expect(await toast()).toBe('');
  }
  async function chooseVoice(name: string): Promise<void> {
    const select = (await page.waitForSelector(voiceSelect, { visible: true }))!;
    const uri = await select.evaluate((s, prefix) => [...(s as HTMLSelectElement).options].find((o) => o.textContent!.startsWith(prefix))?.value, name);
    expect(uri, name).toBeTruthy();
    await select.select(uri!);
  }

  beforeAll(async () => {
    server = await testServer();
    firefox = await firefoxOf('test');
    page = await firefox.newPage();
  });
  beforeEach(() => firefox.reset());
  afterAll(() => page?.close());

  it('shows the outline, jumps to a section, and hides it on short articles', async () => {
    await open('/pages/long-article.html?firefox-outline');
    const links = await inReader<string[]>(page, `(root) => [...root.querySelectorAll('nav.outline a')].map((a) => a.textContent)`);
    expect(links).toEqual(['Why the tides carry power', 'Barrages and lagoons', 'Turbines in the stream', 'Counting the cost', 'What comes next']);
    await page.click('clearpage-reader >>> nav.outline a::-p-text(Counting the cost)');
    await page.waitForFunction(() => document.querySelector('clearpage-reader')!.shadowRoot!
      .querySelector('nav.outline a[aria-current="true"]')?.textContent === 'Counting the cost');
    await page.screenshot({ path: artifactPath('firefox', 'outline.png') });
    await closeReader();
    await open('/fixtures/seed-news-page/source.html?firefox-outline');
    expect(await inReader<number>(page, `(root) => root.querySelectorAll('nav.outline').length`)).toBe(0);
    await closeReader();
  });

  it('lists each section once and keeps the section read in sight in an outline taller than the window', async () => {
    await open('/pages/field-guide.html?firefox-outline');
    const links = await inReader<string[]>(page, `(root) => [...root.querySelectorAll('nav.outline a')].map((a) => a.textContent)`);
    expect(links).toHaveLength(28);
    expect(links[0], 'the heading\'s "¶" link to itself is gone').toBe('Grey heron');
    expect(links).not.toContain('Where to see it');
    await inReader(page, `(root) => root.querySelector('.reader').scrollTo({ top: root.querySelector('.reader').scrollHeight, behavior: 'instant' })`);
    await page.waitForFunction(() => [...document.querySelector('clearpage-reader')!.shadowRoot!.querySelectorAll('nav.outline a')]
      .at(-1)?.getAttribute('aria-current') === 'true', { timeout: 5000 });
    const inside = await inReader<boolean>(page, `(root) => {
      const nav = root.querySelector('nav.outline').getBoundingClientRect();
      const link = root.querySelector('nav.outline a[aria-current="true"]').getBoundingClientRect();
      return root.querySelector('nav.outline').scrollTop > 0 && link.top >= nav.top && link.bottom <= nav.bottom && nav.bottom <= innerHeight;
    }`);
    expect(inside).toBe(true);
    await closeReader();
  });

  it('shows progress and follows the paragraph being read back to the page on close', async () => {
    await open('/pages/long-article.html?firefox-progress');
    await inReader(page, `(root) => root.querySelector('.reader').scrollTo({ top: root.querySelector('.reader').scrollHeight / 2, behavior: 'instant' })`);
    await page.waitForFunction(() => Number(document.querySelector('clearpage-reader')!.shadowRoot!
      .querySelector('[role=progressbar]')!.getAttribute('aria-valuenow')) > 20);
    await closeReader();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  });

  it('keyboard: text size, the shortcut list and Escape order', async () => {
    await open('/pages/long-article.html?firefox-keys');
    const size = () => inReader<string>(page, `(root) => getComputedStyle(root.querySelector('article p')).fontSize`);
    expect(await size()).toBe('20px');
    await page.keyboard.press('+');
    await expect.poll(size, { timeout: 3000, message: '+ makes the text larger' }).toBe('22px');
    await page.keyboard.press('-');
    await expect.poll(size, { timeout: 3000, message: '- makes it smaller again' }).toBe('20px');
    await page.keyboard.type('?');
    await page.waitForSelector('clearpage-reader >>> .help-card[role=dialog]', { visible: true });
    await page.keyboard.press('Escape');
    await page.waitForSelector('clearpage-reader >>> .help', { hidden: true });
    expect(await page.evaluate(() => document.querySelectorAll('clearpage-reader').length)).toBe(1);
    await closeReader();
  });

  it('reads aloud in a voice of the article\'s language to the end, and a voice chosen mid-sentence takes over', async () => {
    const voices = await openItalian();
    // The first voice offered (Zanetta) ends each sentence at once: the whole article is read, and Listen comes back.
    await listen();
    await untilListenReleased();
    expect(await toast()).toBe('');
    expect(voices.length).toBeGreaterThan(1);
    expect(voices.filter((name) => !/\(it-IT/.test(name)), voices.join(', ')).toEqual([]);
    await chooseVoice('Teresa');
    await listen();
    await speaking();
    await chooseVoice('Zanetta');
    await untilListenReleased();
    expect(await toast()).toBe('');
    expect(await page.evaluate(() => speechSynthesis.speaking || speechSynthesis.pending || CSS.highlights.has('clearpage-speaking'))).toBe(false);
    await closeReader();
  });

  it('keeps speaking while the voice speaks, past the 4 s watchdog, and stops the moment the reader closes', async () => {
    await openItalianAndListen();
    await chooseVoice('Teresa');
    await listen();
    await speaking();
    // What is under test is a duration: a voice that started is never cut off by the 4 s start watchdog. So the test
    // lets 4.5 s pass (the one timed wait of this file), then checks speech is still going, unreported.
    await new Promise((done) => setTimeout(done, 4500));
    expect(await listenPressed()).toBe('true');
    expect(await toast()).toBe('');
    expect(await page.evaluate(() => speechSynthesis.speaking)).toBe(true);
    await closeReader();
    await page.waitForFunction(() => !speechSynthesis.speaking && !speechSynthesis.pending && !CSS.highlights.has('clearpage-speaking'), { timeout: 2000 });
    // Stopped is not enough: it must stay stopped (no queued utterance, no watchdog or end handler that speaks again
    // after the close). That is an absence over time, so it is watched for a bounded window (1 s, sampled every 20 ms
    // in the page), and any moment with speech, a queued utterance or the highlight is reported.
    const restarted = await within(page.evaluate(() => new Promise<string[]>((done) => {
      const seen: string[] = [];
      const started = performance.now();
      const sample = () => {
        const at = Math.round(performance.now() - started);
        if (speechSynthesis.speaking) seen.push(`speaking at ${at} ms`);
        if (speechSynthesis.pending) seen.push(`pending at ${at} ms`);
        if (CSS.highlights.has('clearpage-speaking')) seen.push(`highlight at ${at} ms`);
        if (at >= 1000) done(seen);
        else setTimeout(sample, 20);
      };
      sample();
    })), 3000, 'watching speech for 1 s after the close');
    expect(restarted, 'speech stays stopped for 1 s after the reader closed').toEqual([]);
  });

  it('says plainly that no voice works when the voice fails, before or after starting', async () => {
    for (const name of ['Gottardo', 'Cecilia']) {
      await openItalianAndListen();
      await chooseVoice(name);
      await listen();
      await page.waitForSelector('clearpage-reader >>> .toast::-p-text(no working voice)', { visible: true });
      expect(await listenPressed(), name).toBe('false');
      await closeReader();
    }
  });

  it('prints the clean article alone: the printed text is the article, and nothing of the page or the toolbar', async () => {
    await open('/pages/long-article.html?firefox-print');
    const article = await inReader<string>(page, `(root) => root.querySelector('.page').innerText`);
    const pdf = artifactPath('firefox', 'print.pdf');
    writeFileSync(pdf, await page.pdf({ printBackground: true, timeout: 15_000 }));
    const printed = printedLetters(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
    // The same letters as the article shown, no more and no fewer (the PDF's text order differs inside tables).
    expect(printed).toEqual(printedLetters(article));
    await closeReader();
  });

  it('shows right-to-left articles right to left', async () => {
    await open('/pages/rtl-article.html?firefox');
    expect(await inReader(page, `(root) => getComputedStyle(root.querySelector('article p')).direction`)).toBe('rtl');
    await page.screenshot({ path: artifactPath('firefox', 'rtl.png') });
    await closeReader();
  });
});
