import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dropFooters } from '../../src/extract/page-chrome';
import type { RemovedItem } from '../../src/extract/types';

describe('dropFooters', () => {
  it("takes every footer out of the scorer's best subtree, as Readability does from its pick, and lists it (WCXB 3064)", () => {
    const notes = Array.from({ length: 3 }, (_, n) => `<li><small>${n + 1}. Financing available to qualified customers.</small></li>`).join('');
    const body = new JSDOM(`<body><main><article><p>The council voted on Tuesday.</p><footer>Filed under Politics</footer></article></main>
      <footer role="contentinfo"><h2>Apple Footer</h2><ul>${notes}</ul><footer>Copyright</footer></footer></body>`).window.document.body;
    const removed: RemovedItem[] = [];
    dropFooters(body, removed);
    expect(body.textContent!.replace(/\s+/g, ' ').trim()).toBe('The council voted on Tuesday.');
    expect(removed.map((item) => [item.rule, item.sample.slice(0, 12)])).toEqual([['boilerplate', 'Filed under '], ['boilerplate', 'Apple Footer']]);
  });

  it("and the page's sidebar, when the pick holds one (XenForo's p-body-sidebar, WCXB 0528), not a column the article is in", () => {
    const post = (n: number) => `<article class="message"><p>Reply ${n}: I bought one of the newer projectors this year and returned it, the blacks were grey.</p></article>`;
    const body = new JSDOM(`<body><div class="p-body-inner"><div class="p-body-main">${[1, 2, 3, 4, 5].map(post).join('')}</div>
      <div class="p-body-sidebar"><div class="sidebar-block"><h3>Our Vendors</h3><a href="/business/directory">View All</a></div>
      <div class="sidebar-user-widget"><h3>Top Contributors this Month</h3><a href="/members/1">WilliamR</a></div></div></div></body>`).window.document.body;
    const removed: RemovedItem[] = [];
    dropFooters(body, removed);
    expect(body.textContent).toContain('Reply 5');
    expect(body.textContent).not.toMatch(/Vendors|Contributors/);
    expect(removed.map((item) => [item.rule, item.sample.slice(0, 11)])).toEqual([['related', 'Our Vendors']]);

    const layout = new JSDOM(`<body><div class="has-sidebar"><main>${post(1)}</main></div><div class="content-sidebar">${post(2).repeat(3)}</div>
      <aside class="sidebar"><p>Reply 3 and more in our most read threads</p></aside></body>`).window.document.body;
    dropFooters(layout, []);
    expect(layout.textContent).toMatch(/Reply 1[\s\S]*Reply 2/);
    expect(layout.textContent).not.toContain('Reply 3');
  });

  it("and the page's header outside any story (a shop's contact box, WCXB 0645), not one holding the title or a story's", () => {
    const card = (name: string) => `<li><a href="/${name}"><h3>Barbecue Gaz ${name}</h3></a><p>Our ${name} grills, from 349 euros, in stock.</p></li>`;
    const body = new JSDOM(`<body><header id="header" class="c-header"><div>Contactez un de nos conseillers</div><a href="tel:0359554040">03 59 55 40 40</a>
      <p>Lundi au vendredi 9h à 17h</p></header><div><header><h2>Barbecue Gaz</h2></header><ul>${['Weber', 'Napoleon', 'Plancha', 'Campingaz'].map(card).join('')}</ul>
      <article><header><p>Guide by the shop</p></header><p>How we pick the grills we sell, and why.</p></article>
      <section><header><svg></svg><div>Most Read</div></header><ol><li><a href="/a">Satellite firm pauses imagery</a></li></ol></section></div></body>`).window.document.body;
    const removed: RemovedItem[] = [];
    dropFooters(body, removed);
    expect(body.textContent).not.toMatch(/Contactez|Lundi/);
    expect(removed.map((item) => item.rule)).toEqual(['navigation']);
    // A section's header that labels a rail stays for the rail's rule, which takes both.
    for (const line of ['Barbecue Gaz Campingaz', 'Guide by the shop', 'Most Read']) expect(body.textContent).toContain(line);

    const titled = new JSDOM(`<body><header><h1>Barbecue à gaz</h1></header><ul>${card('Weber')}${card('Napoleon')}</ul></body>`).window.document.body;
    dropFooters(titled, []);
    expect(titled.textContent).toContain('Barbecue à gaz');
  });
});
