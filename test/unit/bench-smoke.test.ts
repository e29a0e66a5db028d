import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusRoot } from '../../bench/corpus';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'clearpage-bench-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const number = expect.any(Number);
const summaryShape = { precision: number, recall: number, f1: number };

describe.skipIf(!existsSync(corpusRoot))('benchmark smoke run (--limit 3)', () => {
  it('writes report.json and report.md and prints the table', { timeout: 600_000 }, () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'bench/run.ts', '--limit', '3', '--jobs', '2', '--quiet', '--out', out],
      { cwd: repo, encoding: 'utf8', timeout: 580_000 },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);

    const markdown = readFileSync(join(out, 'report.md'), 'utf8');
    expect(run.stdout).toBe(markdown);
    expect(markdown).toContain('| metric | Readability 0.6.0 | Clearpage | goal |');
    for (const row of ['**AEB** F1', 'WCXB article must-exclude found', 'median expected text kept', 'Time ratio p95']) {
      expect(markdown).toContain(row);
    }

    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.options).toMatchObject({ limit: 3, jobs: 2, only: ['aeb', 'wcxb', 'readability', 'growth'] });
    // --limit: only the smallest generated article, both systems gave text, the ratio is a number
    expect(report.growth).toEqual([expect.objectContaining({ paragraphs: 100, runs: 5, ok: true, ratio: number, readabilityMs: number })]);
    expect(markdown).toContain('Growth: generated article of 100 paragraphs');
    for (const system of ['readability', 'clearpage']) {
      expect(report.aeb.systems[system]).toMatchObject({ ...summaryShape, accuracy: number, sd: summaryShape, pages: 3 });
      expect(report.wcxb.systems[system].all).toMatchObject({ ...summaryShape, with: number, without: number, pages: 3 });
      expect(Object.keys(report.wcxb.systems[system].byType).length).toBeGreaterThan(0);
      expect(report.readabilityPages.systems[system]).toMatchObject({
        pages: 3, medianKept: number, minKept: number, below090: expect.any(Array),
        agreement: { title: number, byline: number, lang: number, dir: number },
      });
    }
    expect(report.aeb.perPage).toHaveLength(3);
    expect(report.wcxb.perPage).toHaveLength(3);
    expect(report.readabilityPages.perPage).toHaveLength(3);
    expect(report.timing.all).toMatchObject({
      pages: 9,
      readability: { median: number, p95: number },
      clearpage: { median: number, p95: number },
      ratio: { median: number, p95: number },
    });
    expect(Object.keys(report.outcomes).sort()).toEqual(['aeb', 'readability-pages', 'wcxb']);
    // the first three WCXB pages are all articles: no all-types or documentation goal in this run
    expect(report.goals.map((goal: { metric: string }) => goal.metric)).toEqual(
      expect.arrayContaining(['AEB F1', 'AEB precision', 'AEB recall', 'WCXB article must-include found', 'Time ratio p95']),
    );
    for (const goal of report.goals) expect(goal).toMatchObject({ metric: expect.any(String), goal: expect.any(String) });
  });
});
