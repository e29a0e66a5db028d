import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderTerminalMarkup } from '../../src/extract/terminal-markup';

const after = (html: string) => {
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  renderTerminalMarkup(document);
  return document.body;
};

describe("a terminal session drawn by the page's script from its markup (FastAPI's div.termy)", () => {
  it('reads as the text the script shows, with no markup of it in the page (WCXB 0678)', () => {
    const body = after(`<div class="termy"><div class="highlight"><pre><span></span><code><span id="s-1"><span class="gp">$ </span>&lt;font`
      + `<span class="w"> </span><span class="nv">color</span><span class="o">=</span><span class="s2">&quot;#4E9A06&quot;</span>&gt;fastapi&lt;/font&gt;`
      + ' dev main.py\n</span><span class="go">  &lt;span style=&quot;background-color:#009485&quot;&gt;&lt;font color=&quot;#D3D7CF&quot;&gt; FastAPI '
      + '&lt;/font&gt;&lt;/span&gt;  Starting &lt;img src=x onerror=alert(1)&gt;&lt;b&gt;[&lt;/b&gt;&apos;/home&apos;&lt;b&gt;]&lt;/b&gt;</span></code></pre></div></div>');
    expect(body.querySelector('code')!.textContent).toBe("$ fastapi dev main.py\n   FastAPI   Starting ['/home']");
    expect(body.querySelectorAll('font, img, [style], code span')).toHaveLength(0);
  });

  it('stays as written outside such a box, or where it holds no markup', () => {
    const listing = '<pre><code>&lt;font color="red"&gt;Hello!&lt;/font&gt;</code></pre>';
    expect(after(listing).querySelector('code')!.textContent).toBe('<font color="red">Hello!</font>');
    const plain = '<div class="termy"><pre><code><span class="gp">$ </span>pip install "fastapi[standard]"</code></pre></div>';
    expect(after(plain).querySelector('code')!.innerHTML).toBe('<span class="gp">$ </span>pip install "fastapi[standard]"');
  });
});
