import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';

/** One folder per page, as in mozilla/readability's test/test-pages: source.html(.gz) and expected.json. */
interface Expected {
  url?: string;
  title?: string;
  byline?: string | null;
  lang?: string | null;
  dir?: string | null;
  ok?: boolean;
  mustInclude: string[];
  mustExclude: string[];
  minWords?: number;
  /** At most this many words: the article once, without a second copy of it or the thread under it. */
  maxWords?: number;
  /** Facts from the truth the pipeline does not meet yet: listed, reported as todo, not asserted. */
  pendingInclude?: string[];
  pendingExclude?: string[];
}

const root = join(import.meta.dirname, '..', 'fixtures');
/** Facts are about words, not typography: case, quote style and whitespace are folded (as WCXB's evaluator does). */
const fold = (text: string) => text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

function readSource(dir: string): string {
  const gz = join(dir, 'source.html.gz');
  return existsSync(gz) ? gunzipSync(readFileSync(gz)).toString('utf8') : readFileSync(join(dir, 'source.html'), 'utf8');
}

const names = readdirSync(root).filter((name) => existsSync(join(root, name, 'expected.json'))).sort();

describe('fixture pages', () => {
  it('has fixtures', () => expect(names.length).toBeGreaterThan(0));

  for (const name of names) {
    const dir = join(root, name);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    for (const fact of expected.pendingInclude ?? []) it.todo(`${name}: should include "${fact.slice(0, 60)}"`);
    for (const fact of expected.pendingExclude ?? []) it.todo(`${name}: should exclude "${fact.slice(0, 60)}"`);
    it(name, () => {
      const dom = new JSDOM(readSource(dir), { url: expected.url ?? 'http://fakehost/test/page.html', virtualConsole: new VirtualConsole() });
      try {
        const result = extractArticle(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis });
        if (expected.ok === false) {
          expect(result.ok, 'expected no article').toBe(false);
          return;
        }
        if (!result.ok) throw new Error(`no article: ${result.reason}`);
        if (expected.title !== undefined) expect(result.title).toBe(expected.title);
        if (expected.byline !== undefined) expect(result.byline).toBe(expected.byline);
        if (expected.lang !== undefined) expect(result.lang).toBe(expected.lang);
        if (expected.dir !== undefined) expect(result.dir).toBe(expected.dir);
        const text = fold(result.text);
        const missing = expected.mustInclude.filter((snippet) => !text.includes(fold(snippet)));
        const leaked = expected.mustExclude.filter((snippet) => text.includes(fold(snippet)));
        expect({ missing, leaked }).toEqual({ missing: [], leaked: [] });
        if (expected.minWords !== undefined) expect(result.wordCount).toBeGreaterThanOrEqual(expected.minWords);
        if (expected.maxWords !== undefined) expect(result.wordCount).toBeLessThanOrEqual(expected.maxWords);
      } finally {
        dom.window.close();
      }
    });
  }
});
