// The browser benchmark is not a test; a smoke run of it is: two AEB pages, one open of each kind, both browsers, the
// built extension, results written to a scratch folder. Timings are not asserted, only that every figure was measured.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusRoot } from '../../bench/corpus';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'clearpage-bench-browser-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.skipIf(!existsSync(corpusRoot))('bench:browser smoke run (2 pages, 1 open)', () => {
  it('opens both pages in Chromium and Firefox and writes every figure', { timeout: 240_000 }, () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'bench/browser/run.ts', '--pages=2', '--opens=1', '--long-words=400', `--out=${out}`],
      { cwd: repo, encoding: 'utf8', timeout: 230_000 },
    );
    expect(run.status, run.stderr).toBe(0);

    const results = JSON.parse(readFileSync(join(out, 'browser.json'), 'utf8'));
    expect(results.runs.map((r: { browser: string }) => r.browser.split(' ')[0])).toEqual(['Chromium', 'Firefox']);
    for (const browserRun of results.runs) {
      const { summary, pages } = browserRun;
      expect(summary.failed, browserRun.browser).toEqual([]);
      expect(summary.opened).toBe(2);
      for (const key of ['readabilityCold', 'clearpage', 'overhead', 'longestTask', 'longestPrepareTask', 'direct', 'directOverhead']) {
        expect(Number.isFinite(summary[key].median), `${browserRun.browser} ${key}`).toBe(true);
      }
      for (const page of pages) {
        expect(page.opens.map((o: { status: string }) => o.status)).toEqual(['open']);
        expect(page.direct.map((d: { status: string }) => d.status)).toEqual(['open']);
      }
      expect(browserRun.long.result.opens[0].status).toBe('open');
    }
    // Chromium's timed opens are untraced; (c) comes from as many opens under a trace.
    const chromium = results.runs[0];
    for (const page of chromium.pages) {
      expect(Number.isFinite(page.opens[0].longestTask ?? NaN)).toBe(false);
      expect(page.traced.map((o: { status: string; longestTask: number }) => [o.status, Number.isFinite(o.longestTask)])).toEqual([['open', true]]);
    }

    const markdown = readFileSync(join(out, 'browser.md'), 'utf8');
    expect(markdown).toContain('## Chromium');
    expect(markdown).toContain('## Firefox');
    expect(markdown).toContain('| (b) − (a cold) |');
    expect(run.stdout).toMatch(/Wrote \S*browser\.json and \S*browser\.md/);
  });
});
