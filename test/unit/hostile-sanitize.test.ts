import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, sanitizeMarkup } from '../../src/extract';

// Every hostile page (one attack each, test/hostile/index.json) through the whole pipeline: whatever the sanitizer
// keeps for anchors, nothing that can act, restyle or clobber comes out.
const dir = join(import.meta.dirname, '..', 'hostile');
const pages = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { name: string; file: string }[];

// After the browser's own clean-up of a URL (whitespace and control characters dropped), what must never be there.
const scriptUrl = /^(?:javascript|vbscript|livescript):|^data:(?!image\/(?:png|gif|jpe?g|webp|avif);)/i;
// eslint-disable-next-line no-control-regex -- a browser drops these from URLs, so must the check
const compact = (value: string) => value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
const urlAttributes = new Set(['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'cite', 'ping', 'codebase']);
// Attributes that send, load or submit whatever their value: not one may be left, safe URL or not.
const actingAttributes = new Set(['ping', 'srcdoc', 'formaction', 'action', 'background']);

function findings(html: string): string[] {
  const body = new JSDOM(`<body>${html}</body>`).window.document.body;
  const found: string[] = [];
  if (body.querySelector('script')) found.push('<script>');
  // Elements that act, load or restyle; and MathML's <annotation-xml>, <semantics> and <maction>, which can carry HTML
  // (its own text elements, <mi> and the like, may hold phrasing content and stay).
  for (const node of Array.from(body.querySelectorAll('style, iframe, object, embed, form, input, button, link, meta, base, template, '
    + 'noscript, feimage, foreignobject, maction, annotation, annotation-xml, semantics'))) found.push(`<${node.localName}>`);
  for (const node of Array.from(body.querySelectorAll('*'))) {
    for (const { name, value } of Array.from(node.attributes)) {
      const where = `<${node.localName} ${name}="${value.slice(0, 60)}">`;
      if (/^on/i.test(name)) found.push(`handler ${where}`);
      if (name === 'style') found.push(`style ${where}`);
      if (actingAttributes.has(name)) found.push(`kept ${where}`);
      if (urlAttributes.has(name) && value.split(',').some((part) => scriptUrl.test(compact(part)))) found.push(`url ${where}`);
      // And in every other attribute too, not only in those a browser treats as URLs (as the first unit test of these
      // pages did): a title or data-* that keeps one is a value the sanitizer let through unread.
      else if (scriptUrl.test(compact(value))) found.push(`script url ${where}`);
      if ((name === 'id' || name === 'name') && !value.startsWith('user-content-')) found.push(`unprefixed ${where}`);
      if (name === 'name' && node.localName !== 'a') found.push(`name off <a> ${where}`);
    }
  }
  return found;
}

describe('hostile pages through extractArticle (jsdom)', () => {
  it('has the pages', () => expect(pages.length).toBeGreaterThan(70));

  it('finds planted MathML that could carry HTML, and lets plain MathML be', () => {
    expect(findings('<math><maction><annotation-xml><p>x</p></annotation-xml></maction></math>')).toEqual(['<maction>', '<annotation-xml>']);
    expect(findings('<p>ok <math><mi>x</mi><mo>+</mo><mn>1</mn></math></p>')).toEqual([]);
  });

  it('finds what it looks for in planted markup', () => {
    expect(findings('<p id="x" style="color:red" onclick="1"><a href=" java\tscript:alert(1)">a</a><img name="y" src="data:text/html,1"><script></script></p>'))
      .toEqual(['<script>', 'unprefixed <p id="x">', 'style <p style="color:red">', 'handler <p onclick="1">',
        'url <a href=" java\tscript:alert(1)">', 'unprefixed <img name="y">', 'name off <a> <img name="y">', 'url <img src="data:text/html,1">']);
  });

  it('finds acting attributes, whatever their value, and a script or data: URL in any attribute', () => {
    expect(findings('<a href="/x" ping="/p">a</a><div srcdoc="x" background="/b.png"></div><p action="/a" formaction="/f">b</p>'))
      .toEqual(['kept <a ping="/p">', 'kept <div srcdoc="x">', 'kept <div background="/b.png">', 'kept <p action="/a">', 'kept <p formaction="/f">']);
    expect(findings('<p title=" JaVa\tscript:alert(1)" data-go="vbscript:x">a</p><img alt="livescript:1"><p title="data:text/html,1">c</p>'))
      .toEqual(['script url <p title=" JaVa\tscript:alert(1)">', 'script url <p data-go="vbscript:x">', 'script url <img alt="livescript:1">',
        'script url <p title="data:text/html,1">']);
    expect(findings('<p title="not javascript: here" data-img="data:image/png;base64,AAAA">a <a href="/javascript:x">b</a></p>')).toEqual([]);
  });

  // One window parses every page (DOMParser): a JSDOM per page costs a window and a DOMPurify each.
  const { window: shared } = new JSDOM('', { url: 'http://127.0.0.1/', virtualConsole: new VirtualConsole() });
  const window = shared as unknown as Window & typeof globalThis;
  for (const { name, file } of pages) {
    it(name, () => {
      const doc = new window.DOMParser().parseFromString(readFileSync(join(dir, file), 'utf8'), 'text/html');
      const result = extractArticle(doc, { window, keepRemoved: true, url: `http://127.0.0.1/${file}` });
      expect(result.ok, 'the article around the attack is still read').toBe(true);
      if (!result.ok) return;
      expect(findings(result.content.innerHTML)).toEqual([]);
      // The parsed copy the overlay moves in (no second parse) holds the same markup: nothing there either.
      expect(findings(result.content.innerHTML), 'the parsed article').toEqual([]);
      // Removed blocks can be shown back in place, through the same sanitizer.
      for (const item of result.removed) expect(findings(sanitizeMarkup(item.html ?? '', window)), `removed ${item.signature}`).toEqual([]);
    });
  }
});
