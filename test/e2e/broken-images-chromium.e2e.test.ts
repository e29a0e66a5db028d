import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumOf, type Chromium } from './harness/chromium';
import { testServer, type TestServer } from './harness/server';
import { artifactPath } from './harness/artifacts';
import { bothMarked, brokenImagesSeen, brokenPage, brokenPagePath } from './harness/broken-images';
import { expectDrawnSmall } from './harness/broken-images-expect';

// Reader view must not keep a blank the size of a picture that failed, nor its alt text at the article's size.
describe('Chromium: pictures that do not load', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;

  beforeAll(async () => {
    server = await testServer();
    server.routes.set(brokenPagePath, { body: brokenPage });
    browser = await chromiumOf('test');
    page = await browser.newPage();
  });
  beforeEach(() => browser.reset());
  afterAll(() => page?.close());

  it('draws a failed picture as its alt text in small type, or not at all beside its caption', async () => {
    await page.goto(`${server.origin}${brokenPagePath}`);
    expect((await browser.reader(page, 'open')).status).toBe('open');
    // The signal: both pictures marked once their loads failed.
    await page.waitForFunction(bothMarked, null, { timeout: 5_000 });
    const seen = await page.evaluate(brokenImagesSeen);
    await page.screenshot({ path: artifactPath('chromium', 'broken-images.png') });
    expectDrawnSmall(seen);
    await browser.reader(page, 'close');
  });
});
