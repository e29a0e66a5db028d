import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { clickToolbarButton, launchChromium, type Chromium } from './helpers/chromium';
import { startServer, type TestServer } from './helpers/server';
import { TargetWatch } from './helpers/cdp-watch';
import { readerDialog } from './helpers/hostile';

// Documents that are not articles: the popup must say so in plain words, and nothing may throw anywhere
// (page and content-script worlds, the popup, the extension's service worker).
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
    server = await startServer();
    for (const entry of odd) if (entry.body !== undefined) server.routes.set(entry.path, { body: entry.body, type: entry.type });
    // A page whose response stays open for 10 s after the article has been sent: it is still loading when we click.
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
    browser = await launchChromium();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    slow?.closeAllConnections();
    await new Promise((done) => slow?.close(done));
  });

  /** Toolbar click → popup → toggle (when enabled); returns the popup's status and every error seen meanwhile. */
  async function tryReader(): Promise<{ status: string; kind: string; open: boolean; errors: string[] }> {
    const { targetInfos } = await browser.cdp.send('Target.getTargets');
    const tab = (targetInfos as { targetId: string; type: string; url: string }[]).find((t) => t.type === 'page' && t.url === page.url());
    const watches = [
      await TargetWatch.find(browser.cdp, (t) => t.type === 'service_worker' && t.url.endsWith('/background.js'), 'service worker'),
      await TargetWatch.attach(browser.cdp, tab!, 'page'),
    ];
    const popup = await clickToolbarButton(browser, page);
    watches.push(await TargetWatch.find(browser.cdp, (t) => t.url.includes('/popup.html'), 'popup'));
    if (!(await popup.evaluate<boolean>(`document.getElementById('toggle').disabled`))) {
      await popup.click('#toggle');
      await popup.waitFor(`document.getElementById('toggle').disabled === false && (document.getElementById('status').textContent
        || document.getElementById('toggle').getAttribute('aria-pressed') === 'true')`, 8000);
    }
    await new Promise((done) => setTimeout(done, 300));
    const status = await popup.evaluate<string>(`document.getElementById('status').textContent.trim()`);
    const kind = await popup.evaluate<string>(`document.getElementById('status').dataset.kind ?? ''`);
    const open = (await page.locator(readerDialog).count()) > 0;
    if (open) await popup.click('#toggle');
    await popup.close();
    const errors = watches.flatMap((w) => w.errors);
    await Promise.all(watches.map((w) => w.detach()));
    return { status, kind, open, errors };
  }

  for (const entry of odd) {
    it(`says so plainly on ${entry.name}`, async () => {
      await page.goto(`${server.origin}${entry.path}`);
      const result = await tryReader();
      console.log(`${entry.name}: "${result.status}" (${result.kind})`);
      expect(result).toMatchObject({ open: false, errors: [] });
      expect(result.status).toMatch(entry.expect);
      expect(result.kind).not.toBe('error');
    });
  }

  it('opens what has arrived on a page that is still loading, without errors', async () => {
    await page.goto(`${slowOrigin}/slow.html`, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.querySelectorAll('p').length > 5);
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    const result = await tryReader();
    console.log(`still loading: "${result.status}" (${result.kind}, open: ${result.open})`);
    expect(result).toMatchObject({ open: true, errors: [], kind: 'open' });
  });
});
