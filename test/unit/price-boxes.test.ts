import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removePriceBoxes } from '../../src/extract/price-boxes';
import type { RemovedItem } from '../../src/extract/types';
import { blockText } from '../../src/extract/text';

const skim = (shop: string) => `https://go.skimresources.com?id=111346X1&url=${encodeURIComponent(`https://${shop}/`)}`;
// Foundry's price comparison under each pick of PCWorld's guides (WCXB 0212).
const widget = (product: string, shop: string, amount: string) => `<div class="product-chart-item__information">
  <div class="product-chart-item__pricing-details"><span>Best Prices Today:</span><div class="price-comparison">
  <div><span>Retailer</span><span>Price</span></div><div class="price-comparison__record"><span>${product}</span>
  <span>${amount}</span><a href="${skim(shop)}"><img src="/static/img/amazon-logo.svg" alt="amazon">View Deal</a></div><p>Check Price comparison from over 24,000 stores worldwide</p>
  </div></div></div>`;

function prune(html: string) {
  const doc = new JSDOM(`<body><article>${html}</article></body>`).window.document;
  const removed: RemovedItem[] = [];
  removePriceBoxes(doc.body, removed);
  return { text: blockText(doc.body).replace(/\s+/g, ' ').trim(), removed };
}

describe('boxes of shop prices behind affiliate links', () => {
  it('removes a price comparison with its label, a box at a time', () => {
    const { text, removed } = prune(`<h2>YouTube TV – Best overall</h2><ul><li>Simple interface</li></ul>${widget('YouTube TV', 'tv.youtube.com', '$82.99')}
      <h2>Hulu + Live TV</h2>${widget('Hulu.com', 'hulu.com', '$89.99')}<p>Hulu's cloud DVR service lets you save an unlimited number of shows.</p>`);
    expect(text).toBe("YouTube TV – Best overall Simple interface Hulu + Live TV Hulu's cloud DVR service lets you save an unlimited number of shows.");
    expect(removed.map((item) => [item.rule, item.sample.slice(0, 20)])).toEqual([['ad', 'Best Prices Today: R'], ['ad', 'Best Prices Today: R']]);
  });

  it('keeps a sentence that names a price beside its link (a link in a phrase of it too), a shop\'s own price box, a box with no price, a heading\'s spec line and a product\'s card with its photo', () => {
    const { text, removed } = prune(`<p>The camera sells for $199 at <a href="https://amzn.to/3xYz">Amazon</a> this week.</p>
      <div class="deal">The camera sells for $199 at <a href="${skim('bestbuy.com')}">Best Buy</a> this week, its lowest price yet.</div>
      <div class="buy"><span>$168.00</span><a href="https://shop.example/cart/add/41">Add to cart</a></div>
      <div class="links"><a href="${skim('bestbuy.com')}">Best Buy</a> <a href="https://amzn.to/3xYz">Amazon</a></div>
      <div>Amazon matches B&amp;H with <strong><a href="https://www.amazon.com/dp/B0C?tag=site-20">prices as low as $2,299</a></strong>.</div>
      <h4><em>1-4 Players • Ages 14+ • $120</em><a href="https://www.amazon.com/dp/B0D?tag=site-20"><img src="copy.png" alt=""></a></h4>
      <div class="card"><img src="https://cdn.example/vase.jpg" alt="Glass vase"><span>Cloudnola vase, set of 2</span><a href="https://amzn.to/9v">$75 at Amazon</a></div>`);
    expect(text).toMatch(/\$199 at Amazon[^]*lowest price yet\. \$168\.00 ?Add to cart Best Buy Amazon Amazon matches B&H with prices as low as \$2,299\. 1-4 Players • Ages 14\+ • \$120 ?Cloudnola vase, set of 2 ?\$75 at Amazon$/);
    expect(removed).toEqual([]);
  });
});
