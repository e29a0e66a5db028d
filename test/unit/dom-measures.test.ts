import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { elementsIn, tagSet, tagsIn } from '../../src/extract/dom-measures';

describe('tagsIn', () => {
  const doc = new JSDOM(`<body><p id="p1"><a id="a1" href="/x">x</a><img id="i1"></p>
    <svg><a id="svg-a" href="/y"><text>y</text></a></svg><div><a id="a2">z</a><source id="s1"></div></body>`).window.document;

  it('finds what elementsIn finds, in document order, the root itself left out', () => {
    for (const tags of [tagSet('a'), tagSet('img', 'source'), tagSet('p', 'a')]) {
      expect(tagsIn(doc, tags).map((el) => el.id)).toEqual(elementsIn(doc, tags).map((el) => el.id));
    }
    expect(tagsIn(doc.getElementById('p1')!, tagSet('p', 'a')).map((el) => el.id)).toEqual(['a1']);
  });

  it('leaves out the lower-case SVG namesake of an HTML tag, as elementsIn does', () => {
    expect(tagsIn(doc.body, tagSet('a')).map((el) => el.id)).toEqual(['a1', 'a2']);
  });
});
