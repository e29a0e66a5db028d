// Pages and in-page readers for the site-memory tests (hidden items, per-site rules, remove mode, auto-open), both browsers.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';

const pagesDir = resolve(import.meta.dirname, '..', 'pages', 'site-memory');
export type ArticleName = 'article-a' | 'article-b' | 'newsletter-issue';
/** The article's address on the test server; `visit` makes it a fresh address (no earlier content script in the tab). */
export const articlePath = (name: ArticleName, visit?: string | number) =>
  `/pages/site-memory/${name}.html${visit === undefined ? '' : `?visit=${visit}`}`;
/** A page at the site's root that would pass as an article: auto-open must still leave it alone. Served at "/". */
export const homePage = readFileSync(join(pagesDir, 'article-a.html'), 'utf8').replace('Council keeps the harbour open', 'Test News home');
/** The storage.sync key of the test server's rules. */
export const siteKey = 'site:127.0.0.1';
export type StoredRule = { a: string; r: string; p: string; f?: string };

/** Another site (a different host, 127.0.0.2) serving the same articles: auto-open for 127.0.0.1 must not reach it. */
export async function startOtherSite(): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(pagesDir, path.replace('/pages/site-memory/', '')));
    if (!file.startsWith(pagesDir) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.2', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.2:${port}`,
    close: () => new Promise((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}

// In-page functions (serialized by Playwright and Puppeteer alike).

/** The reader's article as lines of text, in order (null when reader view is not open). */
export function readerLines(): string[] | null {
  const article = document.querySelector('clearpage-reader')?.shadowRoot?.querySelector('article') as HTMLElement | null;
  return article ? article.innerText.split('\n').map((line) => line.trim()).filter(Boolean) : null;
}

/** The hidden-items list as the reader sees it: reason, preview, its buttons' names and which are pressed. */
export function hiddenListRows(): { reason: string; preview: string; buttons: string[]; pressed: string[] }[] {
  const panel = document.querySelector('clearpage-reader')?.shadowRoot?.querySelector('#cp-hidden');
  return Array.from(panel?.querySelectorAll('li') ?? [], (li) => ({
    reason: li.querySelector('.reason')?.textContent ?? '',
    preview: li.querySelector('.preview')?.textContent ?? '',
    // Accessible names: the short "always keep" reads "Always keep on this site" to a screen reader.
    buttons: Array.from(li.querySelectorAll('button'), (b) => b.getAttribute('aria-label') ?? b.textContent ?? ''),
    pressed: Array.from(li.querySelectorAll('button[aria-pressed="true"]'), (b) => b.getAttribute('aria-label') ?? b.textContent ?? ''),
  }));
}

/** "N items hidden" as shown in the bar (null when the button is not shown). */
export function hiddenButtonLabel(): string | null {
  const button = document.querySelector('clearpage-reader')?.shadowRoot?.querySelector('#cp-hidden-button') as HTMLElement | null;
  return button && !button.hidden ? button.textContent : null;
}

/** How many elements in reader view match `selector` (0 when it is not open). */
export function countInReader(selector: string): number {
  return document.querySelector('clearpage-reader')?.shadowRoot?.querySelectorAll(selector).length ?? 0;
}

export const lineAfter = (lines: string[], text: string) => lines[lines.findIndex((line) => line.includes(text)) + 1] ?? '';
export const lineBefore = (lines: string[], text: string) => lines[lines.findIndex((line) => line.includes(text)) - 1] ?? '';
