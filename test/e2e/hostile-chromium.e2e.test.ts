import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumOf, type Chromium } from './harness/chromium';
import { testServer, type TestServer } from './harness/server';
import { HostileBatch, hostileAttacks, serveHostile, type HostileResult } from './harness/hostile-check';

// Every hostile page (test/hostile/index.json) in one tab of the test build, in one batch (the first test); see
// harness/hostile-check.ts for how "nothing ran" is measured. Each attack then has its own test for its result.
describe('Chromium: hostile pages never run anything through reader view', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;
  let batch: HostileBatch;
  let results: Map<string, HostileResult> | undefined;

  beforeAll(async () => {
    server = await testServer();
    serveHostile(server);
    browser = await chromiumOf('test');
    await browser.reset();
    page = await browser.newPage();
    await page.bringToFront();
    batch = new HostileBatch('chromium', server);
    page.on('dialog', (dialog) => {
      batch.dialog(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => {});
    });
  });
  afterAll(() => page?.close());

  it('checks every hostile page, one after another in one tab', async () => {
    const start = Date.now();
    results = await batch.run({
      goto: async (url) => { await page.goto(url); },
      evaluate: (expression) => page.evaluate(expression),
      reader: (command) => browser.reader(page, command),
      mouseMove: (x, y) => page.mouse.move(x, y),
    });
    console.log(`chromium: ${hostileAttacks.length} hostile pages in ${((Date.now() - start) / 1000).toFixed(1)} s`);
  }, 120_000);

  it('has at least 40 hostile pages', () => {
    expect(hostileAttacks.length).toBeGreaterThanOrEqual(40);
  });

  for (const attack of hostileAttacks) {
    it(`${attack.name}: ${attack.tries}`, () => {
      expect(results?.get(attack.name), 'its result in the batch').toEqual({ executed: [], problems: [] });
    });
  }
});
