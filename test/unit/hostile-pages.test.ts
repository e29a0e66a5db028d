import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';

// The hostile pages the e2e suites open in real browsers, here through extractArticle in jsdom: what survives in
// the sanitized markup must be inert, whatever the learned scorer or MathML let through.
const dir = join(import.meta.dirname, '..', 'hostile');
// One window parses every page (DOMParser): a JSDOM per page would cost a window and a DOMPurify each.
const pages = readdirSync(dir).filter((name) => name.endsWith('.html')).sort();

const { window } = new JSDOM('', { url: 'https://hostile.example/article', virtualConsole: new VirtualConsole() });
const win = window as unknown as Window & typeof globalThis;

function dangers(html: string): string[] {
  const doc = new window.DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const found: string[] = [];
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    const tag = el.localName;
    if (['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'link', 'meta', 'base', 'template', 'noscript', 'feimage', 'maction', 'annotation', 'foreignobject'].includes(tag)) found.push(`<${tag}>`);
    // MathML's own HTML integration points (<mtext>, <mi>…) may hold HTML; <annotation-xml> and <maction> never survive.
    if (tag === 'annotation-xml' || tag === 'semantics') found.push(`<${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
      if (name.startsWith('on')) found.push(`${name} on <${tag}>`);
      if (['style', 'srcdoc', 'formaction', 'action', 'ping', 'background'].includes(name)) found.push(`${name} on <${tag}>`);
      if (/^(javascript|vbscript):/.test(value) || (/^data:/.test(value) && !/^data:image\/(png|gif|jpe?g|webp|avif);/.test(value))) found.push(`${name}=${value.slice(0, 30)}`);
    }
  }
  return found;
}

describe('hostile pages through extractArticle (jsdom)', () => {

  it('has the hostile pages', () => expect(pages.length).toBeGreaterThan(70));

  it('a detector that finds each kind of danger', () => {
    expect(dangers('<p onclick="x()">a</p><a href=" JaVa\tscript:alert(1)">b</a><img src="data:text/html,x"><math><maction><annotation-xml><p>x</p></annotation-xml></maction></math><div style="color:red"></div><script></script>'))
      .toEqual(['onclick on <p>', 'href=javascript:alert(1)', 'src=data:text/html,x', '<maction>', '<annotation-xml>', 'style on <div>', '<script>']);
    expect(dangers('<p>ok <img src="data:image/png;base64,AAAA"><math><mi>x</mi></math></p>')).toEqual([]);
  });

  for (const name of pages) {
    it(name, () => {
      const doc = new window.DOMParser().parseFromString(readFileSync(join(dir, name), 'utf8'), 'text/html');
      const result = extractArticle(doc, { window: win, url: 'https://hostile.example/article' });
      if (!result.ok) return;
      expect(dangers(result.html)).toEqual([]);
      expect(dangers(result.content.innerHTML)).toEqual([]);
    });
  }
});
