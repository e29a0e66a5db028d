import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';

const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i + 1} of the story tells what the council decided about the old harbour, who spoke for it and against it, and what the town will do next.</p>`).join('');

function extract(body: string): string {
  const dom = new JSDOM(`<html><head><title>The harbour</title></head><body><article><h1>The harbour</h1>${body}${paragraphs}</article></body></html>`,
    { url: 'https://news.example/harbour' });
  const result = extractArticle(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis, blockModel: null });
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

describe('text the page leaves to screen readers', () => {
  it('is not shown twice: the page hides it from the eye', () => {
    const text = extract(`<p>Rated <span aria-label="stars">★★★★☆</span> (1332)<span class="sr-only">1332 reviews with an average rating of 4.6 out of 5 stars</span> by readers,
      see <a href="/map">the map<span class="screen-reader-text"> (opens in a new window)</span></a>.</p>
      <table><caption class="visually-hidden">Votes by ward</caption><tr><td>North</td><td>12</td></tr></table>`);
    expect(text).toContain('(1332) by readers');
    expect(text).toContain('the map');
    expect(text).not.toMatch(/average rating|new window|Votes by ward/);
    expect(text).toContain('Paragraph 5 of the story');
  });

  it('stays where it is the only copy left of a visual twin, or where the page shows it on wide screens', () => {
    const text = extract(`<p>Tickets cost <span class="a-price"><span class="a-offscreen">$19.99</span><span aria-hidden="true">$19<sup>99</sup></span></span> at the door.</p>
      <p><span class="sr-only md:not-sr-only">Published by the harbour desk</span></p>`);
    expect(text).toContain('$19.99');
    expect(text).toContain('Published by the harbour desk');
  });
});
