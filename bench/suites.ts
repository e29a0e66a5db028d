/** Runs each corpus through both systems and scores every page. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blockText } from '../src/extract/index';
import { errorMessage, parsePage, releaseTick } from '../src/cli/load-page';
import { readGz, type AebPage, type ReadabilityPage, type WcxbPage } from './corpus';
import { sameTokens, shingleCounts, summariseAeb, type AebSummary, type Counts } from './metrics-aeb';
import {
  sameAuthor, sameTitle, snippetsFound, summariseWcxb, wordRecall, wordScores, type WcxbPageScore, type WcxbSummary,
} from './metrics-wcxb';
import { median } from './stats';
import type { PageRunner } from './pool';
import { failedOutputs, systems, type PageOutputs, type SystemName, type SystemOutput } from './systems';
import type { TimingCollector } from './timing';

export interface SuiteContext {
  runner: PageRunner;
  /** Re-parse without <style> a page jsdom's CSS parser throws on (false: it scores 0, as in the README). */
  styleFallback: boolean;
  timing: TimingCollector;
  /** Folder to write every output text to (for inspection), or null. */
  saveTextDir: string | null;
  progress: (message: string) => void;
}

type PerSystem<T> = Record<SystemName, T>;
const bySystem = <T>(make: (system: SystemName) => T): PerSystem<T> =>
  Object.fromEntries(systems.map((system) => [system, make(system)])) as PerSystem<T>;
const status = (out: SystemOutput) => ({
  ok: out.ok,
  error: out.error,
  ms: out.ms === null ? null : round(out.ms, 1),
  cpuMs: out.cpuMs === null ? null : round(out.cpuMs, 1),
});
const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;

async function eachPage<P extends { id: string; file: string; url: string }>(
  corpus: string,
  pages: readonly P[],
  context: SuiteContext,
  score: (page: P, outputs: PageOutputs) => Promise<void> | void,
): Promise<void> {
  const started = performance.now();
  const every = Math.max(25, Math.ceil(pages.length / 8));
  // The runner queues the pages (and spreads them over its processes); scoring goes in page order.
  const pending: (Promise<PageOutputs> | null)[] = pages.map((page, position) =>
    context.runner
      .run({ file: page.file, url: page.url, position, styleFallback: context.styleFallback })
      .catch((error: unknown) => failedOutputs(`run-error: ${errorMessage(error)}`)),
  );
  for (const [index, page] of pages.entries()) {
    const outputs = await (pending[index] as Promise<PageOutputs>);
    pending[index] = null; // let the page's texts go once scored
    context.timing.add(corpus, outputs);
    if (context.saveTextDir) {
      const dir = join(context.saveTextDir, corpus);
      mkdirSync(dir, { recursive: true });
      for (const system of systems) writeFileSync(join(dir, `${page.id}.${system}.txt`), outputs[system].text);
    }
    await score(page, outputs);
    if ((index + 1) % every === 0 || index + 1 === pages.length) {
      context.progress(`${corpus} ${index + 1}/${pages.length} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
  }
}

export interface AebResult {
  pages: number;
  systems: PerSystem<AebSummary>;
  /** Readability's own textContent instead of block-aware text (the README's 0.947 / 0.914 / 0.982). */
  readabilityTextContent: AebSummary;
  perPage: unknown[];
}

export async function runAeb(pages: readonly AebPage[], context: SuiteContext): Promise<AebResult> {
  const counts = bySystem<Counts[]>(() => []);
  const exact = bySystem<boolean[]>(() => []);
  const textContentCounts: Counts[] = [];
  const textContentExact: boolean[] = [];
  const perPage: unknown[] = [];
  await eachPage('aeb', pages, context, (page, outputs) => {
    const row: Record<string, unknown> = { id: page.id };
    for (const system of systems) {
      const page3 = shingleCounts(page.truth, outputs[system].text);
      const same = sameTokens(page.truth, outputs[system].text);
      counts[system].push(page3);
      exact[system].push(same);
      row[system] = { ...status(outputs[system]), tp: round(page3[0]), fp: round(page3[1]), fn: round(page3[2]), exact: same };
    }
    const textContent = outputs.readability.textContent ?? '';
    textContentCounts.push(shingleCounts(page.truth, textContent));
    textContentExact.push(sameTokens(page.truth, textContent));
    perPage.push(row);
  });
  return {
    pages: pages.length,
    systems: bySystem((system) => summariseAeb(counts[system], exact[system])),
    readabilityTextContent: summariseAeb(textContentCounts, textContentExact),
    perPage,
  };
}

export interface WcxbResult {
  pages: number;
  systems: PerSystem<{ all: WcxbSummary; byType: Record<string, WcxbSummary> }>;
  perPage: unknown[];
}

export async function runWcxb(pages: readonly WcxbPage[], context: SuiteContext): Promise<WcxbResult> {
  const scores = bySystem<(WcxbPageScore & { type: string })[]>(() => []);
  const perPage: unknown[] = [];
  await eachPage('wcxb', pages, context, (page, outputs) => {
    const row: Record<string, unknown> = { id: page.id, type: page.type };
    for (const system of systems) {
      const text = outputs[system].text;
      const words = wordScores(text, page.truth);
      const must = snippetsFound(text, page.with);
      const mustNot = snippetsFound(text, page.without);
      const score = {
        ...words, withFound: must.found, withTotal: must.total, withLoose: must.loose, withoutFound: mustNot.found, withoutTotal: mustNot.total,
        titleSame: sameTitle(outputs[system].title, page.title),
        bylineSame: sameAuthor(outputs[system].byline, page.author),
      };
      scores[system].push({ ...score, type: page.type });
      row[system] = { ...status(outputs[system]), ...score, title: outputs[system].title, byline: outputs[system].byline, f1: round(words.f1), precision: round(words.precision), recall: round(words.recall) };
    }
    perPage.push(row);
  });
  const types = [...new Set(pages.map((page) => page.type))].sort();
  return {
    pages: pages.length,
    systems: bySystem((system) => ({
      all: summariseWcxb(scores[system]),
      byType: Object.fromEntries(
        types.map((type) => [type, summariseWcxb(scores[system].filter((score) => score.type === type))]),
      ),
    })),
    perPage,
  };
}

const metadataFields = ['title', 'byline', 'lang', 'dir'] as const;
type MetadataField = (typeof metadataFields)[number];
// As shown: runs of whitespace are one space (Readability's expected bylines keep their source's line breaks and tabs).
const shown = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const sameValue = (a: string | null | undefined, b: string | null | undefined) => shown(a) === shown(b);

export interface ReadabilityPagesSummary {
  pages: number;
  medianKept: number;
  minKept: number;
  below090: { id: string; kept: number }[];
  agreement: Record<MetadataField, number>;
}

export interface ReadabilityPagesResult {
  pages: number;
  systems: PerSystem<ReadabilityPagesSummary>;
  perPage: unknown[];
}

function expectedText(page: ReadabilityPage): string {
  const dom = parsePage(readGz(page.expectedFile), page.url);
  try {
    return blockText(dom.window.document.body);
  } finally {
    dom.window.close();
  }
}

export async function runReadabilityPages(
  pages: readonly ReadabilityPage[],
  context: SuiteContext,
): Promise<ReadabilityPagesResult> {
  const rows = bySystem<{ id: string; kept: number; agree: Record<MetadataField, boolean> }[]>(() => []);
  const perPage: unknown[] = [];
  await eachPage('readability-pages', pages, context, async (page, outputs) => {
    const expected = expectedText(page);
    await releaseTick();
    const row: Record<string, unknown> = { id: page.id };
    for (const system of systems) {
      const out = outputs[system];
      const kept = wordRecall(out.text, expected);
      const agree = Object.fromEntries(
        metadataFields.map((field) => [field, sameValue(out[field], page.metadata[field])]),
      ) as Record<MetadataField, boolean>;
      rows[system].push({ id: page.id, kept, agree });
      row[system] = { ...status(out), kept: round(kept), ...agree };
    }
    perPage.push(row);
  });
  return {
    pages: pages.length,
    systems: bySystem((system) => {
      const list = rows[system];
      const kept = list.map((row) => row.kept);
      return {
        pages: list.length,
        medianKept: median(kept),
        minKept: kept.length ? Math.min(...kept) : Number.NaN,
        below090: list.filter((row) => row.kept < 0.9).map((row) => ({ id: row.id, kept: round(row.kept) })),
        agreement: Object.fromEntries(
          metadataFields.map((field) => [field, list.filter((row) => row.agree[field]).length / list.length]),
        ) as Record<MetadataField, number>,
      };
    }),
    perPage,
  };
}
