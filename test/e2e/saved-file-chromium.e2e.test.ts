import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { standaloneHtml } from '../../src/export/standalone-html';
import { chromiumOf, type Chromium } from './harness/chromium';
import { testServer, type TestServer } from './harness/server';

// The saved HTML file opened from disk, as a person opens it later: its Content-Security-Policy lets no script run,
// not even one that got into the article, and loads nothing remote but images.
const planted = (origin: string) => `<p>Kept text of the saved article.</p>
<script>window.__ran = (window.__ran || []).concat('script');</script>
<img src="${origin}/saved/missing.png" onerror="window.__ran = (window.__ran || []).concat('onerror')" alt="">
<svg onload="window.__ran = (window.__ran || []).concat('svg onload')"></svg>
<script src="${origin}/saved/remote.js"></script>
<link rel="stylesheet" href="${origin}/saved/remote.css">
<video src="${origin}/saved/remote.mp4" autoplay muted></video>
<iframe src="${origin}/saved/frame.html"></iframe>
<img src="${origin}/saved/picture.png" alt="a picture">`;

const onePixelPng = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('Chromium: the saved HTML file', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    server = await testServer();
    browser = await chromiumOf('test');
    page = await browser.newPage();
    dir = mkdtempSync(join(tmpdir(), 'clearpage-saved-'));
  });
  afterAll(async () => {
    await page?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('runs no script or handler planted in the article and loads only its images', async () => {
    const meta = { title: 'Saved', byline: null, siteName: null, url: `${server.origin}/pages/a.html`, publishedTime: null, lang: 'en', dir: null };
    const file = join(dir, 'saved.html');
    writeFileSync(file, standaloneHtml(planted(server.origin), meta, { source: 'Source', saved: 'saved 2026-12-02' }));
    server.routes.set('/saved/picture.png', { body: Buffer.from(onePixelPng, 'base64'), type: 'image/png' });
    // Recorded from before the file's own markup is parsed; CDP-injected, so the file's policy does not apply to it.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(event.effectiveDirective));
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 5000 });

    // Signals, not time: the picture arrived; below, the browser reports both kinds of inline script it refused.
    await page.waitForFunction(() => (document.querySelector('img[alt="a picture"]') as HTMLImageElement | null)?.naturalWidth === 1, null, { timeout: 3000 })
      .catch((error: Error) => { throw new Error(`the picture loaded: ${error.message}`); });
    // The script ran while the file was parsed and the handlers before its load event: all would be in by now.
    expect(await page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran ?? [])).toEqual([]);
    await page.waitForFunction(() => {
      const seen = (window as unknown as { __violations: string[] }).__violations;
      return seen.includes('script-src-elem') && seen.includes('script-src-attr');
    }, null, { timeout: 3000 }).catch(async (error: Error) => {
      throw new Error(`violations reported: ${error.message} (${JSON.stringify(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations))})`);
    });

    expect(await page.locator('article').innerText()).toContain('Kept text of the saved article.');
    const saved = server.requests.filter((path) => path.startsWith('/saved/'));
    expect(saved).toContain('/saved/picture.png');
    expect(saved.filter((path) => !/\.png$/.test(path))).toEqual([]);
  });
});
