import { expect } from 'vitest';
import type { BrokenImagesSeen } from './broken-images';

/** The lead photo gone beside its caption; the chart as one or two lines of small type, not 800 px of blank. */
export function expectDrawnSmall(seen: BrokenImagesSeen): void {
  expect(seen.lead?.display).toBe('none');
  expect(seen.caption?.display).toBe('block');
  expect(seen.caption!.height).toBeGreaterThan(20);
  expect(seen.chartMark).toBe('alt');
  expect(seen.chart?.display).toBe('block');
  expect(seen.chart!.height).toBeGreaterThan(10);
  expect(seen.chart!.height).toBeLessThan(80);
}
