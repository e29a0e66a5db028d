import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { firefoxOf, type Firefox } from './harness/firefox';
import { testServer, type TestServer } from './harness/server';
import { articleMarkup, bothArticles, parityFixtures } from './harness/cli-parity';

describe('Firefox ESR: reader view shows the article the CLI extracts, line for line', () => {
  let browser: Firefox;
  let server: TestServer;
  let page: Page;

  beforeAll(async () => {
    server = await testServer();
    browser = await firefoxOf('test');
    page = await browser.newPage();
    // The saved pages' own scripts, styles and pictures live elsewhere: refused at once, as offline, never waited for.
    await page.setRequestInterception(true);
    page.on('request', (request) => (new URL(request.url()).origin === server.origin ? request.continue() : request.abort()));
  });
  afterAll(() => page?.close());

  it.each(parityFixtures)('%s', async (name) => {
    const { cli, shown } = await bothArticles(server, name, async (url) => {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      expect((await browser.reader(page, 'open')).status).toBe('open');
      const markup = await page.evaluate(articleMarkup);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('clearpage-reader'));
      return markup;
    });
    expect(cli, `the CLI finds an article on ${name}`).not.toBeNull();
    expect(shown).toEqual(cli);
  });
});
