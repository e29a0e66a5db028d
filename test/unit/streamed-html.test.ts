import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { revealStreamedContent } from '../../src/extract/streamed-html';

// Issue 12 ("No article" only when true): a page saved from a site that streams its server rendering (React) holds the
// article in a hidden segment at the end, moved into place by scripts a saved page never runs. WCXB dev has 33 such
// pages; on 4053 (a 2,000-word guide) both Readability and Clearpage answered "No article".
const paragraphs = [
  'The city council agreed on Thursday to repair the old bridge over the river, a plan that had waited five years.',
  'Councillors argued for hours about the estimate but agreed that the work will start in spring and last until autumn.',
  'People on the left bank say they lose an hour a day on the way to the centre because the buses take a long detour.',
  'Engineers promise to keep the cast-iron railings of the nineteenth century: they will be restored and put back.',
];
const article = `<article><h1>Council agrees to repair the bridge</h1>${paragraphs.map((p) => `<p>${p} ${p}</p>`).join('')}</article>`;

const doc = (body: string) => new JSDOM(`<!doctype html><html><head><title>Council agrees to repair the bridge</title></head><body>${body}</body></html>`).window.document;

describe('streamed server rendering (React $RC / $RS)', () => {
  it('moves a hidden segment into its boundary and drops the loading placeholder, as the page script would', () => {
    const page = doc(`<header><a href="/">Home</a></header><main><!--$?--><template id="B:0"></template><div class="skeleton">Loading…</div><!--/$--></main>
      <footer>Footer</footer><div hidden id="S:0">${article}</div><script>$RC("B:0","S:0")</script>`);
    expect(revealStreamedContent(page)).toBe(1);
    expect(page.querySelector('main > article h1')?.textContent).toBe('Council agrees to repair the bridge');
    expect(page.body.textContent).not.toContain('Loading…');
    expect(page.querySelector('[hidden], template')).toBeNull();
    // the closing marker stays where React leaves it, after the content
    expect(page.querySelector('main')!.lastChild?.nodeType).toBe(8);
  });

  it('fills a placeholder inside a segment ($RS) before the segment goes to its boundary, in the scripts\' order', () => {
    const page = doc(`<main><!--$?--><template id="B:0"></template><p>Loading</p><!--/$--></main>
      <div hidden id="S:0"><section><template id="P:1"></template></section></div><script>$RS("S:1","P:1")</script>
      <div hidden id="S:1">${article}</div><script>$RC("B:0","S:0")</script>`);
    expect(revealStreamedContent(page)).toBe(2);
    expect(page.querySelector('main > section > article > h1')).not.toBeNull();
    expect(page.querySelector('[hidden], template')).toBeNull();
  });

  it('without the scripts (stripped by whoever saved the page), pairs S:n with B:n and keeps what it cannot place', () => {
    const page = doc(`<main><template id="B:0"></template><div class="w-full"></div></main><div hidden id="S:0">${article}</div>
      <div hidden id="S:7"><p>an orphan segment</p></div>`);
    expect(revealStreamedContent(page)).toBe(1);
    expect(page.querySelector('main > article')).not.toBeNull();
    expect(page.getElementById('S:7')?.hasAttribute('hidden')).toBe(true);
  });

  it('leaves a page alone when the names only look alike (a hidden S:0 that is no segment, a target that is no template)', () => {
    const page = doc(`<main><div id="B:0">kept</div>${article}</main><div hidden id="S:0"><p>a hidden note</p></div>
      <script>$RC("B:0","S:0")</script>`);
    const before = page.body.innerHTML;
    expect(revealStreamedContent(page)).toBe(0);
    expect(page.body.innerHTML).toBe(before);
  });

  it('the pipeline shows the streamed article where it used to answer "No article found"', () => {
    const html = `<!doctype html><html><head><title>Council agrees to repair the bridge</title></head><body>
      <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
      <!--$?--><template id="B:0"></template><main><div class="animate-pulse"></div></main><!--/$-->
      <div hidden id="S:0"><main>${article}</main></div><script>$RC("B:0","S:0")</script></body></html>`;
    const dom = new JSDOM(html, { url: 'https://news.example/bridge' });
    const result = extractArticle(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis });
    expect(result.ok).toBe(true);
    if (result.ok) for (const p of paragraphs) expect(result.text).toContain(p);
  });
});
