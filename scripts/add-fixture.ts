/**
 * Copies a page into test/fixtures/<name>/ and writes a FIRST expected.json for a human to review:
 *   npx tsx scripts/add-fixture.ts <name> <file.html[.gz] | aeb:<id-prefix> | wcxb:<id> | readability:<name>>
 * With a corpus page, mustInclude comes from the ground truth (WCXB: its `with` snippets) and mustExclude from WCXB's `without`
 * snippets or from lines plain Readability keeps that the truth lacks. Without truth, it is the current
 * output: check every line before committing, it only says what the pipeline does today.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { blockText, extractArticle } from '../src/extract';

const corpus = process.env.CORPUS ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus');
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Source { html: string; url?: string; truth?: string; with?: string[]; without?: string[]; meta?: Record<string, unknown>; origin: string }

function loadSource(ref: string): Source {
  const [kind, id = ''] = ref.split(/:(.*)/s);
  const gunzip = (file: string) => gunzipSync(readFileSync(file)).toString('utf8');
  if (kind === 'aeb') {
    const truth = JSON.parse(readFileSync(join(corpus, 'aeb', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
    const key = Object.keys(truth).find((k) => k.startsWith(id));
    if (!key) throw new Error(`no AEB page ${id}`);
    return { html: gunzip(join(corpus, 'aeb', 'html', `${key}.html.gz`)), url: truth[key]!.url, truth: truth[key]!.articleBody, origin: `aeb:${key}` };
  }
  if (kind === 'wcxb') {
    const line = readFileSync(join(corpus, 'wcxb-dev', 'ground-truth.jsonl'), 'utf8').split('\n').find((l) => l.includes(`"id": "${id}"`));
    if (!line) throw new Error(`no WCXB page ${id}`);
    const page = JSON.parse(line);
    // WCXB's `with` snippets are chosen to be found verbatim in the page; its main_content is normalised.
    return { html: gunzip(join(corpus, 'wcxb-dev', 'html', `${id}.html.gz`)), url: page.url || undefined, truth: page.main_content,
      with: page.with, without: page.without, meta: { title: page.title, author: page.author }, origin: `wcxb-dev:${id}` };
  }
  if (kind === 'readability' || kind === 'rp') {
    const dir = join(corpus, 'readability-pages', id);
    const meta = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8'));
    const expected = new JSDOM(gunzip(join(dir, 'expected.html.gz'))).window.document.body;
    return { html: gunzip(join(dir, 'source.html.gz')), url: 'http://fakehost/test/page.html', truth: blockText(expected), meta, origin: `readability-pages:${id}` };
  }
  return { html: ref.endsWith('.gz') ? gunzip(ref) : readFileSync(ref, 'utf8'), origin: ref };
}

/** A few whole paragraphs spread over the truth: the first, the middle and the last long ones. */
function pickParagraphs(text: string, count = 4): string[] {
  const paragraphs = text.split('\n').map(fold).filter((p) => p.length >= 80);
  if (paragraphs.length <= count) return paragraphs;
  return Array.from({ length: count }, (_, i) => paragraphs[Math.round((i * (paragraphs.length - 1)) / (count - 1))]!);
}

/** Lines plain Readability keeps that appear nowhere in the truth: boilerplate candidates. */
function leakedLines(html: string, url: string | undefined, truth: string): string[] {
  const dom = new JSDOM(html, { url: url ?? 'http://fakehost/test/page.html', virtualConsole: new VirtualConsole() });
  const parsed = new Readability(dom.window.document).parse();
  if (!parsed?.content) return [];
  const text = blockText(new dom.window.DOMParser().parseFromString(parsed.content, 'text/html').body);
  const folded = fold(truth).toLowerCase();
  return text.split('\n').map(fold).filter((line) => line.length >= 12 && line.length <= 160 && !folded.includes(line.toLowerCase())).slice(0, 6);
}

function main(): void {
  const [name, ref] = process.argv.slice(2);
  if (!name || !ref || !/^[a-z0-9-]+$/.test(name)) throw new Error('usage: add-fixture.ts <kebab-name> <file | aeb:id | wcxb:id | readability:name>');
  const dir = join(import.meta.dirname, '..', 'test', 'fixtures', name);
  if (existsSync(dir) && readdirSync(dir).length) throw new Error(`${dir} exists`);
  const source = loadSource(ref);
  const dom = new JSDOM(source.html, { url: source.url ?? 'http://fakehost/test/page.html', virtualConsole: new VirtualConsole() });
  const result = extractArticle(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis });
  const expected: Record<string, unknown> = { source: source.origin };
  if (source.url) expected.url = source.url;
  if (!result.ok) {
    Object.assign(expected, { ok: false, mustInclude: [], mustExclude: [] });
  } else {
    Object.assign(expected, { title: result.title, byline: result.byline, lang: result.lang, dir: result.dir, ok: true });
    expected.mustInclude = source.with ?? pickParagraphs(source.truth ?? result.text);
    expected.mustExclude = source.without ?? (source.truth ? leakedLines(source.html, source.url, source.truth) : []);
    expected.minWords = Math.floor(result.wordCount * 0.8);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'source.html.gz'), gzipSync(source.html, { level: 9 }));
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`wrote ${dir}: REVIEW expected.json before committing (title, byline and the snippets).`);
  if (source.meta) console.log('truth metadata:', source.meta);
}

main();
