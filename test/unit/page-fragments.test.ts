import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { relativeFragments } from '../../src/extract/page-fragments';

describe('links to places on the page', () => {
  it('are written as #x again, however absolute Readability made them; links elsewhere stay', () => {
    const root = new JSDOM(`<body><div><a href="https://site.test/guide?p=2#contents">Contents</a> <a href="https://site.test/guide?p=3#x">Other page</a>
      <a href="#y">Here</a> <a href="https://site.test/guide?p=2">This page</a> <a href="/guide?p=2#z">Relative</a></div></body>`).window.document.querySelector('div')!;
    relativeFragments(root, 'https://site.test/guide?p=2');
    expect(Array.from(root.querySelectorAll('a'), (a) => a.getAttribute('href')))
      .toEqual(['#contents', 'https://site.test/guide?p=3#x', '#y', 'https://site.test/guide?p=2', '#z']);
  });
});
