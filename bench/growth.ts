/**
 * Cost as pages grow: generated news articles of 100 / 1,000 / 5,000 / 20,000 paragraphs (made here from AEB's
 * ground-truth sentences, never stored), each system timed on its own fresh jsdom of the page, in one process.
 * Readability's cost grows about linearly with the page; the ratio says whether Clearpage's extra work does too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml } from './browser/corpus-sample';
import { corpusRoot } from './corpus';
import { median } from './stats';
import { runBoth } from './systems';

export const growthSizes = [100, 1_000, 5_000, 20_000] as const;

export interface GrowthRow {
  paragraphs: number;
  words: number;
  runs: number;
  readabilityMs: number;
  clearpageMs: number;
  /** Median of the per-run ratios Clearpage ÷ Readability. */
  ratio: number;
  /** Both systems gave text on every run. */
  ok: boolean;
}

/** AEB's ground-truth sentences of 8+ words, in sorted-id order: the same pool every run. */
function sentencePool(): string[] {
  const truth = JSON.parse(readFileSync(join(corpusRoot, 'aeb', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string }>;
  const pool: string[] = [];
  for (const id of Object.keys(truth).sort()) {
    for (const sentence of (truth[id]?.articleBody ?? '').split(/(?<=[.!?])\s+/)) {
      if (sentence.split(/\s+/).length >= 8 && !sentence.includes('\n')) pool.push(sentence.trim());
    }
  }
  return pool;
}

/**
 * A news page: header with navigation, an article of `paragraphs` paragraphs of three sentences (no two alike; a
 * sub-heading every 12), a related-stories list and a footer. Deterministic.
 */
export function generatedArticle(paragraphs: number, pool = sentencePool()): { html: string; words: number } {
  const parts: string[] = [];
  let words = 0;
  for (let i = 0; i < paragraphs; i++) {
    // Three sentences from strides through the pool, so the pairs (and so the paragraphs) do not repeat; past the pool's
    // length (about 4,900), the second sentence moves on by one per round through it.
    const round = Math.floor(i / pool.length);
    const text = [pool[(i * 3) % pool.length], pool[(i * 7 + 1 + round) % pool.length], pool[(i * 11 + 2) % pool.length]].join(' ');
    words += text.split(/\s+/).length;
    if (i % 12 === 0) parts.push(`<h2>Part ${i / 12 + 1}</h2>`);
    parts.push(`<p>${escapeHtml(text)}</p>`);
  }
  const links = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `<li><a href="/${prefix}-${i}">${prefix} story ${i}</a></li>`).join('');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A generated long read</title></head><body>
<header><nav><ul>${links('section', 12)}</ul></nav></header>
<main><article><h1>A generated long read</h1><p class="byline">By Bench Writer</p>
${parts.join('\n')}
</article><aside><h2>Related</h2><ul>${links('related', 8)}</ul></aside></main>
<footer><p>Copyright notice, links and more links.</p></footer></body></html>`;
  return { html, words };
}

const growthUrl = 'https://long-read.clearpage.test/generated.html';

/**
 * Runs per size: fewer on the large pages (Readability alone takes seconds on 20,000 paragraphs in jsdom). With 2 or 3
 * runs and no collection between them, the same code's 1,000-paragraph ratio read 2.56, 3.20 and 2.73 in three runs.
 */
const runsFor = (paragraphs: number) => (paragraphs <= 1_000 ? 5 : 3);

export async function runGrowth(sizes: readonly number[], progress: (message: string) => void): Promise<GrowthRow[]> {
  const pool = sentencePool();
  const rows: GrowthRow[] = [];
  const options = { styleFallback: false, collectFirst: true };
  // One untimed run of both first: the smallest size was otherwise timed while the code was still being compiled.
  if (sizes.length) await runBoth(generatedArticle(Math.min(...sizes), pool).html, growthUrl, 0, options);
  for (const paragraphs of sizes) {
    const { html, words } = generatedArticle(paragraphs, pool);
    const r: number[] = [];
    const c: number[] = [];
    const ratios: number[] = [];
    let ok = true;
    for (let run = 0; run < runsFor(paragraphs); run++) {
      const outputs = await runBoth(html, growthUrl, run, options);
      ok &&= outputs.readability.ok && outputs.clearpage.ok;
      r.push(outputs.readability.ms ?? Number.NaN);
      c.push(outputs.clearpage.ms ?? Number.NaN);
      ratios.push((outputs.clearpage.ms ?? Number.NaN) / (outputs.readability.ms ?? Number.NaN));
    }
    const row = { paragraphs, words, runs: r.length, readabilityMs: median(r), clearpageMs: median(c), ratio: median(ratios), ok };
    progress(`growth ${paragraphs} paragraphs: Readability ${row.readabilityMs.toFixed(0)} ms, Clearpage ${row.clearpageMs.toFixed(0)} ms`);
    rows.push(row);
  }
  return rows;
}
