import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { chromiumOf, type Chromium } from './harness/chromium';
import { testServer, type TestServer } from './harness/server';
import { parsePage } from '../../src/cli/load-page';
import { extractArticle } from '../../src/extract';
import { blockText } from '../../src/extract/text';

// The benchmark and the fixture loop measure the pipeline in jsdom (the CLI); people read it in the browser, on a copy
// of the live page. The two must give the same article: a difference is a rule that sees another page in the browser
// (Readability made the page's '#x' links absolute there, and its own table of contents stayed in reader view).
const fixtures = resolve(import.meta.dirname, '..', 'fixtures');
// Not WCXB 0501: a Discourse thread whose posts are in <noscript> for readers without script. The CLI reads them there;
// a browser with script runs the forum's app instead, which cannot load here (offline), so that page has no posts.
const names = readdirSync(fixtures).filter((name) => /^(wcxb|rp)-/.test(name) && name !== 'wcxb-0501');

describe('Chromium: reader view shows the article the CLI extracts, line for line', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;

  beforeAll(async () => {
    server = await testServer();
    browser = await chromiumOf('test');
    page = await browser.newPage();
    // The saved pages' own scripts, styles and pictures live elsewhere: refused at once, as offline, never waited for.
    await page.route((url) => url.origin !== server.origin, (route) => route.abort());
  });
  afterAll(() => page?.close());

  it.each(names)('%s', async (name) => {
    const html = gunzipSync(readFileSync(join(fixtures, name, 'source.html.gz'))).toString('utf8');
    const path = `/parity/${name}.html`;
    server.routes.set(path, { body: html });
    const url = `${server.origin}${path}`;

    const dom = parsePage(html, url);
    const result = extractArticle(dom.window.document, { url, window: dom.window as unknown as Window & typeof globalThis });
    dom.window.close();
    expect(result.ok, `the CLI finds an article on ${name}`).toBe(true);
    if (!result.ok) return;

    await page.goto(url, { waitUntil: 'domcontentloaded' });
    expect((await browser.reader(page, 'open')).status).toBe('open');
    const shown = await page.evaluate(() => document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('article')!.innerHTML);
    await page.keyboard.press('Escape');
    await page.locator('clearpage-reader').waitFor({ state: 'detached' });
    const live = blockText(new JSDOM(`<body>${shown}</body>`).window.document.body);
    expect(live.split('\n')).toEqual(blockText(result.content).split('\n'));
  });
});
