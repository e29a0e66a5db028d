import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { elementsIn, tagSet, tagsIn } from '../../src/extract/dom-measures';

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
