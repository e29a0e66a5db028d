import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { firefoxOf, type Firefox } from './harness/firefox';
import { testServer, type TestServer } from './harness/server';
import { artifactPath } from './harness/artifacts';
import { bothMarked, brokenImagesSeen, brokenPage, brokenPagePath } from './harness/broken-images';
import { expectDrawnSmall } from './harness/broken-images-expect';

describe('Firefox ESR: pictures that do not load', () => {
  let browser: Firefox;
  let server: TestServer;
  let page: Page;

  beforeAll(async () => {
    server = await testServer();
    server.routes.set(brokenPagePath, { body: brokenPage });
    browser = await firefoxOf('test');
    page = await browser.newPage();
  });
  afterAll(() => page?.close());

  it('draws a failed picture as its alt text in small type, or not at all beside its caption', async () => {
    await page.goto(`${server.origin}${brokenPagePath}`);
    expect((await browser.reader(page, 'open')).status).toBe('open');
    await page.waitForFunction(bothMarked, { timeout: 5_000 });
    const seen = await page.evaluate(brokenImagesSeen);
    await page.screenshot({ path: artifactPath('firefox', 'broken-images.png') });
    expectDrawnSmall(seen);
    await browser.reader(page, 'close');
  });
});
