import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { pruneNonContent } from '../../src/extract/prune';

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

  it("goes as a permalink's spoken name beside its icon (Starlight's \"Section titled\", WCXB 0677); a rating's stays", () => {
    const icon = '<span aria-hidden="true" class="sl-anchor-icon"><svg width="16" height="16"><path d="M1 1h2"></path></svg></span>';
    const text = extract(`${paragraphs}<div class="sl-heading-wrapper"><h2 id="why">Why the harbour?</h2><a class="sl-anchor-link" href="#why">${icon}`
      + `<span class="sr-only">Section titled “Why the harbour?”</span></a></div><p>Rated <span aria-hidden="true"><svg width="9" height="9"></svg></span>`
      + '<span class="sr-only">4.5 out of 5 stars</span> by the readers of the paper.</p>');
    expect(text).toContain('Why the harbour?');
    expect(text).not.toContain('Section titled');
    expect(text).toContain('4.5 out of 5 stars');
  });

  it('is the one copy kept where the page also draws it for the eye, whichever comes first and whichever pick wins', () => {
    const dom = new JSDOM(`<body><p id="price">Tickets cost <span class="a-price"><span class="a-offscreen">$19.99</span><span aria-hidden="true">$19<sup>99</sup></span></span> at the door.</p>
      <p id="rating">Rated <span aria-hidden="true">(1332)</span><span class="cdr-rating__caption-sr_15-1-0">1332 reviews with an average rating of 4.6 out of 5 stars</span></p>
      <p id="alone">Rated <span class="cdr-rating__caption-sr_15-1-0">by 1332 readers</span></p>
      <p id="ebay"><a href="/str/agnitsch"><span aria-hidden="true"><span class="ux-textspans">Seller's other items</span></span><span class="clipped">Seller's other items</span></a></p>
      <p id="widget"><span class="sr-only">Map of the harbour</span><span aria-hidden="true">${'A drawn map of every pier, slipway and mooring in the old harbour. '.repeat(4)}</span></p></body>`);
    const doc = dom.window.document;
    pruneNonContent(doc, []);
    expect(doc.getElementById('price')!.textContent).toBe('Tickets cost $19.99 at the door.');
    expect(doc.getElementById('rating')!.textContent).toBe('Rated 1332 reviews with an average rating of 4.6 out of 5 stars');
    expect(doc.getElementById('ebay')!.textContent).toBe("Seller's other items");
    // A component's own name for its helper is read only beside a twin.
    expect(doc.getElementById('alone')!.textContent).toBe('Rated by 1332 readers');
    // A long aria-hidden sibling is no twin of the label: both stay, as they did.
    expect(doc.getElementById('widget')!.textContent).toMatch(/^Map of the harbourA drawn map/);
  });
});
