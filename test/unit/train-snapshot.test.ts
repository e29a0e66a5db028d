import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusRoot, loadWcxb } from '../../bench/corpus';
import { pageRows } from '../../scripts/train/collect-blocks';
import { fitLogistic } from '../../scripts/train/logistic';
import { samplesOf } from '../../scripts/train/training-rows';
import { foldOfSite, siteOf } from '../../scripts/train/site-folds';
import { featureCount } from '../../src/extract/block-features';
import bundled from '../../src/extract/block-model.json';

// Five small WCXB dev pages of five types: the same rows and the same fit on every run (npm run train does this on every page).
const ids = ['4207', '0541', '2864', '4169', '0437'];
const snapshot = join(import.meta.dirname, 'train-snapshot.json');

describe.skipIf(!existsSync(corpusRoot))('training', () => {
  it('reproduces the snapshot of a fit on a fixed subset', () => {
    const pages = loadWcxb().filter((page) => ids.includes(page.id));
    const rows = pages.map(pageRows);
    const model = fitLogistic(samplesOf(rows), 3);
    const rounded = { blocks: rows.map((page) => page.blocks.length), bias: Number(model.bias.toPrecision(6)), weights: model.weights.map((w) => Number(w.toPrecision(6))) };
    expect(rounded).toEqual(JSON.parse(readFileSync(snapshot, 'utf8')));
  });

  it('groups pages of one registrable domain in one fold', () => {
    expect(siteOf('https://www.bbc.co.uk/news/x')).toBe('bbc.co.uk');
    expect(siteOf('https://news.bbc.co.uk/a')).toBe('bbc.co.uk');
    const folds = foldOfSite(['a.com', 'b.org', 'c.net', 'a.com', 'd.io', 'e.fr'], 3);
    expect(folds.size).toBe(5);
    expect([...folds.values()].sort()).toEqual([0, 0, 1, 1, 2]);
  });

  it('ships a model for the features the code computes', () => {
    expect(bundled.features).toBe(featureCount);
    expect(bundled.weights).toHaveLength(featureCount);
    expect(bundled.weights.every(Number.isFinite)).toBe(true);
  });
});
