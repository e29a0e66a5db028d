import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { regionIn, regionsInside } from '../../src/extract/article-regions';

// Issue 12 (one section of a long guide): Readability's pick may grow to the article element around it, never past it
// into the comments or listings the best subtree also holds.
describe('article regions inside the best subtree', () => {
  const body = new JSDOM(`<body><div id="best"><header><p id="h">Site header line</p></header>
    <article><section><p id="a1">First section</p></section><section><p id="a2">Second section</p>
    <article class="embedded"><p id="n">A nested card</p></article></section></article>
    <div class="comments"><p id="c">A comment</p></div><div itemprop="articleBody"><p id="b">Body text</p></div></div></body>`).window.document.body;
  const root = body.querySelector('#best')!;
  const block = (id: string, words: number, p: number) => {
    const el = body.querySelector(`#${id}`)!;
    const path: Element[] = [];
    for (let at: Element | null = el; at; at = at === body ? null : at.parentElement) path.push(at);
    return { words, p, path, text: el.textContent! };
  };
  const blocks = [block('h', 3, 0.1), block('a1', 10, 0.9), block('a2', 20, 0.8), block('n', 5, 0.5), block('c', 8, 0.6), block('b', 4, 0.7)];

  it('finds the outermost article elements below the subtree, with their words, expected content and texts', () => {
    const regions = regionsInside(root, blocks);
    expect(regions).toHaveLength(2);
    const [article, body2] = regions;
    expect(article).toMatchObject({ words: 35, texts: new Set(['First section', 'Second section', 'A nested card']) });
    expect(article!.content).toBeCloseTo(10 * 0.9 + 20 * 0.8 + 5 * 0.5);
    expect(body2).toMatchObject({ words: 4, texts: new Set(['Body text']) });
    // the path leads to the same element in a copy of the subtree
    const copy = root.cloneNode(true) as Element;
    expect(regionIn(copy, article!.path)?.tagName).toBe('ARTICLE');
    expect(regionIn(copy, article!.path)?.querySelector('#a1')).not.toBeNull();
    expect(regionIn(copy, body2!.path)?.getAttribute('itemprop')).toBe('articleBody');
    expect(regionIn(copy, [99])).toBeNull();
  });

  it('the subtree itself is no region of itself; blocks outside it count for nothing', () => {
    expect(regionsInside(body.querySelector('article')!, blocks).map((region) => region.words)).toEqual([5]);
    expect(regionsInside(body.querySelector('.comments')!, blocks)).toEqual([]);
  });
});
