import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cloneIntoInertDocument, extractArticle } from '../../src/extract';
import { htmlToMarkdown } from '../../src/cli/to-markdown';
import { standaloneHtml } from '../../src/export/standalone-html';

const page = join(import.meta.dirname, '..', 'e2e', 'pages', 'footnotes-article.html');

function extracted() {
  const dom = new JSDOM(readFileSync(page, 'utf8'), { url: 'http://127.0.0.1/pages/footnotes-article.html', virtualConsole: new VirtualConsole() });
  // As the content script does: an inert copy, whose links Readability makes absolute (so `#fn1` is the page's URL + #fn1).
  const copy = cloneIntoInertDocument(dom.window.document, dom.window.location.href);
  const result = extractArticle(copy, { window: dom.window as unknown as Window & typeof globalThis, url: dom.window.location.href });
  if (!result.ok) throw new Error(`no article: ${result.reason}`);
  return result;
}

describe('footnotes in exports', () => {
  const article = extracted();

  it('Markdown: references and notes become GFM footnotes, back-links go, no link points at a missing id', () => {
    // The CLI converts the HTML string; the extension converts the overlay's element: both the same.
    for (const markdown of [htmlToMarkdown(article.content.innerHTML), htmlToMarkdown(article.content)]) {
      expect(markdown).toContain('paid in firewood and candles[^fn1], and');
      expect(markdown).toContain('in opposite directions[^fn2]. After');
      expect(markdown).toMatch(/^\[\^fn1\]: The council minutes of that year record .* each winter\.$/m);
      expect(markdown).toMatch(/^\[\^fn2\]: Such a gridiron pendulum .* alternate rows\.$/m);
      expect(markdown).not.toContain('](#');
      expect(markdown).not.toContain('↩');
    }
  });

  it('Markdown: other in-article links keep their text', () => {
    expect(htmlToMarkdown('<p>See <a href="#user-content-s2">the second part</a> and <a href="#gone">this</a>.</p><h2 id="user-content-s2">Two</h2>'))
      .toBe('See the second part and this.\n\n## Two');
  });

  it('saved HTML: every in-article link has its target in the file', () => {
    const meta = { title: article.title, byline: null, siteName: null, url: 'http://127.0.0.1/', publishedTime: null, lang: 'en', dir: null };
    const doc = new JSDOM(standaloneHtml(article.content.innerHTML, meta, { source: 'Source', saved: 'saved 2026-12-02' })).window.document;
    const links = Array.from(doc.querySelectorAll('article a[href^="#"]'), (a) => a.getAttribute('href')!.slice(1));
    expect(links).toEqual(['user-content-fn1', 'user-content-fn2', 'user-content-ref1', 'user-content-ref2']);
    for (const id of links) expect(doc.getElementById(id), id).not.toBeNull();
  });
});
