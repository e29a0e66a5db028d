import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeHoverCards } from '../../src/extract/hover-cards';
import type { RemovedItem } from '../../src/extract/types';

function run(html: string) {
  // Detached, as Readability's article is.
  const root = new JSDOM(`<body><div id="root">${html}</div></body>`).window.document.getElementById('root')!;
  root.remove();
  const removed: RemovedItem[] = [];
  removeHoverCards(root, removed);
  return { text: root.textContent!.replace(/\s+/g, ' ').trim(), removed };
}

const card = `<span class="card"><img src="/aoc.jpg" width="100" height="100" alt=""><a href="/people/aoc">Alexandria Ocasio-Cortez</a>
  <a href="/story/1">Sanders doubles down on Bolivia 'coup'</a> <a href="/story/2">Hillicon Valley: Progressives oppose funding bill</a>
  <a href="/people/aoc">MORE</a></span>`;

describe('removeHoverCards', () => {
  it('takes out the card a name in the text opens on hover, and keeps the sentence whole', () => {
    const { text, removed } = run(`<p>Rep. <span><a href="/people/aoc">Alexandria Ocasio-Cortez</a>${card}</span> (D-N.Y.) linked the incident to the comments.</p>`);
    expect(text).toBe('Rep. Alexandria Ocasio-Cortez (D-N.Y.) linked the incident to the comments.');
    expect(removed.map((item) => item.rule)).toEqual(['related']);
  });

  it('knows the card by the name\'s address beside a photo when it gives the name in full', () => {
    const full = card.replace('>Alexandria Ocasio-Cortez<', '>Alexandria Ocasio-Cortez of New York<');
    const { text, removed } = run(`<p>Rep. <a href="/people/aoc">Alexandria Ocasio-Cortez</a>${full} (D-N.Y.) linked the incident to the comments.</p>`);
    expect(text).toBe('Rep. Alexandria Ocasio-Cortez (D-N.Y.) linked the incident to the comments.');
    expect(removed).toHaveLength(1);
  });

  it('keeps links that follow each other in prose, lists of links after a link outside prose, a shop grid\'s cards and a collapsed list\'s overflow', () => {
    const prose = `<p>See <a href="/a">the report</a> <span><a href="/a">report</a>, which cites <a href="/b">one study</a> and <a href="/c">another</a></span> for more.</p>`;
    const rail = `<div><a href="/people/aoc">Profile</a><div><a href="/people/aoc">AOC</a><a href="/s/1">One</a><a href="/s/2">Two</a></div></div>`;
    const grid = `<ul><li><p><a href="/p/1">Theo of Golden</a><span><a href="/a/levi">Allen Levi</a> <a href="/p/1">4.7 out of 5 stars</a>
      <a href="/p/1/paperback">Paperback $14.98</a></span></p></li></ul>`;
    const overflow = `<p><b>Includes 12 items:</b> <a href="/app/1">Racing Car Pack</a>, <a href="/app/2">American Automotive </a><span><a href="/app/2">Car Pack</a>,
      <a href="/app/3">Fast X Car Pack</a>, <a href="/app/4">Lucky Stars Car Pack</a></span></p>`;
    const { removed } = run(prose + rail + grid + overflow);
    expect(removed).toEqual([]);
  });
});
