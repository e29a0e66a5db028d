import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dropListNumbers } from '../../src/extract/list-numbers';

const after = (html: string) => {
  const body = new JSDOM(`<body>${html}</body>`).window.document.body;
  dropListNumbers(body);
  return Array.from(body.querySelectorAll('li'), (li) => li.textContent!.replace(/\s+/g, ' ').trim());
};

const lists = (html: string) => {
  const body = new JSDOM(`<body>${html}</body>`).window.document.body;
  dropListNumbers(body);
  return Array.from(body.querySelectorAll('ol, ul'), (list) => list.tagName).join(' ');
};

describe("an ordered list's own numbers", () => {
  it('go when every item opens with its number apart, in the order the markers count (WCXB 2920)', () => {
    expect(after(`<ol><li><div><span class="badge">#1</span></div><a href="/a">Blink plan</a> $11.99</li>
      <li><div><span class="badge">#2</span></div><a href="/b">EarPods</a> $16.14</li></ol>`)).toEqual(['Blink plan $11.99', 'EarPods $16.14']);
    expect(after('<ol start="4"><li><b>4.</b> Rome</li><li><b>5.</b> Oslo</li></ol>')).toEqual(['Rome', 'Oslo']);
  });

  it('stay, on a plain list, when the page counts otherwise than the markers would (an item skipped)', () => {
    const skipped = '<ol><li><span>#26</span> Rome</li><li><div><a href="/27"> </a></div></li><li><span>#28</span> Oslo</li><li><span>#29</span> Lima</li></ol>';
    expect(after(skipped), 'an empty item goes').toEqual(['#26 Rome', '#28 Oslo', '#29 Lima']);
    expect(lists(skipped)).toBe('UL');
  });

  it('stay when they are not the markers\' count, are part of the words, or some item has none', () => {
    expect(after('<ol><li><b>#3</b> Rome</li><li><b>#1</b> Oslo</li></ol>')).toEqual(['#3 Rome', '#1 Oslo']);
    expect(lists('<ol><li><b>#3</b> Rome</li><li><b>#1</b> Oslo</li></ol>')).toBe('OL');
    expect(after('<ol><li><h3>1. CES</h3></li><li><h3>2. MWC</h3></li></ol>')).toEqual(['1. CES', '2. MWC']);
    expect(after('<ol><li><b>1</b> Rome</li><li>Oslo</li></ol>')).toEqual(['1 Rome', 'Oslo']);
    expect(after('<ol reversed><li><b>2</b> Rome</li><li><b>1</b> Oslo</li></ol>')).toEqual(['2 Rome', '1 Oslo']);
    expect(after('<ul><li><b>1</b> Rome</li><li><b>2</b> Oslo</li></ul>'), 'bullets say no number').toEqual(['1 Rome', '2 Oslo']);
  });
});
