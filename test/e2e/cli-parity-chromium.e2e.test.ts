import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumOf, type Chromium } from './harness/chromium';
import { testServer, type TestServer } from './harness/server';
import { articleMarkup, bothArticles, parityFixtures } from './harness/cli-parity';

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

  it.each(parityFixtures)('%s', async (name) => {
    const { cli, shown } = await bothArticles(server, name, async (url) => {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      expect((await browser.reader(page, 'open')).status).toBe('open');
      const markup = await page.evaluate(articleMarkup);
      await page.keyboard.press('Escape');
      await page.locator('clearpage-reader').waitFor({ state: 'detached' });
      return markup;
    });
    expect(cli, `the CLI finds an article on ${name}`).not.toBeNull();
    expect(shown).toEqual(cli);
  });
});
