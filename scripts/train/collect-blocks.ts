/**
 * Turns WCXB dev pages into training rows: each page parsed in jsdom, prepared as extractArticle prepares it
 * (lazy images, pruning), cut into blocks, each block's features and its label from the ground truth.
 * Rows are cached in .tmp/train (by page id) so retraining does not parse 1,500 pages again.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGz, type WcxbPage } from '../../bench/corpus';
import { parsePage, releaseTick } from '../../src/cli/load-page';
import { fixLazyImages } from '../../src/extract/lazy-images';
import { pruneNonContent } from '../../src/extract/prune';
import { pageBlocks } from '../../src/extract/page-blocks';
import { blockMeasures, type BlockMeasures } from '../../src/extract/block-features';
import { extractArticle } from '../../src/extract/extract-article';
import { contentShare, truthIndex } from './block-labels';

export interface BlockRow {
  /** What the features are made of (see blockMeasures). */
  m: BlockMeasures;
  /** Share of the block found in the truth (0..1). */
  y: number;
  words: number;
  text: string;
  /** Ids of the block's elements from the body down to its owner (ids are per page): which subtrees hold it. */
  path: number[];
}

export interface PageRows {
  id: string;
  url: string;
  type: string;
  blocks: BlockRow[];
  /** Text of the first extraction (Readability and the clutter rules, on the same prepared page), or null. */
  firstText: string | null;
  error?: string;
}

const round = (value: number) => Math.round(value * 1e4) / 1e4;

export function pageRows(page: WcxbPage): PageRows {
  // Style sheets are dropped before parsing: nothing here reads computed styles, and jsdom's CSS parser is most
  // of the parse time on large pages (and throws on a few).
  const html = readGz(page.file).replace(/<style\b[\s\S]*?<\/style\s*>/gi, '');
  let dom: ReturnType<typeof parsePage>;
  try {
    dom = parsePage(html, page.url);
  } catch (error) {
    return { id: page.id, url: page.url, type: page.type, blocks: [], firstText: null, error: String(error).slice(0, 200) };
  }
  try {
    const doc = dom.window.document;
    fixLazyImages(doc);
    pruneNonContent(doc, []);
    const blocks = pageBlocks(doc.body);
    const measures = blockMeasures(blocks, doc.body);
    const truth = truthIndex(page.truth);
    const ids = new Map<Element, number>();
    const pathOf = (el: Element) => {
      const path: number[] = [];
      for (let at: Element | null = el; at && at !== doc.documentElement; at = at.parentElement) {
        let id = ids.get(at);
        if (id === undefined) ids.set(at, (id = ids.size));
        path.push(id);
      }
      return path.reverse();
    };
    const rows = blocks.map((block, i) => ({
      m: measures[i]!,
      y: round(contentShare(block.text, truth)),
      words: block.words,
      text: block.text,
      path: pathOf(block.el),
    }));
    const window = dom.window as unknown as Window & typeof globalThis;
    const first = extractArticle(doc, { url: page.url, window, blockModel: null });
    return { id: page.id, url: page.url, type: page.type, blocks: rows, firstText: first.ok ? first.text : null };
  } finally {
    dom.window.close();
  }
}

/** Rows of every page, from the cache when `cacheKey` (the feature layout's version) matches. */
export async function collectRows(pages: readonly WcxbPage[], cacheDir: string, cacheKey: string, log: (line: string) => void): Promise<PageRows[]> {
  const dir = join(cacheDir, cacheKey);
  mkdirSync(dir, { recursive: true });
  const out: PageRows[] = [];
  for (const [index, page] of pages.entries()) {
    const file = join(dir, `${page.id}.json`);
    let rows: PageRows;
    if (existsSync(file)) rows = JSON.parse(readFileSync(file, 'utf8')) as PageRows;
    else {
      rows = pageRows(page);
      writeFileSync(file, JSON.stringify(rows));
      await releaseTick();
    }
    out.push(rows);
    if ((index + 1) % 100 === 0) log(`collected ${index + 1}/${pages.length}`);
  }
  return out;
}
