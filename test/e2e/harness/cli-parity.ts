// The benchmark and the fixture loop measure the pipeline in jsdom (the CLI); people read it in the browser, on a copy
// of the live page. The two must give the same article: a difference is a rule that sees another page in the browser
// (Readability made the page's '#x' links absolute there, and its own table of contents stayed in reader view).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { parsePage } from '../../../src/cli/load-page';
import { extractArticle } from '../../../src/extract';
import { blockText } from '../../../src/extract/text';
import type { TestServer } from './server';

const fixtures = resolve(import.meta.dirname, '..', '..', 'fixtures');

/**
 * The corpus fixtures from WCXB and Readability's pages. WCXB 0501 is a Discourse thread whose posts are in <noscript>
 * for readers without script: the CLI reads them as elements, a browser with script holds them as a string (its app,
 * which would show them, cannot load offline), which reader view parses.
 */
export const parityFixtures = readdirSync(fixtures).filter((name) => /^(wcxb|rp)-/.test(name));

const fixtureHtml = (name: string): string => gunzipSync(readFileSync(join(fixtures, name, 'source.html.gz'))).toString('utf8');

/** The CLI's article of `html` saved from `url`, a line per block; null when it finds none. */
function cliLines(html: string, url: string): string[] | null {
  const dom = parsePage(html, url);
  const result = extractArticle(dom.window.document, { url, window: dom.window as unknown as Window & typeof globalThis });
  dom.window.close();
  return result.ok ? blockText(result.content).split('\n') : null;
}

/** Reader view's article (its `<article>`'s markup), a line per block, the same way. */
const shownLines = (markup: string): string[] => blockText(new JSDOM(`<body>${markup}</body>`).window.document.body).split('\n');

/**
 * Serves fixture `name` at an address of the test server and gives both articles, the CLI's (null when it finds none)
 * and reader view's, line by line; `readerArticle` opens the address in the browser and returns `articleMarkup`'s.
 */
export async function bothArticles(server: TestServer, name: string, readerArticle: (url: string) => Promise<string>) {
  const html = fixtureHtml(name);
  const path = `/parity/${name}.html`;
  server.routes.set(path, { body: html });
  const url = `${server.origin}${path}`;
  return { cli: cliLines(html, url), shown: shownLines(await readerArticle(url)) };
}

/** Reads reader view's article markup in the page (an open shadow root in both browsers). */
export const articleMarkup = () => document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('article')!.innerHTML;
