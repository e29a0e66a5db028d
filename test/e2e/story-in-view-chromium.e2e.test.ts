import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumOf, type Chromium } from './harness/chromium';
import { testServer, type TestServer } from './harness/server';
import { overlayState } from './harness/overlay';

const story = (title: string, words: string) => `<article><h1>${title}</h1><p class="byline">By A. Writer</p>${
  Array.from({ length: 8 }, (_, i) => `<p>${title}, part ${i + 1}: ${words.repeat(6)}</p>`).join('')}</article>`;

// Infinite scroll: the next story is appended below the one a person opened. Reader view shows the story in view when
// it is asked, never the two merged.
describe('Chromium: the story in view, never two merged', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;

  beforeAll(async () => {
    server = await testServer();
    browser = await chromiumOf('test');
    page = await browser.newPage();
    server.routes.set('/stories/feed.html', { body: `<!doctype html><html lang="en"><head><title>The ferry timetable changes</title></head><body>
      ${story('The ferry timetable changes', 'The morning boats leave earlier from next month, the harbour office said. ')}
      ${story('A new bakery on the quay', 'Bread and buns from six in the morning, the owners promise, all year round. ')}</body></html>` });
  });
  beforeEach(() => browser.reset());
  afterAll(() => page?.close());

  it('shows the second story when it is the one in view, and the first when that one is', async () => {
    await page.goto(`${server.origin}/stories/feed.html?second`);
    await page.evaluate(() => document.querySelectorAll('article')[1]!.querySelectorAll('p')[3]!.scrollIntoView({ block: 'center' }));
    expect((await browser.reader(page, 'open')).status).toBe('open');
    const second = (await page.evaluate(overlayState)).text;
    expect(second).toContain('A new bakery on the quay, part 8');
    expect(second).not.toContain('The ferry timetable changes, part 1');
    await browser.reader(page, 'close');

    await page.goto(`${server.origin}/stories/feed.html?first`);
    expect((await browser.reader(page, 'open')).status).toBe('open');
    const first = (await page.evaluate(overlayState)).text;
    expect(first).toContain('The ferry timetable changes, part 8');
    expect(first).not.toContain('A new bakery on the quay, part 1');
  });
});
