import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumOf, type Chromium } from './harness/chromium';
import { testServer, type TestServer } from './harness/server';
import { TargetWatch } from './harness/cdp-watch';
import { clickToolbarButton } from './harness/chromium-popup';
import { overlayState } from './harness/overlay';

// Documents that are not articles: the reader must say so in plain words (the message the popup shows), and nothing may
// throw anywhere (page and content-script worlds, the extension's service worker). Test build, reader commands; one
// document also through the real popup (toolbar button → prepare → toggle), watched for errors too.
const seedHtml = readFileSync(resolve(import.meta.dirname, '../fixtures/seed-news-page/source.html'), 'utf8');
const noArticle = /^No article found on this page\.?$/;
const notAPage = /^Reader view works on web pages with text\. This document is not one\.?$/;
const odd: { name: string; path: string; type?: string; body?: string | Buffer; expect: RegExp }[] = [
  { name: 'a page without an article', path: '/pages/no-article.html', expect: noArticle },
  { name: 'an empty page', path: '/odd/empty.html', body: '', expect: noArticle },
  { name: 'a frameset', path: '/odd/frameset.html', expect: noArticle,
    body: '<!doctype html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="/pages/no-article.html"><frame src="/odd/empty.html"></frameset></html>' },
  { name: 'an image', path: '/fixtures/seed-news-page/lead.jpg', expect: noArticle },
  { name: 'a video', path: '/odd/clip.webm', type: 'video/webm', body: Buffer.alloc(2048, 7), expect: noArticle },
  { name: 'an SVG document', path: '/odd/drawing.svg', type: 'image/svg+xml', expect: notAPage,
    body: `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><text x="10" y="50">${'A drawing with words in it. '.repeat(20)}</text></svg>` },
  { name: 'an XML document', path: '/odd/feed.xml', type: 'application/xml', expect: notAPage,
    body: `<?xml version="1.0"?><feed><entry><title>Harbour news</title><summary>${'The ferry timetable changes next month. '.repeat(30)}</summary></entry></feed>` },
  { name: 'a text/plain file', path: '/odd/notes.txt', type: 'text/plain; charset=utf-8', expect: noArticle,
    body: 'Shopping list\n\n- bread\n- milk\n- apples\n' },
];

describe('Chromium: odd documents get a plain message and no errors', () => {
  let browser: Chromium;
  let server: TestServer;
  let slow: Server;
  let slowOrigin = '';
  let page: Page;

  beforeAll(async () => {
    server = await testServer();
    for (const entry of odd) if (entry.body !== undefined) server.routes.set(entry.path, { body: entry.body, type: entry.type });
    // A page whose response stays open for 10 s after the article has been sent: it is still loading when reader view opens.
    slow = createServer((req, res) => {
      if (req.url !== '/slow.html') return void res.writeHead(404).end(); // the page's stylesheet must not hang too
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const [head] = seedHtml.split('<footer');
      res.write(head!.replace('src="lead.jpg"', `src="${server.origin}/fixtures/seed-news-page/lead.jpg"`));
      const timer = setTimeout(() => res.end('<footer>© 2026</footer></body></html>'), 10_000);
      res.on('close', () => clearTimeout(timer));
    });
    await new Promise<void>((done) => slow.listen(0, '127.0.0.1', done));
    slowOrigin = `http://127.0.0.1:${(slow.address() as { port: number }).port}`;
    browser = await chromiumOf('test');
    page = await browser.newPage();
  });
  beforeEach(() => browser.reset());
  afterAll(async () => {
    await page?.close();
    slow?.closeAllConnections();
    await new Promise((done) => slow?.close(done));
  });

  /** The reader asked to open (as the popup's toggle asks); its answer, whether it opened, and every error seen meanwhile. */
  async function tryReader(): Promise<{ status: string; message: string; open: boolean; errors: string[] }> {
    const { targetInfos } = await browser.cdp.send('Target.getTargets');
    const tab = (targetInfos as { targetId: string; type: string; url: string }[]).find((t) => t.type === 'page' && t.url === page.url());
    const watches = [
      await TargetWatch.find(browser.cdp, (t) => t.type === 'service_worker' && t.url.endsWith('/background.js'), 'service worker'),
      await TargetWatch.attach(browser.cdp, tab!, 'page'),
    ];
    const state = await browser.reader(page, 'open');
    const { open } = await page.evaluate(overlayState);
    // Errors thrown by work the reader deferred (the next frames) or reported late have arrived before they are read.
    await Promise.all(watches.map((w) => w.flush()));
    if (open) await browser.reader(page, 'close');
    const errors = watches.flatMap((w) => w.errors);
    await Promise.all(watches.map((w) => w.detach()));
    return { status: state.status, message: state.message ?? '', open, errors };
  }

  for (const entry of odd) {
    it(`says so plainly on ${entry.name}`, async () => {
      await page.goto(`${server.origin}${entry.path}`);
      const result = await tryReader();
      expect(result).toMatchObject({ open: false, errors: [] });
      expect(result.message).toMatch(entry.expect);
      expect(result.status).toBe('no-article');
    });
  }

  it('the real popup says so plainly on an SVG document, and nothing throws in the popup, the page or the worker', async () => {
    const entry = odd.find((candidate) => candidate.path === '/odd/drawing.svg')!;
    await page.goto(`${server.origin}${entry.path}?popup`);
    const { targetInfos } = await browser.cdp.send('Target.getTargets');
    const tab = (targetInfos as { targetId: string; type: string; url: string }[]).find((t) => t.type === 'page' && t.url === page.url());
    const watches = [
      await TargetWatch.find(browser.cdp, (t) => t.type === 'service_worker' && t.url.endsWith('/background.js'), 'service worker'),
      await TargetWatch.attach(browser.cdp, tab!, 'page'),
    ];
    const popup = await clickToolbarButton(browser, page);
    try {
      // Attached once the popup is there: Runtime.enable and Log.enable report what it logged or threw while loading.
      watches.push(await TargetWatch.find(browser.cdp, (t) => t.url.startsWith(`chrome-extension://${browser.extensionId}/popup.html`), 'popup'));
      const shown = `(() => { const toggle = document.getElementById('toggle'), status = document.getElementById('status');
        return { pressed: toggle.getAttribute('aria-pressed'), disabled: toggle.disabled, kind: status.dataset.kind, text: status.textContent.trim() }; })()`;
      // The popup readied the tab (prepare) without an error; the toggle is offered.
      expect(await popup.evaluate(shown), 'the popup as it opens').toEqual({ pressed: 'false', disabled: false, kind: 'closed', text: '' });
      await popup.click('#toggle');
      await popup.waitFor(`document.getElementById('status').dataset.kind !== 'closed' && !document.getElementById('toggle').disabled`, 5000);
      const after = await popup.evaluate<{ pressed: string; disabled: boolean; kind: string; text: string }>(shown);
      expect(after).toMatchObject({ pressed: 'false', disabled: false, kind: 'no-article' });
      expect(after.text).toMatch(entry.expect);
      expect((await page.evaluate(overlayState)).open).toBe(false);
      await Promise.all(watches.map((w) => w.flush()));
      expect(watches.flatMap((w) => w.errors)).toEqual([]);
    } finally {
      await popup.close();
      await Promise.all(watches.map((w) => w.detach()));
    }
  });

  it('opens what has arrived on a page that is still loading, without errors', async () => {
    await page.goto(`${slowOrigin}/slow.html`, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.querySelectorAll('p').length > 5);
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    const result = await tryReader();
    expect(result).toMatchObject({ open: true, errors: [], status: 'open' });
  });
});
