import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { articleToMarkdown } from '../../src/cli/to-markdown';

// Issue 12, item 6: formulas stay, as MathML in reader view and as their TeX source in the Markdown export.
const prose = (topic: string) => `<p>${topic} The heat equation describes how temperature spreads through a solid body over time, and it is one of the first partial differential equations students meet in a course.</p>`;
const katex = (tex: string, mathml: string, display = false) => `<span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML"${display ? ' display="block"' : ''}><semantics>${mathml}<annotation encoding="application/x-tex">${tex}</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="base">${tex.replace(/\\/g, '')}</span></span></span>`;
const page = `<html><head><title>Notes on the heat equation</title></head><body><main><article><h1>Notes on the heat equation</h1>
  ${prose('First.')}<p>Here is some in-line math: ${katex('x^2 + 1', '<mrow><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mn>1</mn></mrow>')}, followed by some more text.</p>
  ${prose('Second.')}<span class="katex-display">${katex('\\frac{\\partial u}{\\partial t} = \\alpha \\Delta u', '<mrow><mfrac><mi>u</mi><mi>t</mi></mfrac><mo>=</mo><mi>α</mi></mrow>', true)}</span>
  ${prose('Third.')}<p>Plain MathML: <math><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></math> with no source.</p>${prose('Fourth.')}
  </article></main></body></html>`;

function extract(html: string) {
  const dom = new JSDOM(html, { url: 'https://math.example/heat', virtualConsole: new VirtualConsole() });
  const result = extractArticle(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis });
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe('formulas', () => {
  it('keeps MathML in reader view, with its TeX source as alttext and no stray annotation text', () => {
    const html = extract(page).content.innerHTML;
    const body = new JSDOM(`<body>${html}</body>`).window.document.body;
    const maths = Array.from(body.querySelectorAll('math'));
    expect(maths.map((math) => math.getAttribute('alttext'))).toEqual(['x^2 + 1', '\\frac{\\partial u}{\\partial t} = \\alpha \\Delta u', null]);
    expect(maths[0]!.querySelector('msup')).not.toBeNull();
    expect(maths[1]!.getAttribute('display')).toBe('block');
    expect(body.querySelector('annotation')).toBeNull();
    // KaTeX's visual copy is aria-hidden HTML: it goes, the formula is not shown twice.
    expect(body.textContent).not.toContain('x^2 + 1');
  });

  it('writes the TeX source in the Markdown export, inline and as a block; MathML with no source as its text', () => {
    const result = extract(page);
    const markdown = articleToMarkdown({ title: result.title, html: result.content.innerHTML });
    expect(markdown).toContain('Here is some in-line math: $x^2 + 1$, followed by some more text.');
    expect(markdown).toContain('\n\n$$\n\\frac{\\partial u}{\\partial t} = \\alpha \\Delta u\n$$\n\n');
    expect(markdown).toContain('Plain MathML: E=mc2 with no source.');
  });

  it('keeps a hostile annotation as text in an attribute, never as markup', () => {
    const hostile = page.replace('x^2 + 1</annotation>', 'x&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</annotation>');
    const html = extract(hostile).content.innerHTML;
    expect(html).not.toMatch(/<img/);
    const math = new JSDOM(`<body>${html}</body>`).window.document.querySelector('math')!;
    expect(math.getAttribute('alttext')).toBe('x"><img src=x onerror=alert(1)>');
    expect(math.attributes).toHaveLength(2); // xmlns and alttext
  });
});
