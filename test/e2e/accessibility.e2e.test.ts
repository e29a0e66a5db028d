import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { launchChromium, clickToolbarButton, openReader, type Chromium } from './helpers/chromium';
import { startServer, type TestServer } from './helpers/server';

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
    server = await startServer();
    browser = await launchChromium();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(['light', 'sepia', 'dark'])('the overlay has no violations in the %s theme', async (theme) => {
    await page.goto(`${server.origin}/pages/long-article.html`);
    const popup = await clickToolbarButton(browser, page);
    await popup.click(`label[data-value="${theme}"]`);
    await popup.click('#toggle');
    await page.locator('clearpage-reader [role=dialog][aria-modal=true]').waitFor();
    await page.waitForFunction((t) => (document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('.reader') as HTMLElement).dataset.theme === t, theme);
    await popup.close();
    expect(summary(await axeOverlay(page))).toEqual([]);
    const structure = await page.evaluate(() => {
      const root = document.querySelector('clearpage-reader')!.shadowRoot!;
      return { article: !!root.querySelector('[role=dialog] article'), h1: root.querySelectorAll('h1').length, h2: root.querySelectorAll('article h2').length };
    });
    expect(structure).toEqual({ article: true, h1: 1, h2: 5 });
    await page.keyboard.press('Escape');
  });

  it('works with forced colors and reduced motion', async () => {
    await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    await page.goto(`${server.origin}/pages/long-article.html`);
    await openReader(browser, page);
    const style = await page.evaluate(() => {
      const root = document.querySelector('clearpage-reader')!.shadowRoot!;
      return { border: getComputedStyle(root.querySelector('.tool')!).borderStyle, scroll: getComputedStyle(root.querySelector('.reader')!).scrollBehavior };
    });
    expect(style).toEqual({ border: 'solid', scroll: 'auto' });
    expect(summary(await axeOverlay(page))).toEqual([]);
    await page.keyboard.press('Escape');
    await page.emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
  });

  it('the popup has no violations', async () => {
    await page.goto(`${server.origin}/pages/long-article.html`);
    const popup = await clickToolbarButton(browser, page);
    await popup.evaluate(axeSource);
    const violations = await popup.evaluate<Violation[]>(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`);
    expect(summary(violations)).toEqual([]);
    await popup.close();
  });
});
