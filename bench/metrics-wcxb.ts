/**
 * Metric 2 of /work/shared/corpus/README.md: WCXB's evaluate.py. Bag of lower-cased `\w+` words,
 * per-page precision/recall/F1 averaged over pages, plus must-include (`with`) and must-exclude
 * (`without`) snippets found in the output.
 */
import { mean } from './stats';

export interface WordScores {
  precision: number;
  recall: number;
  f1: number;
}

export function wordBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

function size(bag: Map<string, number>): number {
  let total = 0;
  for (const count of bag.values()) total += count;
  return total;
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  for (const [word, count] of a) shared += Math.min(count, b.get(word) ?? 0);
  return shared;
}

/** One page. An empty truth scores 1 only for an empty prediction; an empty prediction scores 0. */
export function wordScores(prediction: string, truth: string): WordScores {
  const pred = wordBag(prediction);
  const gold = wordBag(truth);
  const predSize = size(pred);
  const goldSize = size(gold);
  if (goldSize === 0) {
    const score = predSize === 0 ? 1 : 0;
    return { precision: score, recall: score, f1: score };
  }
  if (predSize === 0) return { precision: 0, recall: 0, f1: 0 };
  const shared = overlap(pred, gold);
  const precision = shared / predSize;
  const recall = shared / goldSize;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Share of the truth's words (as a bag) the prediction keeps; 1 for an empty truth. */
export function wordRecall(prediction: string, truth: string): number {
  const gold = wordBag(truth);
  const goldSize = size(gold);
  return goldSize === 0 ? 1 : overlap(gold, wordBag(prediction)) / goldSize;
}

/** Lower-cased, runs of whitespace folded to one space, trimmed. */
export function foldForSnippet(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A diagnostic folding, not the metric: curly quotes as straight ones and Markdown list markers dropped. Many
 * must-include snippets are written with straight quotes and "- " list items where the page itself has typographic
 * quotes and list elements, so no extractor that keeps the page's text finds them under the strict rule.
 */
export function foldLoosely(text: string): string {
  return foldForSnippet(text.replace(/^[ \t]*[-*•][ \t]+/gm, '').replace(/[‘’ʼ′]/g, "'").replace(/[“”″]/g, '"'));
}

/**
 * How many of the snippets occur in the text (case-insensitive substring, whitespace folded); `loose`: how many
 * once both sides are folded by `foldLoosely` as well.
 */
export function snippetsFound(text: string, snippets: readonly string[]): { found: number; total: number; loose: number } {
  const haystack = foldForSnippet(text);
  let looseHaystack: string | null = null;
  let found = 0;
  let total = 0;
  let loose = 0;
  for (const snippet of snippets) {
    const needle = foldForSnippet(snippet);
    if (!needle) continue;
    total++;
    if (haystack.includes(needle)) {
      found++;
      loose++;
    } else if ((looseHaystack ??= foldLoosely(text)).includes(foldLoosely(snippet))) loose++;
  }
  return { found, total, loose };
}

export interface WcxbPageScore extends WordScores {
  withFound: number;
  withTotal: number;
  /** Must-include snippets found once quotes and list markers are folded (a diagnostic: see `foldLoosely`). */
  withLoose?: number;
  withoutFound: number;
  withoutTotal: number;
  /** The shown title is the annotators' headline, the shown byline their author (null: the page has none). */
  titleSame?: boolean | null;
  bylineSame?: boolean | null;
}

export interface WcxbSummary extends WordScores {
  pages: number;
  /** Must-include snippets found, pooled over all snippets of these pages. */
  with: number;
  /** Must-include snippets found with quotes and list markers folded (diagnostic), pooled. */
  withLoose: number;
  /** Must-exclude snippets found (leaked boilerplate), pooled. */
  without: number;
  /** The same two shares averaged per page (pages that have snippets of that kind). */
  withPerPage: number;
  withoutPerPage: number;
  /** Share of pages that are badly wrong (word F1 < 0.8), and their share of all the F1 lost (Σ 1 − F1). */
  bad: number;
  badLoss: number;
  /** Share of pages with an annotated headline whose shown title is that headline (case and spaces folded). */
  title: number;
  /** Share of pages with an annotated author whose shown byline names that author alone ("By" folded too). */
  byline: number;
}

export const badF1 = 0.8;

const foldTitle = (title: string) => title.replace(/\s+/g, ' ').trim().toLowerCase();
/** Whether a shown title is the annotated headline, or null where there is none to compare with. */
export const sameTitle = (shown: string | null, headline: string | null): boolean | null =>
  headline === null ? null : foldTitle(shown ?? '') === foldTitle(headline);
const bylineLabel = /^((text|words|written|posted|reviewed) )?by:?\s*|^authors?:\s*/;
/** Whether a shown byline names the annotated author and nothing else, or null where there is none. */
export const sameAuthor = (shown: string | null, author: string | null): boolean | null =>
  author === null ? null : foldTitle(shown ?? '').replace(bylineLabel, '') === foldTitle(author);

export function summariseWcxb(pages: readonly WcxbPageScore[]): WcxbSummary {
  const sum = (pick: (page: WcxbPageScore) => number) => pages.reduce((total, page) => total + pick(page), 0);
  const share = (found: number, total: number) => (total > 0 ? found / total : Number.NaN);
  return {
    pages: pages.length,
    precision: mean(pages.map((page) => page.precision)),
    recall: mean(pages.map((page) => page.recall)),
    f1: mean(pages.map((page) => page.f1)),
    with: share(sum((page) => page.withFound), sum((page) => page.withTotal)),
    withLoose: share(sum((page) => page.withLoose ?? page.withFound), sum((page) => page.withTotal)),
    without: share(sum((page) => page.withoutFound), sum((page) => page.withoutTotal)),
    withPerPage: mean(pages.filter((page) => page.withTotal > 0).map((page) => page.withFound / page.withTotal)),
    withoutPerPage: mean(
      pages.filter((page) => page.withoutTotal > 0).map((page) => page.withoutFound / page.withoutTotal),
    ),
    bad: share(pages.filter((page) => page.f1 < badF1).length, pages.length),
    badLoss: share(sum((page) => (page.f1 < badF1 ? 1 - page.f1 : 0)), sum((page) => 1 - page.f1)),
    title: share(pages.filter((page) => page.titleSame === true).length, pages.filter((page) => typeof page.titleSame === 'boolean').length),
    byline: share(pages.filter((page) => page.bylineSame === true).length, pages.filter((page) => typeof page.bylineSame === 'boolean').length),
  };
}
