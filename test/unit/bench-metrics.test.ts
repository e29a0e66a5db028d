import { describe, expect, it } from 'vitest';
import {
  aebScores, aebTokens, pagePrecision, pageRecall, sameTokens, shingleCounts, shingles, summariseAeb, type Counts,
} from '../../bench/metrics-aeb';
import { snippetsFound, summariseWcxb, wordRecall, wordScores, type WcxbPageScore } from '../../bench/metrics-wcxb';
import { bootstrapStdev, median, percentile, seededRandom, stdev } from '../../bench/stats';

describe('AEB metric (evaluate.py)', () => {
  it('tokenises like Python \\w+ with re.UNICODE, keeping case', () => {
    expect(aebTokens('Hello, wörld_1 — 42! Ünïcode')).toEqual(['Hello', 'wörld_1', '42', 'Ünïcode']);
    expect(aebTokens(' ... ')).toEqual([]);
  });

  it('makes 4-gram shingles, one shorter shingle for 1–3 tokens, none for no tokens', () => {
    expect([...shingles(['a', 'b', 'c', 'd', 'e']).values()]).toEqual([1, 1]);
    expect(shingles(['a', 'b', 'c']).size).toBe(1);
    expect(shingles([]).size).toBe(0);
    expect([...shingles(['a', 'b', 'c', 'd', 'a', 'b', 'c', 'd']).values()]).toEqual([2, 1, 1, 1]);
  });

  it('normalises tp/fp/fn per page', () => {
    expect(shingleCounts('a b c d e', 'a b c d')).toEqual([0.5, 0, 0.5]);
    expect(shingleCounts('a b c d', 'a b c d')).toEqual([1, 0, 0]);
    expect(shingleCounts('a b c d', '')).toEqual([0, 0, 1]);
    expect(shingleCounts('', 'x y')).toEqual([0, 1, 0]);
    expect(shingleCounts('', '')).toEqual([0, 0, 0]);
    // multiset: the truth has "a b c d" twice, the prediction once
    expect(shingleCounts('a b c d a b c d', 'a b c d')).toEqual([0.2, 0, 0.8]);
    // case is kept
    expect(shingleCounts('The cat sat down', 'the cat sat down')).toEqual([0, 0.5, 0.5]);
  });

  it('scores a page like precision_score / recall_score', () => {
    expect(pagePrecision([0.5, 0, 0.5])).toBe(1);
    expect(pageRecall([0.5, 0, 0.5])).toBe(0.5);
    expect(pagePrecision([0, 0, 0])).toBe(1);
    expect(pageRecall([0, 0, 1])).toBe(0);
    expect(pagePrecision([0, 0.5, 0.5])).toBe(0);
    expect(pagePrecision([0.6, 0.2, 0.2])).toBeCloseTo(0.75, 12);
  });

  it('averages precision over pages with a prediction, recall over pages with a truth, F1 of the means', () => {
    const pages: Counts[] = [[0.5, 0, 0.5], [1, 0, 0], [0, 0, 1], [0, 0, 0]];
    const scores = aebScores(pages);
    expect(scores.precision).toBe(1);
    expect(scores.recall).toBe(0.5);
    expect(scores.f1).toBeCloseTo(2 / 3, 12);
  });

  it('counts identical token lists as accurate and bootstraps reproducibly', () => {
    expect(sameTokens('Hello, world!', 'Hello world')).toBe(true);
    expect(sameTokens('Hello, world!', 'hello world')).toBe(false);
    const pages: Counts[] = [[0.5, 0, 0.5], [1, 0, 0], [0.6, 0.2, 0.2], [0.2, 0.8, 0]];
    const first = summariseAeb(pages, [false, true, false, false], 200);
    const second = summariseAeb(pages, [false, true, false, false], 200);
    expect(first).toEqual(second);
    expect(first.accuracy).toBe(0.25);
    expect(first.sd.f1).toBeGreaterThan(0);
    expect(summariseAeb([[1, 0, 0], [1, 0, 0]], [true, true], 50).sd).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('WCXB metric', () => {
  it('scores the lower-cased bag of words', () => {
    const scores = wordScores('The cat sat', 'the cat sat on the mat');
    expect(scores.precision).toBe(1);
    expect(scores.recall).toBe(0.5);
    expect(scores.f1).toBeCloseTo(2 / 3, 12);
    const partial = wordScores('cat cat dog', 'cat bird');
    expect(partial.precision).toBeCloseTo(1 / 3, 12);
    expect(partial.recall).toBe(0.5);
    expect(partial.f1).toBeCloseTo(0.4, 12);
  });

  it('gives an empty truth 1 only for an empty prediction, and an empty prediction 0', () => {
    expect(wordScores('', '')).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(wordScores('...', '')).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(wordScores('words', '')).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(wordScores('', 'words')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('finds snippets case-insensitively with whitespace folded', () => {
    expect(snippetsFound('Hello   World\nfoo', ['hello world', 'WORLD FOO', 'bar', '  '])).toEqual({ found: 2, total: 3, loose: 2 });
  });

  it('counts apart (as a diagnostic) snippets found only once typographic quotes and "- " list markers are folded', () => {
    const text = 'They’re “customized” experiences.\nThe builder affects your ability to:\nCustomize your branding\nScale';
    const snippets = ["They're \"customized\"", 'ability to:\n- Customize your branding\n- Scale', 'they’re', 'not there'];
    expect(snippetsFound(text, snippets)).toEqual({ found: 1, total: 4, loose: 3 });
  });

  it('pools snippet shares over snippets and also averages them per page', () => {
    const page = (f1: number, withFound: number, withTotal: number, withoutFound: number, withoutTotal: number) =>
      ({ precision: f1, recall: f1, f1, withFound, withTotal, withoutFound, withoutTotal }) satisfies WcxbPageScore;
    const summary = summariseWcxb([page(1, 1, 1, 0, 2), page(0.5, 0, 3, 1, 2), page(0, 0, 0, 0, 0)]);
    expect(summary.f1).toBe(0.5);
    expect(summary.with).toBe(0.25);
    expect(summary.withPerPage).toBe(0.5);
    expect(summary.without).toBe(0.25);
    expect(summary.withoutPerPage).toBe(0.25);
    // Pages with F1 < 0.8: the 0.5 and the 0 page, which lose all (0.5 + 1) of the 1.5 lost.
    expect(summary.bad).toBeCloseTo(2 / 3);
    expect(summary.badLoss).toBe(1);
    const spread = summariseWcxb([page(0.9, 0, 0, 0, 0), page(0.7, 0, 0, 0, 0), page(0.9, 0, 0, 0, 0), page(1, 0, 0, 0, 0)]);
    expect(spread.bad).toBe(0.25);
    expect(spread.badLoss).toBeCloseTo(0.3 / 0.5);
  });

  it('measures the share of a text kept', () => {
    expect(wordRecall('a b', 'a a b c')).toBe(0.5);
    expect(wordRecall('anything', '')).toBe(1);
  });
});

describe('stats', () => {
  it('computes percentiles, median and sample standard deviation', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([0, 10], 95)).toBe(9.5);
    expect(stdev([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });

  it('draws the same bootstrap from the same seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    const values = [1, 2, 3, 4, 5];
    const sd = (seed: number) => bootstrapStdev(values, (s) => ({ m: s.reduce((x, y) => x + y, 0) / s.length }), 100, seed);
    expect(sd(3)).toEqual(sd(3));
    expect(sd(3).m).toBeGreaterThan(0);
  });
});
