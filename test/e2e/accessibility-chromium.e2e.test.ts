import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { chromiumOf, type Chromium } from './harness/chromium';
import { clickToolbarButton } from './harness/chromium-popup';
import { testServer, type TestServer } from './harness/server';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
type Violation = { id: string; impact: string; nodes: { target: unknown }[] };
const summary = (violations: Violation[]) => violations.map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target))}`);

async function axeOverlay(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: axeSource });
  const { violations, checked } = await page.evaluate(async () => {
    const result = await (window as any).axe.run({ include: { fromShadowDom: ['clearpage-reader', '.reader'] } });
    return { violations: result.violations, checked: result.passes.reduce((n: number, rule: { nodes: unknown[] }) => n + rule.nodes.length, 0) };
  });
  expect(checked).toBeGreaterThan(50); // axe really looked inside the shadow root
  return violations;
}

describe('Chromium: accessibility (axe-core) of the overlay and the popup', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;

  beforeAll(async () => {
    server = await testServer();
    browser = await chromiumOf('test');
    page = await browser.newPage();
  });
  beforeEach(() => browser.reset());
  afterAll(() => page?.close());

  const open = async (query: string) => {
    await page.goto(`${server.origin}/pages/long-article.html?${query}`);
    expect((await browser.reader(page, 'open')).status).toBe('open');
  };
  const close = async () => {
    await page.keyboard.press('Escape');
    await page.locator('clearpage-reader').waitFor({ state: 'detached' });
  };

  it.each(['light', 'sepia', 'dark'])('the overlay has no violations in the %s theme', async (theme) => {
    await (await browser.worker()).evaluate((t) => chrome.storage.sync.set({ theme: t }), theme);
    await open(`axe-${theme}`);
    expect(await page.evaluate(() => (document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('.reader') as HTMLElement).dataset.theme))
      .toBe(theme);
    expect(summary(await axeOverlay(page))).toEqual([]);
    const structure = await page.evaluate(() => {
      const root = document.querySelector('clearpage-reader')!.shadowRoot!;
      return { article: !!root.querySelector('[role=dialog] article'), h1: root.querySelectorAll('h1').length, h2: root.querySelectorAll('article h2').length };
    });
    expect(structure).toEqual({ article: true, h1: 1, h2: 5 });
    await close();
  });

  it('works with forced colors and reduced motion', async () => {
    await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    await open('axe-forced');
    const style = await page.evaluate(() => {
      const root = document.querySelector('clearpage-reader')!.shadowRoot!;
      return { border: getComputedStyle(root.querySelector('.tool')!).borderStyle, scroll: getComputedStyle(root.querySelector('.reader')!).scrollBehavior };
    });
    expect(style).toEqual({ border: 'solid', scroll: 'auto' });
    expect(summary(await axeOverlay(page))).toEqual([]);
    await close();
    await page.emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
  });

  it('the popup has no violations', async () => {
    const product = await chromiumOf('product');
    const tab = await product.newPage();
    await tab.goto(`${server.origin}/pages/long-article.html?axe-popup`);
    const popup = await clickToolbarButton(product, tab);
    await popup.evaluate(axeSource);
    const result = await popup.evaluate<{ violations: Violation[]; passes: number }>(`axe.run(document)
      .then((r) => ({ violations: r.violations, passes: r.passes.reduce((n, rule) => n + rule.nodes.length, 0) }))`);
    expect(result.passes).toBeGreaterThan(20); // axe really looked at the popup
    expect(summary(result.violations)).toEqual([]);
    await popup.close();
    await tab.close();
  });
});
