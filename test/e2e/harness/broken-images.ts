// Pictures that do not load (moved, blocked, offline): the seed article with its lead photo and a chart of 1200 × 800
// both answering 404. Shared by the Chromium and Firefox tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const seedHtml = readFileSync(resolve(import.meta.dirname, '../../fixtures/seed-news-page/source.html'), 'utf8');
export const brokenPagePath = '/broken/article.html';
export const brokenPage = seedHtml
  .replace('src="lead.jpg"', 'src="/missing/lead.jpg"')
  .replace('</p>', '</p><img src="/missing/chart.png" width="1200" height="800" alt="A chart of the staff talks held since 2017">');

/** Runs in the page: both pictures have been marked as failed. */
export const bothMarked = () =>
  document.querySelector('clearpage-reader')?.shadowRoot?.querySelectorAll('article img[data-cp-broken]').length === 2;

/** Runs in the page: how the lead photo, its caption and the chart are drawn. */
export function brokenImagesSeen() {
  const root = document.querySelector('clearpage-reader')!.shadowRoot!;
  const box = (el: Element | null) => el && { display: getComputedStyle(el).display, height: el.getBoundingClientRect().height };
  const chart = root.querySelector('img[alt^="A chart"]');
  return {
    lead: box(root.querySelector('figure img')),
    caption: box(root.querySelector('figure figcaption')),
    chart: box(chart),
    chartMark: chart?.getAttribute('data-cp-broken'),
  };
}

export type BrokenImagesSeen = ReturnType<typeof brokenImagesSeen>;
