import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';

// A shop's product page: the product's description, then other people's reviews of it (hidden, listed as "reviews").
const productLd = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Trail 25 Pack"}</script>';
const description = Array.from({ length: 5 }, (_, i) => `<p>Detail ${i + 1} of the pack: its frame sheet, hip belt and pockets are made to carry a day's load over rough ground without rubbing, and the fabric sheds rain.</p>`).join('');
const review = (n: number) => `<li><p>${n} out of 5 stars</p><p>Reviewer ${n} · Verified Buyer</p>
  <p>I took it on a long hike and it carried everything I needed. The straps were comfortable all day and nothing came loose.</p>
  <p>${n * 3} people found this helpful</p></li>`;
const reviews = (attributes: string) => `<div ${attributes}><h2>Customer reviews</h2><p>4.6 out of 5 stars · 128 reviews</p><ul>${[5, 4, 3, 5].map(review).join('')}</ul></div>`;

function extract(head: string, body: string) {
  const dom = new JSDOM(`<html><head><title>Trail 25 Pack</title>${head}</head><body><main><h1>Trail 25 Pack</h1>${body}</main></body></html>`,
    { url: 'https://shop.example/product/trail-25-pack' });
  const result = extractArticle(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis, blockModel: null });
  if (!result.ok) throw new Error(result.reason);
  return { text: result.text, reviews: result.removed.filter((item) => item.rule === 'reviews').map((item) => item.sample) };
}

describe('customer reviews on a product page', () => {
  it('hides the reviews a page names as such, and keeps the product', () => {
    // The page says it is a product's in its JSON-LD, or only by its button to buy it.
    const buy = '<button id="add-to-cart-button">Add to Cart</button>';
    for (const [head, attributes, button] of [[productLd, 'id="customer-reviews"', ''], ['', 'class="product-reviews"', buy], [productLd, 'class="pdp-review"', '']]) {
      const { text, reviews: hidden } = extract(head!, `<div class="description">${description}</div>${button}${reviews(attributes!)}`);
      expect(text).toContain('Detail 5 of the pack');
      expect(text).not.toContain('Verified Buyer');
      expect(hidden).toEqual([expect.stringMatching(/^Customer reviews/)]);
    }
  });

  it('hides reviews that say only stars when each says it is a review (IKEA), not a box of two, not on an article', () => {
    const starred = (n: number) => `<div class="seo-reviews__review"><span class="seo-reviews__review-title">Sturdy shelf ${n}</span>
      <span>Reviewer ${n}</span><p>Easy to put together and it holds all my records without a wobble, even the heavy box sets.</p><span>5</span></div>`;
    const list = (n: number) => `<div class="seo-reviews"><h2>Reviews</h2><div class="seo-reviews__reviews">${Array.from({ length: n }, (_, i) => starred(i)).join('')}</div></div>`;
    const { text, reviews: hidden } = extract(productLd, `<div class="description">${description}</div>${list(8)}`);
    expect(text).toContain('Detail 5 of the pack');
    expect(text).not.toContain('Sturdy shelf');
    expect(hidden).toEqual([expect.stringMatching(/^Reviews ?Sturdy shelf 0/)]);
    // Two are not a list of them (and under 700 characters).
    expect(extract(productLd, `<div class="description">${description}</div>${list(2)}`).reviews).toEqual([]);
    // Nor on a page that calls itself an article: a service's testimonials, its Product item only there for its stars.
    const article = `<meta property="og:type" content="article">${productLd}`;
    expect(extract(article, `<div class="description">${description}</div>${list(8)}`).reviews).toEqual([]);
    // Nor reviews whose names say nothing: the block's talk decides, as before.
    const unnamed = list(8).replaceAll('seo-reviews__review"', 'item"');
    expect(extract(productLd, `<div class="description">${description}</div>${unnamed}`).reviews).toEqual([]);
  });

  it('keeps reviews on a page that is no product\'s: a review article is the review, a service\'s reviews are its own', () => {
    for (const body of [`<div class="review">${description}${[5, 4, 3].map(review).join('')}</div>`, `${description}${reviews('class="reviews-section"')}`]) {
      const { text, reviews: hidden } = extract('', body);
      expect(text).toContain('Verified Buyer');
      expect(hidden).toEqual([]);
    }
  });

  it('keeps a rating\'s summary (the product\'s facts) and a review box that holds the page', () => {
    const summary = '<div id="user_reviews"><p>Very Positive (3,065) - 89% of the 3,065 user reviews in the last 30 days are positive.</p><p>All Reviews: Very Positive (88,542)</p></div>';
    expect(extract(productLd, `${description}${summary}`).text).toContain('89% of the 3,065 user reviews');
    const { text } = extract(productLd, `<div class="product-reviews-wrapper">${description}${description}${description}${[5, 4].map(review).join('')}</div>`);
    expect(text).toContain('Detail 5 of the pack');
  });
});
