import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { assignedCommands, clickToolbarButton, launchFirefox, openReader, pressShortcut, type Firefox } from './helpers/firefox';
import { startServer, type TestServer } from './helpers/server';
import { artifactPath } from './helpers/artifacts';
import { within } from './helpers/within';
import { mediaPage, silentWav } from './helpers/media';
import { formPage, formStateScript, hugePage, paragraphs, settledCount } from './helpers/kept-pages';

const dialog = 'clearpage-reader >>> [role=dialog][aria-modal=true]';
const overlays = (page: Page) => page.evaluate(() => document.querySelectorAll('clearpage-reader').length);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const closeReader = async (page: Page) => {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('clearpage-reader'), { timeout: 10_000 });
};
/** The popup's toggle state, read from the real popup; each try bounded, as openReader does (a toolbar click can go unanswered under load). */
async function pressed(page: Page, firefox: Firefox): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await within((async () => {
        const popup = await clickToolbarButton(firefox, page);
        const value = await popup.evaluate<string>(`content.document.getElementById('toggle').getAttribute('aria-pressed')`);
        await popup.close();
        return value;
      })(), 12_000, 'toolbar → popup → aria-pressed');
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/**
 * Toolbar → popup → toggle on the huge page, timed from the click to the popup's answer. Each try is bounded; a try
 * that hung is undone (Escape closes whatever it opened) so the next one measures from a clean page.
 */
async function toggleHugePage(page: Page, firefox: Firefox): Promise<{ ms: number; status: string }> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await within((async () => {
        const popup = await clickToolbarButton(firefox, page);
        const started = Date.now();
        await popup.click('#toggle');
        await popup.waitFor(`/too large/.test(content.document.getElementById('status').textContent)
          || content.document.getElementById('toggle').getAttribute('aria-pressed') === 'true'`, 10_000);
        const ms = Date.now() - started;
        const status = await popup.evaluate<string>(`content.document.getElementById('status').textContent`);
        await popup.close();
        return { ms, status };
      })(), 30_000, 'toolbar → popup → toggle on the huge page');
    } catch (error) {
      if (attempt === 3) throw error;
      if (await within(page.$('clearpage-reader'), 10_000, 'look for the overlay').catch(() => null)) await closeReader(page);
    }
  }
}

// Generous per-test bounds: two cores, other suites may run at the same time, and openReader may retry.
describe('Firefox ESR: nothing is lost, nothing freezes', { timeout: 60_000 }, () => {
  let firefox: Firefox;
  let server: TestServer;
  let page: Page;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    server = await startServer();
    // The media test starts playback from a script, without a user gesture. Muted autoplay is allowed by default
    // (checked on ESR 153); the prefs keep the test independent of Firefox's autoplay policy.
    firefox = await launchFirefox(undefined, { 'media.autoplay.default': 0, 'media.autoplay.blocking_policy': 0 });
    page = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
  });
  afterAll(async () => {
    writeFileSync(artifactPath('firefox', 'huge-page-timings.json'), JSON.stringify(timings, null, 2));
    await firefox?.close();
    await server?.close();
  });

  it('gives back form fields, <details>, scroll, focus and html/body attributes untouched', async () => {
    server.routes.set('/kept/form.html', { body: formPage() });
    await page.goto(`${server.origin}/kept/form.html`);
    await page.type('#name', 'Ada');
    await page.type('#note', 'typed text');
    await page.click('#check');
    await page.select('#pick', 'b');
    await page.click('#more summary');
    await page.focus('#note');
    await page.evaluate(() => window.scrollTo(0, 200));
    const snapshot = () => page.evaluate(formStateScript);
    const before = await snapshot();
    expect(before).toMatchObject({ name: 'Ada', note: 'typed text', check: true, pick: 'b', details: true, y: 200, focus: 'note' });
    await openReader(firefox, page, dialog);
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('note'); // the overlay really took focus
    await closeReader(page);
    expect(await snapshot()).toEqual(before);
  });

  it('leaves playing media playing and paused media paused, at the same position, volume and rate', async () => {
    server.routes.set('/media/silence.wav', { body: silentWav(3), type: 'audio/wav' });
    server.routes.set('/kept/media.html', { body: mediaPage(paragraphs(8)) });
    await page.goto(`${server.origin}/kept/media.html`);
    // Every wait inside is bounded: a media element that never answers becomes a readable failure, not a hang.
    const started = await page.evaluate(async () => {
      const playing = document.getElementById('playing') as HTMLAudioElement;
      const paused = document.getElementById('paused') as HTMLAudioElement;
      const until = (what: string, ready: () => boolean, media: HTMLMediaElement, event: string) => ready() ? Promise.resolve('')
        : new Promise<string>((done) => {
          const timer = setTimeout(() => done(`no ${event} for ${what}`), 8000);
          media.addEventListener(event, () => { clearTimeout(timer); done(''); }, { once: true });
        });
      const problems = await Promise.all([until('playing', () => playing.readyState >= 1, playing, 'loadedmetadata'),
        until('paused', () => paused.readyState >= 1, paused, 'loadedmetadata')]);
      playing.muted = true;
      const play = await Promise.race([playing.play().then(() => '', (error: Error) => `play(): ${error.name}: ${error.message}`),
        new Promise<string>((done) => setTimeout(() => done('play() did not settle'), 8000))]);
      paused.volume = 0.3;
      paused.playbackRate = 1.5;
      paused.currentTime = 1;
      const seeked = await until('paused', () => !paused.seeking, paused, 'seeked');
      return [...problems, play, seeked].filter(Boolean).join('; ') || 'ok';
    });
    expect(started).toBe('ok');
    await page.waitForFunction(() => (document.getElementById('playing') as HTMLAudioElement).currentTime > 0.2, { timeout: 10_000 });
    const state = () => page.evaluate(() => {
      const playing = document.getElementById('playing') as HTMLAudioElement;
      const paused = document.getElementById('paused') as HTMLAudioElement;
      return {
        playing: { paused: playing.paused, muted: playing.muted, loop: playing.loop, time: playing.currentTime },
        paused: { paused: paused.paused, time: paused.currentTime, volume: paused.volume, rate: paused.playbackRate },
      };
    });
    const before = await state();
    expect(before.paused).toEqual({ paused: true, time: 1, volume: 0.3, rate: 1.5 });
    await openReader(firefox, page, dialog);
    await closeReader(page);
    // The looped track keeps moving: its clock changes (it wraps every 3 s, so "changed", not "greater").
    await page.waitForFunction((t: number) => {
      const media = document.getElementById('playing') as HTMLAudioElement;
      return !media.paused && media.currentTime !== t;
    }, { timeout: 10_000, polling: 100 }, before.playing.time).catch(() => {});
    const after = await state();
    expect(after.playing.paused).toBe(false);
    expect(after.playing.muted).toBe(true);
    expect(after.playing.loop).toBe(true);
    expect(after.playing.time).not.toBe(before.playing.time);
    await sleep(400);
    expect((await state()).playing.time).not.toBe(after.playing.time); // still advancing, not frozen
    expect(after.paused).toEqual(before.paused);
  });

  it('ten rapid toggles from the keyboard shortcut leave one or zero overlays and a popup that tells the truth', async () => {
    const shortcut = (await assignedCommands(firefox)).find((c) => c.name === 'toggle-reader')?.shortcut;
    expect(shortcut).toBeTruthy();
    await page.goto(`${server.origin}/pages/long-article.html`);
    await page.bringToFront();
    for (let i = 0; i < 10; i += 1) await pressShortcut(firefox, shortcut!);
    const count = await settledCount(() => overlays(page));
    expect(count).toBeLessThanOrEqual(1);
    if (count === 1) await page.waitForSelector(dialog, { timeout: 10_000 });
    expect(await pressed(page, firefox)).toBe(String(count === 1));
    if (count) await closeReader(page);
    expect(await overlays(page)).toBe(0);
  });

  it('a huge page (300,000 elements, 30 MB) is refused as too large quickly, and the page stays responsive', async () => {
    server.routes.set('/kept/huge.html', { body: hugePage() });
    await page.goto(`${server.origin}/kept/huge.html`, { timeout: 60_000 });
    expect(await within(page.evaluate(() => document.getElementsByTagName('*').length), 30_000, 'count elements')).toBeGreaterThan(300_000);
    const { ms, status } = await toggleHugePage(page, firefox);
    timings.hugePageMs = ms;
    timings.hugePageRefused = Number(/too large/.test(status));
    expect(await within(page.evaluate(() => 1 + 1), 10_000, 'page answers')).toBe(2);
    if (!/too large/.test(status)) {
      await page.waitForSelector(dialog, { timeout: 10_000 });
      await closeReader(page);
    } else {
      expect(await page.$(dialog)).toBeNull(); // the notice, not the reader
      await page.keyboard.press('Escape'); // dismisses the notice
      await page.waitForFunction(() => !document.querySelector('clearpage-reader'), { timeout: 10_000 });
    }
  }, 180_000);

  it('a reload while the reader is open gives a clean page, an honest popup, and the reader opens again', async () => {
    await page.goto(`${server.origin}/pages/long-article.html`);
    await openReader(firefox, page, dialog);
    await page.reload();
    expect(await overlays(page)).toBe(0);
    expect(await pressed(page, firefox)).toBe('false');
    await openReader(firefox, page, dialog);
    expect(await overlays(page)).toBe(1);
    await closeReader(page);
  });
});
