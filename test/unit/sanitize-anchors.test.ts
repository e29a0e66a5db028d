import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeArticle, sanitizeMarkup } from '../../src/extract/sanitize';

// DOMPurify's prefix for named properties (SANITIZE_NAMED_PROPS): no id or name can clobber a document's properties.
const anchorPrefix = 'user-content-';

const article = `<div>
  <p id="intro">Text with a note<sup id="ref1"><a href="#fn1">1</a></sup> and another<sup><a id="ref2" href="#fn2">2</a></sup>.</p>
  <p>A link to <a href="#nowhere">nowhere</a>, to <a href="#">the top</a>, and to <a href="#old-anchor">an old anchor</a>.</p>
  <p><a name="old-anchor">Named</a> and an image <img name="body" src="https://example.test/a.png" alt=""></p>
  <p>Already prefixed: <a href="#user-content-kept">here</a> <span id="user-content-kept">kept</span></p>
  <p>Encoded: <a href="#caf%C3%A9">café</a> <span id="café">target</span></p>
  <svg><circle id="dot" r="2"></circle></svg>
  <ol><li id="fn1">First note. <a href="#ref1">↩</a></li><li id="fn2">Second note. <a href="#ref2">↩</a></li></ol>
</div>`;

function sanitized(html: string): HTMLElement {
  const { window } = new JSDOM('<body></body>');
  const win = window as unknown as Window & typeof globalThis;
  const root = new window.DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.firstElementChild!;
  return sanitizeArticle(root, win);
}

const hrefs = (body: HTMLElement) => Array.from(body.querySelectorAll('a[href]'), (a) => a.getAttribute('href'));

describe('in-article anchors survive sanitizing, prefixed', () => {
  const body = sanitized(article);

  it('keeps every id, prefixed', () => {
    const ids = Array.from(body.querySelectorAll('[id]'), (node) => node.id);
    expect(ids).toEqual(['intro', 'ref1', 'ref2', 'kept', 'café', 'dot', 'fn1', 'fn2'].map((id) => anchorPrefix + id));
  });

  it('keeps name on <a> only, prefixed', () => {
    expect(body.querySelector('a[name]')?.getAttribute('name')).toBe(`${anchorPrefix}old-anchor`);
    expect(body.querySelector('img')?.hasAttribute('name')).toBe(false);
  });

  it('points # links at the prefixed target when the article has it, and leaves the others alone', () => {
    expect(hrefs(body)).toEqual([
      `#${anchorPrefix}fn1`, `#${anchorPrefix}fn2`, '#nowhere', '#', `#${anchorPrefix}old-anchor`,
      `#${anchorPrefix}kept`, `#${anchorPrefix}caf%C3%A9`, `#${anchorPrefix}ref1`, `#${anchorPrefix}ref2`,
    ]);
  });

  it('treats a link to the page’s own address with a fragment as an in-article link (Readability writes them so)', () => {
    const { window } = new JSDOM('<body></body>', { url: 'https://example.test/story?id=4#comments' });
    const win = window as unknown as Window & typeof globalThis;
    const html = sanitizeMarkup(`<p><a href="https://example.test/story?id=4#fn1">1</a> <a href="https://example.test/story?id=5#fn1">other</a>
      <a href="https://example.test/story?id=4#gone">gone</a></p><p id="fn1">Note</p>`, win);
    const links = Array.from(new window.DOMParser().parseFromString(html, 'text/html').querySelectorAll('a'),
      (a) => [a.getAttribute('href'), a.getAttribute('target')]);
    expect(links).toEqual([[`#${anchorPrefix}fn1`, null], ['https://example.test/story?id=5#fn1', '_blank'], ['https://example.test/story?id=4#gone', '_blank']]);
  });

  it('leaves in-article links in the same tab, and outside links in a new one', () => {
    const { window } = new JSDOM('<body></body>');
    const win = window as unknown as Window & typeof globalThis;
    const out = new window.DOMParser().parseFromString(
      `<body>${sanitizeMarkup('<p><a href="#x">in</a> <a href="https://example.test/">out</a></p>', win)}</body>`, 'text/html').body;
    expect(out.querySelector('a[href="#x"]')?.hasAttribute('target')).toBe(false);
    expect(out.querySelector('a[href^="https:"]')?.getAttribute('target')).toBe('_blank');
  });

  it('never lets an id clobber the document', () => {
    const clobber = sanitized('<div><img id="cookie" src="https://example.test/a.png"><a name="location" href="#cookie">x</a><form id="forms"></form></div>');
    expect(Array.from(clobber.querySelectorAll('[id], [name]'), (node) => node.getAttribute('id') ?? node.getAttribute('name')))
      .toEqual([`${anchorPrefix}cookie`, `${anchorPrefix}location`]);
  });
});
