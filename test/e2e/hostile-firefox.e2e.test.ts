import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { firefoxOf, type Firefox } from './harness/firefox';
import { testServer, type TestServer } from './harness/server';
import { HostileBatch, hostileAttacks, serveHostile, type HostileResult } from './harness/hostile-check';

// The same hostile pages and the same batch check as hostile-chromium, in one tab of Firefox ESR's test build (see
// harness/hostile-check.ts). Each attack then has its own test for its result.
describe('Firefox ESR: hostile pages never run anything through reader view', () => {
  let firefox: Firefox;
  let server: TestServer;
  let page: Page;
  let batch: HostileBatch;
  let results: Map<string, HostileResult> | undefined;

  beforeAll(async () => {
    server = await testServer();
    serveHostile(server);
    firefox = await firefoxOf('test');
    await firefox.reset();
    page = await firefox.newPage();
    // Animation frames (the settle waits count them) run only in the selected tab; reset() may have opened another.
    await page.bringToFront();
    batch = new HostileBatch('firefox', server);
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
      evaluate: (expression) => page.evaluate(expression) as Promise<never>,
      reader: (command) => firefox.reader(page, command),
      mouseMove: (x, y) => page.mouse.move(x, y),
    });
    console.log(`firefox: ${hostileAttacks.length} hostile pages in ${((Date.now() - start) / 1000).toFixed(1)} s`);
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
