import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium, clickToolbarButton, openReader, type Chromium } from './helpers/chromium';
import { startServer, type TestServer } from './helpers/server';
import { artifactPath } from './helpers/artifacts';
import { mediaPage, mediaStateScript, silentWav } from './helpers/media';
import { formPage, formStateScript, hugePage, paragraphs } from './helpers/kept-pages';

const overlays = (page: Page) => page.evaluate(() => document.querySelectorAll('clearpage-reader').length);

describe('Chromium: nothing is lost, nothing freezes', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    writeFileSync(artifactPath('chromium', 'huge-page-timings.json'), JSON.stringify(timings, null, 2));
    await browser?.close();
    await server?.close();
  });

  it('gives back form fields, <details> state, scroll and html/body attributes untouched', async () => {
    server.routes.set('/kept/form.html', { body: formPage() });
    await page.goto(`${server.origin}/kept/form.html`);
    await page.fill('#name', 'Ada');
    await page.fill('#note', 'typed text');
    await page.check('#check');
    await page.selectOption('#pick', 'b');
    await page.click('#more summary');
    await page.evaluate(() => window.scrollTo(0, 200));
    const snapshot = () => page.evaluate(formStateScript);
    const before = await snapshot();
    await openReader(browser, page);
    await page.keyboard.press('Escape');
    await page.locator('clearpage-reader').waitFor({ state: 'detached' });
    expect(await snapshot()).toEqual(before);
  });

  it('leaves the page’s media as it was: playing keeps playing, paused stays where it was', async () => {
    server.routes.set('/media/silence.wav', { body: silentWav(3), type: 'audio/wav' });
    server.routes.set('/kept/media.html', { body: mediaPage(paragraphs(6)) });
    await page.goto(`${server.origin}/kept/media.html`);
    await page.evaluate(async () => {
      const [playing, paused] = ['playing', 'paused'].map((id) => document.getElementById(id) as HTMLAudioElement);
      await playing!.play();
      if (paused!.readyState < 4) await new Promise((done) => paused!.addEventListener('canplaythrough', done, { once: true }));
      paused!.volume = 0.3;
      paused!.playbackRate = 1.5;
      paused!.currentTime = 1;
      await new Promise((done) => paused!.addEventListener('seeked', done, { once: true }));
    });
    type Media = { playingPaused: boolean; playingTime: number; pausedPaused: boolean; pausedTime: number; volume: number; rate: number; muted: boolean };
    const before = await page.evaluate<Media>(mediaStateScript);
    await openReader(browser, page);
    await page.keyboard.press('Escape');
    await page.locator('clearpage-reader').waitFor({ state: 'detached' });
    await page.waitForFunction((t) => (document.getElementById('playing') as HTMLAudioElement).currentTime !== t, before.playingTime);
    const after = await page.evaluate<Media>(mediaStateScript);
    expect(after).toMatchObject({ playingPaused: false, pausedPaused: true, pausedTime: 1, volume: 0.3, rate: 1.5, muted: true });
    expect(before).toMatchObject({ playingPaused: false, pausedTime: 1 });
  });

  it('a reload or a trip back and forward leaves no stale overlay, and the popup tells the truth', async () => {
    await page.goto(`${server.origin}/pages/long-article.html`);
    await openReader(browser, page);
    await page.reload();
    expect(await overlays(page)).toBe(0);
    let popup = await clickToolbarButton(browser, page);
    expect(await popup.evaluate(`document.getElementById('toggle').getAttribute('aria-pressed')`)).toBe('false');
    await popup.close();
    await openReader(browser, page);

    await page.goto(`${server.origin}/fixtures/seed-news-page/source.html`);
    expect(await overlays(page)).toBe(0);
    await page.goBack();
    await page.waitForURL(/long-article/);
    // Back may restore the page from the back/forward cache with its overlay, or load it afresh without one.
    const count = await overlays(page);
    expect(count).toBeLessThanOrEqual(1);
    popup = await clickToolbarButton(browser, page);
    expect(await popup.evaluate(`document.getElementById('toggle').getAttribute('aria-pressed')`)).toBe(String(count === 1));
    await popup.click('#toggle');
    await popup.waitFor(`document.getElementById('toggle').getAttribute('aria-pressed') === ${JSON.stringify(String(count !== 1))}`);
    await popup.close();
    expect(await overlays(page)).toBe(count === 1 ? 0 : 1);
    if (count !== 1) await page.keyboard.press('Escape');
    await page.goForward();
    await page.waitForURL(/seed-news-page/);
    expect(await overlays(page)).toBe(0);
    await openReader(browser, page);
    await page.keyboard.press('Escape');
    await page.locator('clearpage-reader').waitFor({ state: 'detached' });
  });

  it('closes when a single-page app navigates with history.pushState', async () => {
    await page.goto(`${server.origin}/pages/long-article.html`);
    await openReader(browser, page);
    await page.evaluate(() => history.pushState({}, '', '/pages/another-story'));
    await page.locator('clearpage-reader').waitFor({ state: 'detached' });
    await page.evaluate(() => history.back());
  });

  it('ten rapid toggles from the popup leave one or zero overlays and a popup that tells the truth', async () => {
    await page.goto(`${server.origin}/pages/long-article.html`);
    const popup = await clickToolbarButton(browser, page);
    await popup.evaluate(`(() => { for (let i = 0; i < 10; i++) document.getElementById('toggle').click(); })()`);
    for (let i = 0; i < 10; i += 1) await popup.click('#toggle');
    await popup.waitFor(`!document.getElementById('toggle').disabled`);
    await page.waitForTimeout(300);
    const count = await overlays(page);
    expect(count).toBeLessThanOrEqual(1);
    expect(await popup.evaluate(`document.getElementById('toggle').getAttribute('aria-pressed')`)).toBe(String(count === 1));
    await popup.close();
    if (count) await page.keyboard.press('Escape');
  });

  it('works again after the service worker was stopped', async () => {
    const { targetInfos } = await browser.cdp.send('Target.getTargets');
    const worker = targetInfos.find((t: { type: string; url: string }) => t.type === 'service_worker' && t.url.includes(browser.extensionId));
    await browser.cdp.send('Target.closeTarget', { targetId: worker!.targetId });
    await page.goto(`${server.origin}/pages/long-article.html`);
    await openReader(browser, page);
    expect(await overlays(page)).toBe(1);
    await page.keyboard.press('Escape');
  });

  it('a huge page (300,000 elements, 30 MB) is refused as too large quickly, and the page stays responsive', async () => {
    server.routes.set('/kept/huge.html', { body: hugePage() });
    await page.goto(`${server.origin}/kept/huge.html`, { timeout: 60_000 });
    const popup = await clickToolbarButton(browser, page);
    const started = Date.now();
    await popup.click('#toggle');
    await popup.waitFor(`/too large/.test(document.getElementById('status').textContent)`, 10_000);
    timings.hugePageMs = Date.now() - started;
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await popup.close();
  });

  it('a 5,000-deep nested page opens or says why, and the page stays responsive', async () => {
    const depth = 5000;
    const nested = `${'<div>'.repeat(depth)}<h1>Deep story</h1>${paragraphs(10)}${'</div>'.repeat(depth)}`;
    server.routes.set('/kept/deep.html', { body: `<!doctype html><html lang="en"><head><title>Deep story</title></head><body>${nested}</body></html>` });
    await page.goto(`${server.origin}/kept/deep.html`);
    const popup = await clickToolbarButton(browser, page);
    const started = Date.now();
    await popup.click('#toggle');
    await popup.waitFor(`document.getElementById('toggle').getAttribute('aria-pressed') === 'true' || document.getElementById('status').textContent !== ''`, 10_000);
    timings.deepPageMs = Date.now() - started;
    const status = await popup.evaluate<string>(`document.getElementById('status').textContent`);
    const opened = (await overlays(page)) === 1 && !status;
    timings.deepPageOpened = Number(opened);
    if (opened) expect(await page.evaluate(() => document.querySelector('clearpage-reader')!.shadowRoot!.textContent)).toContain('Paragraph 10');
    else expect(status).not.toMatch(/error/i);
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await popup.close();
  });
});
