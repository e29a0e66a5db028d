// npm run bench:browser [-- --pages=40 --opens=3 --browsers=chromium,firefox --trace=off --renderer=reused --reach=300
//   --long-words=20000 --out=bench/results]
// Readability alone vs Clearpage from the popup's toggle click and from one-click reading (no popup), in Debian
// Chromium and Firefox ESR, on a fixed corpus sample.
import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { loadSample, longArticle, readabilitySource, type SamplePage } from './corpus-sample';
import * as chromium from './chromium-run';
import * as firefox from './firefox-run';
import { scrollOverlay, type ScrollFigures } from './scroll-layouts';
import { bundleSize, snapshotDist, writeResults, type BrowserRun, type LongArticle } from './results';
import { goals, pageTable, summarize, summaryTable } from './summary';
import type { DirectFigures, OpenFigures, PageResult, ReadabilityFigures } from './types';

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const pageCount = Number(arg('pages', '40'));
const opensPerPage = Number(arg('opens', '3'));
const browsers = arg('browsers', 'chromium,firefox').split(',');
// Chromium's timed opens are untraced, like (a); with tracing on, as many more opens per page are traced for (c), the
// longest task (a CDP trace slows the open it records by 5–8 ms). --trace=off leaves those opens out.
const traced = arg('trace', 'on') !== 'off';
// Chromium loads each page in a fresh renderer (a first visit); --renderer=reused serves every page from one site instead.
const reuseRenderer = arg('renderer', 'fresh') === 'reused';
// How long after the popup is ready the toggle is clicked: a person needs a few hundred milliseconds to reach it.
const reachMs = Number(arg('reach', '300'));
const longWords = Number(arg('long-words', '20000'));
const outDir = arg('out', '');

interface Driver {
  version: string;
  readability(page: SamplePage, source: string): Promise<ReadabilityFigures>;
  open(page: SamplePage): Promise<OpenFigures>;
  /** Chromium with tracing on: one open under a CDP trace, for the longest task. */
  tracedOpen?(page: SamplePage): Promise<OpenFigures>;
  /** One-click reading on or off, and one open with it on. */
  oneClick(on: boolean): Promise<void>;
  direct(page: SamplePage): Promise<DirectFigures>;
  scroll?(): Promise<ScrollFigures>;
  counts(): { served: number; refused: number };
  close(): Promise<void>;
}

async function chromiumDriver(): Promise<Driver> {
  const bench = await chromium.startChromiumBench(join(dist, 'chrome'), reuseRenderer);
  return {
    version: `Chromium ${bench.browser.context.browser()?.version() ?? '?'}`,
    readability: (page, source) => chromium.measureReadability(bench, page.url, page.html, source),
    open: (page) => chromium.measureOpen(bench, page.url, page.html, false, reachMs),
    tracedOpen: traced ? (page) => chromium.measureOpen(bench, page.url, page.html, true, reachMs) : undefined,
    oneClick: (on) => chromium.setOneClick(bench, on),
    direct: (page) => chromium.measureDirect(bench, page.url, page.html, false),
    scroll: () => scrollOverlay(bench.page),
    counts: () => ({ served: bench.server.served, refused: bench.server.refused }),
    close: bench.close,
  };
}

async function firefoxDriver(): Promise<Driver> {
  const bench = await firefox.startFirefoxBench(join(dist, 'firefox'));
  return {
    version: `Firefox ${(await bench.firefox.browser.version()).replace(/^firefox\//, '')}`,
    readability: (page, source) => firefox.measureReadability(bench, page.url, page.html, source),
    open: (page) => firefox.measureOpen(bench, page.url, page.html, reachMs),
    oneClick: (on) => firefox.setOneClick(bench, on),
    direct: (page) => firefox.measureDirect(bench, page.url, page.html),
    counts: () => bench.counts,
    close: bench.close,
  };
}

async function measurePage(driver: Driver, page: SamplePage, source: string): Promise<PageResult> {
  const result: PageResult = { id: page.id, url: page.url, readability: null, opens: [] };
  try {
    result.readability = await driver.readability(page, source);
    for (let i = 0; i < opensPerPage; i++) result.opens.push(await driver.open(page));
    if (driver.tracedOpen) {
      result.traced = [];
      for (let i = 0; i < opensPerPage; i++) result.traced.push(await driver.tracedOpen(page));
    }
  } catch (error) {
    result.error = String(error instanceof Error ? error.message : error).split('\n')[0];
  }
  return result;
}

async function runBrowser(name: string, sample: SamplePage[], long: ReturnType<typeof longArticle>, source: string): Promise<BrowserRun> {
  const loadBefore = loadavg()[0]!;
  const driver = name === 'chromium' ? await chromiumDriver() : await firefoxDriver();
  try {
    console.log(`\n## ${driver.version} (load average ${loadBefore.toFixed(2)})`);
    // Warm-up: the browser's first open pays for its own start-up; not counted.
    await measurePage(driver, sample[0]!, source);
    const pages: PageResult[] = [];
    for (const page of sample) {
      const result = await measurePage(driver, page, source);
      const opens = result.opens.map((o) => (o.status === 'open' ? (o.total ?? NaN).toFixed(0) : o.status)).join(' ');
      console.log(`${page.id.slice(0, 8)} a=${result.readability?.cold.toFixed(1) ?? '–'} b=[${opens}]${result.error ? ` ${result.error}` : ''}`);
      pages.push(result);
    }
    // One-click reading, the path with no popup to prepare behind (the shortcut's too): one pass over the same pages.
    await driver.oneClick(true);
    for (const [i, page] of sample.entries()) {
      const result = pages[i]!;
      result.direct = [];
      for (let n = 0; n < opensPerPage; n++) result.direct.push(await driver.direct(page).catch((error: unknown) => ({ status: String(error).split('\n')[0]! })));
      console.log(`${page.id.slice(0, 8)} d=[${result.direct.map((d) => (d.status === 'open' ? d.total!.toFixed(0) : d.status)).join(' ')}]`);
    }
    await driver.oneClick(false);
    const longResult = await measurePage(driver, long, source);
    const scroll = driver.scroll && longResult.opens.at(-1)?.status === 'open' ? await driver.scroll() : null;
    const longArticleFigures: LongArticle = { words: long.words, result: longResult, summary: summarize([longResult]), scroll };
    const summary = summarize(pages);
    console.log(`\n${pageTable(pages)}\n\n${summaryTable(summary)}`);
    return { browser: driver.version, loadBefore, loadAfter: loadavg()[0]!, requests: driver.counts(), pages, summary, long: longArticleFigures };
  } finally {
    await driver.close();
  }
}

const sample = loadSample(pageCount);
const long = longArticle(longWords);
const source = readabilitySource();
const dist = snapshotDist();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    rmSync(dist, { recursive: true, force: true });
    process.exit(130);
  });
}
const bundle = bundleSize(dist);
console.log(`Sample: the first ${sample.length} AEB pages by id, served from memory ${reuseRenderer
  ? 'from one site (Chromium: one reused renderer)' : 'at their original address (Chromium: a fresh renderer per load)'}; ${opensPerPage} opens per page.`);
console.log(`Toggle clicked ${reachMs} ms after the popup is ready. Goals: (b) − (a) median ≤ ${goals.overheadMedian} ms, p95 ≤ ${goals.overheadP95} ms; ` +
  `(d) − (a) median ≤ ${goals.directOverheadMedian} ms; (c) longest task median ≤ ${goals.longestTask} ms; no move after the first paint.`);
console.log(`content.js: ${(bundle.minified / 1024).toFixed(1)} KB minified, ${(bundle.gzipped / 1024).toFixed(1)} KB gzipped`);
const runs: BrowserRun[] = [];
try {
  for (const name of browsers) runs.push(await runBrowser(name, sample, long, source));
} finally {
  rmSync(dist, { recursive: true, force: true });
}
const commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
const written = writeResults({ date: new Date().toISOString(), commit, pages: pageCount, opensPerPage, reachMs, bundle, runs }, outDir || undefined);
for (const run of runs) {
  const l = run.long;
  console.log(`\n${run.browser}: ${l.words}-word article: (a) cold ${l.summary.readabilityCold.median.toFixed(1)} ms, ` +
    `(b) ${l.summary.clearpage.median.toFixed(1)} ms, longest task ${l.summary.longestTask.max.toFixed(1)} ms` +
    (l.scroll ? `; scrolling ${l.scroll.seconds.toFixed(1)} s: ${l.scroll.layouts} layouts (${l.scroll.layoutsPerSecond.toFixed(1)}/s, idle ${l.scroll.idleLayoutsPerSecond.toFixed(1)}/s), ${l.scroll.scrolled} px` : ''));
}
console.log(`\nWrote ${written.join(' and ')}`);
