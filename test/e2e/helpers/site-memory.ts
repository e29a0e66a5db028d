// Helpers for the site-memory tests (hidden items, per-site rules, remove mode, auto-open) in both browsers.
import { createServer, type Server } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, resolve } from 'node:path';
import { chromeDist } from './chromium';

export const pagesDir = resolve(import.meta.dirname, '..', 'pages', 'site-memory');
export const articlePath = (name: 'article-a' | 'article-b') => `/pages/site-memory/${name}.html`;
/** A page at the site's root that would pass as an article: auto-open must still leave it alone. */
export const homePage = readFileSync(join(pagesDir, 'article-a.html'), 'utf8').replace('Council keeps the harbour open', 'Test News home');

/**
 * Headless Chromium never answers a permission prompt (permissions.request stays pending), so the Chromium tests
 * run a TEST BUILD: dist/chrome copied with `host_permissions: ["http://127.0.0.1/*"]`, which makes the popup's
 * request for that site resolve at once. The request itself is covered by test/unit/auto-open.test.ts.
 */
export function chromeTestBuild(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'clearpage-hostperm-'));
  cpSync(chromeDist, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

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
  await new Promise<void>((done) => server.listen(0, '127.0.0.2', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.2:${port}`, close: () => new Promise((done) => server.close(() => done())) };
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

export function hiddenButtonLabel(): string | null {
  const button = document.querySelector('clearpage-reader')?.shadowRoot?.querySelector('#cp-hidden-button') as HTMLElement | null;
  return button && !button.hidden ? button.textContent : null;
}

/** Waits (polling in Node) until `check` is true, or fails with `what`. */
export async function until(check: () => Promise<boolean>, what: string, timeout = 8000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check().catch(() => false))) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

export const lineAfter = (lines: string[], text: string) => lines[lines.findIndex((line) => line.includes(text)) + 1] ?? '';
export const lineBefore = (lines: string[], text: string) => lines[lines.findIndex((line) => line.includes(text)) - 1] ?? '';
