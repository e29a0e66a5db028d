// Scrolling the open overlay with the mouse wheel for a while, counting the renderer's layouts (Chromium).
import type { Page } from 'playwright-core';

export interface ScrollFigures {
  seconds: number;
  wheelEvents: number;
  /** How far the overlay's scroller moved, px. */
  scrolled: number;
  layouts: number;
  layoutsPerSecond: number;
  styleRecalcs: number;
  /** Layouts per second with the overlay open and nothing happening, for comparison. */
  idleLayoutsPerSecond: number;
}

const scrollTop = `document.querySelector('clearpage-reader').shadowRoot.querySelector('.reader').scrollTop`;

export async function scrollOverlay(page: Page, seconds = 2): Promise<ScrollFigures> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => list.find((m) => m.name === name)?.value ?? 0;
    return { layouts: get('LayoutCount'), styles: get('RecalcStyleCount') };
  };
  try {
    const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
    await page.mouse.move(viewport.width / 2, viewport.height / 2);

    const idleStart = await metrics();
    await page.waitForTimeout(seconds * 1000);
    const idleEnd = await metrics();

    const before = await metrics();
    const top = await page.evaluate<number>(scrollTop);
    const started = performance.now();
    let wheelEvents = 0;
    while (performance.now() - started < seconds * 1000) {
      await page.mouse.wheel(0, 100);
      wheelEvents++;
      await page.waitForTimeout(16);
    }
    const elapsed = (performance.now() - started) / 1000;
    await page.waitForTimeout(100);
    const after = await metrics();
    const layouts = after.layouts - before.layouts;
    return {
      seconds: elapsed, wheelEvents, scrolled: (await page.evaluate<number>(scrollTop)) - top,
      layouts, layoutsPerSecond: layouts / elapsed, styleRecalcs: after.styles - before.styles,
      idleLayoutsPerSecond: (idleEnd.layouts - idleStart.layouts) / seconds,
    };
  } finally {
    await cdp.detach().catch(() => {});
  }
}
