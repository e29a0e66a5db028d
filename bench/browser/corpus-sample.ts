// The fixed page sample and the generated long article the browser benchmark opens, served from memory.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

const repoRoot = resolve(import.meta.dirname, '..', '..');
export const corpusDir = process.env.CLEARPAGE_CORPUS
  ? join(process.env.CLEARPAGE_CORPUS, 'aeb')
  : resolve(repoRoot, '..', 'shared', 'corpus', 'aeb');

export interface SamplePage {
  id: string;
  /** The page's original address: the benchmark serves it there, from memory. */
  url: string;
  html: Buffer;
}

type Truth = Record<string, { url?: string; articleBody?: string }>;

const truth = (): Truth => JSON.parse(readFileSync(join(corpusDir, 'ground-truth.json'), 'utf8')) as Truth;

/** The first `count` ids in sorted order that have a ground-truth url: the same pages every run. */
export function loadSample(count: number): SamplePage[] {
  const all = truth();
  return Object.keys(all)
    .filter((id) => all[id]?.url)
    .sort()
    .slice(0, count)
    .map((id) => ({ id, url: all[id]!.url!, html: gunzipSync(readFileSync(join(corpusDir, 'html', `${id}.html.gz`))) }));
}

export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * A news-style page whose article is `target` words long, made of ground-truth paragraphs (at least 20 words each)
 * taken in sorted-id order, with a section heading every 12 paragraphs: deterministic.
 */
export function longArticle(target = 20_000): SamplePage & { words: number } {
  const all = truth();
  const paragraphs: string[] = [];
  let count = 0;
  for (const id of Object.keys(all).sort()) {
    for (const paragraph of (all[id]?.articleBody ?? '').split(/\n+/)) {
      const n = words(paragraph);
      if (n < 20) continue;
      paragraphs.push(paragraph.trim());
      count += n;
      if (count >= target) break;
    }
    if (count >= target) break;
  }
  const body = paragraphs.map((p, i) => `${i % 12 === 0 ? `<h2>Part ${i / 12 + 1}</h2>\n` : ''}<p>${escapeHtml(p)}</p>`).join('\n');
  const nav = Array.from({ length: 12 }, (_, i) => `<li><a href="/section-${i}">Section ${i}</a></li>`).join('');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long read</title>
<meta name="author" content="Bench Writer"></head><body>
<header><nav><ul>${nav}</ul></nav></header>
<main><article><h1>A very long read</h1><p class="byline">By Bench Writer</p>
${body}
</article></main>
<footer><p>Copyright notice, links and more links.</p></footer></body></html>`;
  return { id: 'long-20k', url: 'https://long-read.clearpage.test/a-very-long-read.html', html: Buffer.from(html), words: count };
}

export const readabilitySource = (): string =>
  readFileSync(resolve(repoRoot, 'node_modules', '@mozilla', 'readability', 'Readability.js'), 'utf8');
