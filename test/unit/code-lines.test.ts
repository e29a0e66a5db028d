import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { dropCodeLineNumbers, separateCodeLines } from '../../src/extract/code-lines';

const after = (html: string) => {
  const body = new JSDOM(`<body>${html}</body>`).window.document.body;
  dropCodeLineNumbers(body);
  for (const style of Array.from(body.querySelectorAll('style'))) style.remove();
  return body.querySelector('pre')!.textContent;
};

describe('a code listing\'s line numbers', () => {
  it('go when each line starts with its own, in order (a line wrapper each, or inline, or split by <br>)', () => {
    expect(after(`<pre><div><style>.c{user-select:none}</style><span class="c">1</span><div><span>composer</span> <span>require twilio/sdk</span>
</div></div><div><span>2</span><div><span>composer</span> <span>install</span></div></div></pre>`)).toBe('composer require twilio/sdk\ncomposer install');
    expect(after('<pre><code><span class="linenumber">41</span>x = 1\n<span class="linenumber">42</span>\n<span class="linenumber">43</span>print(x)</code></pre>'))
      .toBe('x = 1\n\nprint(x)');
    expect(after('<pre><i>1</i> ls -la<br><i>2</i> cd src</pre>')).toBe(' ls -la cd src');
  });

  it('stay when they are the code\'s own numbers, out of order, or a gutter with no code beside them', () => {
    const json = '<pre><code>[\n  <span class="mi">1</span>,\n  <span class="mi">2</span>,\n  <span class="mi">3</span>\n]</code></pre>';
    expect(after(json)).toBe('[\n  1,\n  2,\n  3\n]');
    expect(after('<pre><span>1</span> + 1\n<span>3</span> + 3</pre>')).toBe('1 + 1\n3 + 3');
    expect(after('<pre><code><span><a href="#l1">1</a>\n</span><span><a href="#l2">2</a>\n</span></code></pre>')).toBe('1\n2\n');
    expect(after('<pre><span>1</span> first line\nsecond line without a number</pre>')).toBe('1 first line\nsecond line without a number');
  });
});

describe('a highlighter\'s lines of code', () => {
  const separated = (html: string) => {
    const doc = new JSDOM(`<body>${html}</body>`).window.document;
    separateCodeLines(doc);
    return Array.from(doc.querySelectorAll('pre'), (pre) => pre.textContent);
  };

  it('each end with a line break when the page\'s style sheet made them blocks (Shiki, Prism, data-line)', () => {
    expect(separated(`<pre class="shiki"><code><span class="line"><span>npm</span><span> create vite@latest my-project</span></span><span class="line"><span>cd</span><span> my-project</span></span></code></pre>
      <pre><span class="token-line">a = 1</span><span class="token-line">b = 2</span></pre><pre><code><span data-line="">x</span><span data-line="">y</span></code></pre>`))
      .toEqual(['npm create vite@latest my-project\ncd my-project', 'a = 1\nb = 2', 'x\ny']);
  });

  it('are left as they are when their line breaks are there, and outside code', () => {
    expect(separated('<pre><span class="line">a = 1\n</span><span class="line">b = 2</span></pre><pre><span class="line">a</span>\n<span class="line">b</span></pre><p><span class="line">One</span><span class="line">Two</span></p>'))
      .toEqual(['a = 1\nb = 2', 'a\nb']);
  });

  it('written as <div>s ending in <br> (CodeMirror, React\'s docs) stay one line each, indented, through Readability (WCXB 0674)', () => {
    const line = (code: string) => `<div class="cm-line ">${code}<br/></div>`;
    const listing = `<pre class="sp-cm"><code>${line('<span>function</span> MyButton() {')}${line('  <span>return</span> (')}${line('    &lt;button&gt;')}${line('  );')}<div class="cm-line "><span>}</span></div></code></pre>`;
    const prose = '<p>React components are JavaScript functions that return markup, and a component can be as small as a button.</p>';
    const dom = new JSDOM(`<html><head><title>Quick Start</title></head><body><article><h1>Quick Start</h1>${prose.repeat(4)}${listing}${prose}</article></body></html>`,
      { url: 'https://react.example/learn' });
    const result = extractArticle(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis });
    if (!result.ok) throw new Error(result.reason);
    const pre = result.content.querySelector('pre')!;
    for (const br of Array.from(pre.querySelectorAll('br'))) br.replaceWith('\n');
    expect(pre.textContent).toBe('function MyButton() {\n  return (\n    <button>\n  );\n}');
    expect(pre.querySelector('p, div')).toBeNull();
  });
});
