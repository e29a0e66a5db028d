import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { outlineHeadings } from '../../src/content/tools/outline-headings';

const headingsOf = (html: string) => outlineHeadings(new JSDOM(`<article>${html}</article>`).window.document.querySelector('article')!)
  .map((h) => h.textContent!.trim());

describe('outline headings', () => {
  it('lists every h2-h4 with text, in order (zero-width spaces are none)', () => {
    expect(headingsOf('<h2>Why tides</h2><p>x</p><h3>Barrages</h3><h4>  Turbines\n in the stream </h4><h5>Not listed</h5><h2> </h2><h2 id="sound">\u200b\u200b</h2>'))
      .toEqual(['Why tides', 'Barrages', 'Turbines\n in the stream']);
  });

  it('leaves out a label the article repeats under each section (a review\'s Pros and Cons), whatever its case', () => {
    const review = ['Bosch 800', 'LG Studio', 'Miele G7000'].map((name) => `<h2>${name}</h2><p>Text.</p><h4>Pros</h4><ul><li>Quiet</li></ul><h4>CONS</h4><ul><li>Price</li></ul>`).join('');
    expect(headingsOf(review.replace('CONS', 'Cons'))).toEqual(['Bosch 800', 'LG Studio', 'Miele G7000']);
  });

  it('lists nothing when every heading is a repeated label', () => {
    expect(headingsOf('<h4>Pros</h4><h4>Cons</h4><h4>Pros</h4><h4>Cons</h4>')).toEqual([]);
  });
});
