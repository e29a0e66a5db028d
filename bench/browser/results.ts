// bench/results/browser.json and browser.md.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ScrollFigures } from './scroll-layouts';
import { fmt } from './stats';
import { pageTable, summaryTable, type Summary } from './summary';
import { stageNames, type PageResult } from './types';

const repoRoot = resolve(import.meta.dirname, '..', '..');

export interface LongArticle {
  words: number;
  result: PageResult;
  summary: Summary;
  scroll: ScrollFigures | null;
}

export interface BrowserRun {
  browser: string;
  loadBefore: number;
  loadAfter: number;
  /** Documents served from memory and requests refused locally: none reached the network. */
  requests: { served: number; refused: number };
  pages: PageResult[];
  summary: Summary;
  long: LongArticle;
}

export interface Results {
  date: string;
  commit: string;
  pages: number;
  opensPerPage: number;
  /** The toggle was clicked this long after the popup was ready (a person reaching for it). */
  reachMs: number;
  bundle: { minified: number; gzipped: number };
  runs: BrowserRun[];
}

/** A private copy of dist/ (a rebuild elsewhere during the run must not change what the browsers load). */
export function snapshotDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clearpage-bench-dist-'));
  for (const target of ['chrome', 'firefox']) cpSync(join(repoRoot, 'dist', target), join(dir, target), { recursive: true });
  return dir;
}

export function bundleSize(dist: string): { minified: number; gzipped: number } {
  const code = readFileSync(join(dist, 'chrome', 'content.js'));
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

function longSection(run: BrowserRun): string {
  const { long } = run;
  const s = long.summary;
  const lines = [
    `### ${long.words}-word article (generated from corpus paragraphs), ${long.result.opens.length} opens`,
    '',
    `(a) Readability alone: cold ${fmt(s.readabilityCold.median)} ms, warm ${fmt(s.readabilityWarm.median)} ms; ` +
      `(b) Clearpage click → painted: median ${fmt(s.clearpage.median)} ms; (b) − (a cold) ${fmt(s.overhead.median)} ms; ` +
      `(c) longest task ${fmt(s.longestTask.max)} ms.`,
    '',
    `Stage medians (ms): ${stageNames.map((n) => `${n} ${fmt(s.stages[n])}`).join(', ')}.`,
  ];
  if (long.scroll) {
    const c = long.scroll;
    lines.push('', `Scrolling the overlay with the wheel for ${fmt(c.seconds)} s (${c.wheelEvents} events, ${c.scrolled} px): ` +
      `${c.layouts} layouts = ${fmt(c.layoutsPerSecond)} per second (${c.styleRecalcs} style recalcs); idle with the overlay open: ${fmt(c.idleLayoutsPerSecond)} layouts per second.`);
  }
  return lines.join('\n');
}

function markdown(results: Results): string {
  const out = [
    '# Browser benchmark: Readability alone vs Clearpage from the popup click',
    '',
    `${results.date}, commit ${results.commit}. The first ${results.pages} AEB corpus pages by id, served from memory at their ` +
      `original address (nothing reaches the network); ${results.opensPerPage} opens per page, each on a fresh load ` +
      '(Chromium: each load in a fresh renderer process, as a first visit; Firefox: one shared content process, see firefox-run.ts).',
    `content.js: ${results.bundle.minified} bytes minified, ${results.bundle.gzipped} bytes gzipped.`,
    '',
    '(a) Readability alone: `new Readability(document.cloneNode(true)).parse()` in the page\'s main world, first run (cold) and median of three more (warm).',
    `(b) Clearpage: the popup prepares the article as it opens; its toggle, clicked ${results.reachMs} ms after the popup is ready, → ` +
      'first painted frame whose overlay holds the article text, per page the median of its opens.',
    '(c) Longest main-thread task between the click and that paint, and between the toolbar click and the toggle click while the ' +
      'popup prepared (Chromium: CDP trace RunTask events on the page\'s renderer main thread, in as many more opens made under the ' +
      'trace, since it slows the open it records and (a), (b) and (d) are untraced; Firefox: largest gap of a setTimeout ' +
      'heartbeat in the page, which bounds it within about 4 ms).',
    '(d) One-click reading (the toolbar button toggles with no popup, the path the keyboard shortcut takes): click → painted.',
    'Moved px: how far the header (title, byline line) moved between the first painted frame and the reading tools being in; ' +
      'image px: how far the article\'s first block moved meanwhile (images above it loading with no size given; here they are refused).',
  ];
  for (const run of results.runs) {
    out.push('', `## ${run.browser}`, '', `Load average ${run.loadBefore.toFixed(2)} → ${run.loadAfter.toFixed(2)} (2 cores). ` +
      `${run.requests.served} documents served from memory, ${run.requests.refused} other requests refused locally.`,
    '', summaryTable(run.summary), '', longSection(run), '', '### Page by page (ms)', '', pageTable(run.pages));
  }
  return `${out.join('\n')}\n`;
}

export function writeResults(results: Results, dir = join(repoRoot, 'bench', 'results')): string[] {
  mkdirSync(dir, { recursive: true });
  const json = join(dir, 'browser.json');
  const md = join(dir, 'browser.md');
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(md, markdown(results));
  return [relative(repoRoot, json), relative(repoRoot, md)];
}
