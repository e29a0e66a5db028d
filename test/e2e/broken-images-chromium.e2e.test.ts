import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumOf, type Chromium } from './harness/chromium';
import { testServer, type TestServer } from './harness/server';
import { artifactPath } from './harness/artifacts';
import { inReader } from './harness/overlay';

// Pictures that do not load (moved, blocked, offline): the seed article with its lead photo and a chart of 1200 × 800
// both answering 404. Reader view must not keep a blank the chart's size, nor the alt text at the article's size.
const seedHtml = readFileSync(resolve(import.meta.dirname, '../fixtures/seed-news-page/source.html'), 'utf8');
const chartAlt = 'A chart of the staff talks held since 2017';
const brokenPage = seedHtml
  .replace('src="lead.jpg"', 'src="/missing/lead.jpg"')
  .replace('</p>', `</p><img src="/missing/chart.png" width="1200" height="800" alt="${chartAlt}">`);

describe('Chromium: pictures that do not load', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;

  beforeAll(async () => {
    server = await testServer();
    server.routes.set('/broken/article.html', { body: brokenPage });
    browser = await chromiumOf('test');
    page = await browser.newPage();
  });
  beforeEach(() => browser.reset());
  afterAll(() => page?.close());

  it('draws a failed picture as its alt text in small type, or not at all beside its caption', async () => {
    await page.goto(`${server.origin}/broken/article.html`);
    expect((await browser.reader(page, 'open')).status).toBe('open');
    // The signal: both pictures marked once their loads failed.
    await page.locator(inReader('img[data-cp-broken]')).nth(1).waitFor({ state: 'attached', timeout: 5_000 });
    const seen = await page.evaluate(() => {
      const root = document.querySelector('clearpage-reader')!.shadowRoot!;
      const box = (el: Element | null) => el && { display: getComputedStyle(el).display, height: el.getBoundingClientRect().height };
      return {
        lead: box(root.querySelector('figure img')),
        caption: box(root.querySelector('figure figcaption')),
        chart: box(root.querySelector(`img[alt^="A chart"]`)),
        chartMark: root.querySelector(`img[alt^="A chart"]`)?.getAttribute('data-cp-broken'),
      };
    });
    await page.screenshot({ path: artifactPath('chromium', 'broken-images.png') });
    expect(seen.lead?.display).toBe('none');
    expect(seen.caption?.display).toBe('block');
    expect(seen.caption!.height).toBeGreaterThan(20);
    expect(seen.chartMark).toBe('alt');
    expect(seen.chart?.display).toBe('block');
    // One or two lines of small type, not 800 px of blank.
    expect(seen.chart!.height).toBeGreaterThan(10);
    expect(seen.chart!.height).toBeLessThan(80);
    await browser.reader(page, 'close');
  });
});
