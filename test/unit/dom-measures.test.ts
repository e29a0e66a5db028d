import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { childElements, elementsIn, tagSet, tagsIn } from '../../src/extract/dom-measures';

describe('tagsIn', () => {
  const doc = new JSDOM(`<body><p id="p1"><a id="a1" href="/x">x</a><img id="i1"></p>
    <svg><a id="svg-a" href="/y"><text>y</text></a></svg><div><a id="a2">z</a><source id="s1"></div></body>`).window.document;

  it('finds what elementsIn finds, the root itself left out: in document order for one tag, grouped by tag for several', () => {
    const ids = (els: Element[]) => els.map((el) => el.id);
    for (const tags of [tagSet('a'), tagSet('img'), tagSet('source')]) expect(ids(tagsIn(doc, tags))).toEqual(ids(elementsIn(doc, tags)));
    for (const tags of [tagSet('img', 'source'), tagSet('source', 'img'), tagSet('p', 'a')]) {
      expect(ids(tagsIn(doc, tags)).sort()).toEqual(ids(elementsIn(doc, tags)).sort());
    }
    expect(ids(tagsIn(doc, tagSet('source', 'img')))).toEqual(['s1', 'i1']);
    expect(ids(tagsIn(doc.getElementById('p1')!, tagSet('p', 'a')))).toEqual(['a1']);
  });

  it('gives a snapshot: removing what it found while going through it skips nothing', () => {
    const copy = new JSDOM('<body><noscript>1</noscript><noscript>2</noscript><noscript>3</noscript></body>').window.document;
    const found = tagsIn(copy, tagSet('noscript'));
    for (const el of found) el.remove();
    expect(found).toHaveLength(3);
    expect(copy.body.children).toHaveLength(0);
  });

  it('leaves out the lower-case SVG namesake of an HTML tag, as elementsIn does', () => {
    expect(tagsIn(doc.body, tagSet('a')).map((el) => el.id)).toEqual(['a1', 'a2']);
  });
});

describe('childElements', () => {
  it('lists the child elements in order, not text or comments, and reads no live collection', () => {
    const doc = new JSDOM('<body><div id="box">a<p id="c1">x</p><!-- c --><span id="c2"><b id="g">y</b></span> b<p id="c3"></p></div></body>').window.document;
    const box = doc.getElementById('box')!;
    // A child named "length" is what makes jsdom's collection slow to read, and must not confuse the walk either.
    box.append(Object.assign(doc.createElement('img'), { id: 'length' }));
    Object.defineProperty(box, 'children', { get: () => { throw new Error('children read'); } });
    expect(childElements(box).map((el) => el.id)).toEqual(['c1', 'c2', 'c3', 'length']);
    expect(childElements(doc.getElementById('c3')!)).toEqual([]);
  });
});
