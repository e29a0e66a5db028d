import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { headingButtonsAsText, isPanelToggle, unfoldAccordions } from '../../src/extract/accordions';
import { isHidden } from '../../src/extract/hidden-elements';

const doc = (body: string) => new JSDOM(`<body>${body}</body>`).window.document;
const answer = 'Most homeowners see their first savings on the bill after the utility approves the interconnection, a few weeks later.';

describe('unfoldAccordions', () => {
  it('shows a closed panel of prose after its toggle, the question kept as text of its heading', () => {
    const d = doc(`<h3><button aria-expanded="false" aria-controls="a1">When will I save?</button></h3><div id="a1" hidden><p>${answer}</p></div>
      <a role="button" aria-controls="a2"><span role="heading" aria-level="3">1. Understand your bill</span></a>
      <div id="a2" style="display:none;" role="region"><p>${answer}</p></div>`);
    unfoldAccordions(d);
    expect(isHidden(d.getElementById('a1')!)).toBe(false);
    expect(isHidden(d.getElementById('a2')!)).toBe(false);
    expect(d.querySelector('h3')!.outerHTML).toBe('<h3><span>When will I save?</span></h3>');
    expect(d.querySelectorAll('h3')[1]?.outerHTML).toBe('<h3><span role="heading" aria-level="3">1. Understand your bill</span></h3>');
  });

  it('finds each toggle\'s own panel where the page repeats ids from one accordion to the next', () => {
    const item = (step: string) => `<div class="list"><div><a role="button" aria-controls="item_0"><span>${step}</span></a></div>
      <div id="item_0" style="display:none;"><p>${answer}</p></div></div>`;
    const d = doc(`<section>${item('1. Understand your bill')}</section><section>${item('1. Engineering site visit')}</section>`);
    unfoldAccordions(d);
    expect(Array.from(d.querySelectorAll('[id="item_0"]'), isHidden)).toEqual([false, false]);
    expect(Array.from(d.querySelectorAll('p > span'), (label) => label.textContent)).toEqual(['1. Understand your bill', '1. Engineering site visit']);
  });

  it('opens a panel hidden by a wrapper of its own (Chakra UI), and the block after a toggle that names no panel', () => {
    const d = doc(`<h2><button aria-expanded="false" aria-controls="p1"><span>Which is the best EV?</span></button></h2>
      <div class="chakra-collapse" style="overflow:hidden;display:none;opacity:0;height:0px"><div role="region" id="p1"><p>${answer}</p></div></div>
      <h3><button aria-expanded="false"><p>Weight</p></button></h3><div aria-hidden="true" hidden><p>${answer}</p></div>
      <p><button aria-expanded="false">Share</button></p><div hidden><a href="/a">A link</a> <a href="/b">Another link</a></div>`);
    unfoldAccordions(d);
    expect(isHidden(d.querySelector('.chakra-collapse')!)).toBe(false);
    expect(d.querySelector('h3 + div')!.hasAttribute('hidden')).toBe(false);
    expect(d.querySelector('h3 + div')!.hasAttribute('aria-hidden')).toBe(false);
    expect(d.querySelector('p + div')!.hasAttribute('hidden')).toBe(true);
    expect(Array.from(d.querySelectorAll('h2, h3'), (h) => h.textContent)).toEqual(['Which is the best EV?', 'Weight']);
  });

  it('leaves menus, link lists, forms, loading panels, comment threads and panels already shown as they are', () => {
    const links = Array.from({ length: 6 }, (_, i) => `<li><a href="/s/${i}">Section number ${i}</a></li>`).join('');
    const d = doc(`<nav><button aria-expanded="false" aria-controls="m1">Menu</button><div id="m1" hidden><p>${answer}</p></div></nav>
      <button aria-expanded="false" aria-controls="m2">Topics</button><ul id="m2" hidden>${links}</ul>
      <button aria-expanded="false" aria-controls="m3">Search</button><div id="m3" hidden><p>${answer}</p><input name="q"></div>
      <button aria-expanded="false" aria-controls="m4">More answers</button><div id="m4" hidden>Loading more answers…</div>
      <button aria-expanded="false" aria-controls="m5">Shown already</button><div id="m5"><p>${answer}</p></div>
      <button aria-expanded="false" aria-controls="m6">Show 12 comments</button><div id="m6" hidden><p>${answer}</p></div>
      <button aria-expanded="false" aria-controls="m7">Show more</button><div id="m7" class="article-comments" hidden><p>${answer}</p></div>`);
    unfoldAccordions(d);
    for (const id of ['m1', 'm2', 'm3', 'm4', 'm6', 'm7']) expect(isHidden(d.getElementById(id)!)).toBe(true);
    expect(d.querySelectorAll('button')).toHaveLength(7);
  });
});

describe('headingButtonsAsText', () => {
  it('turns a heading\'s button into its text, and a heading that was a button stays known as a toggle, aria-expanded or not', () => {
    const d = doc(`<h3 id="t"><button aria-expanded="false" aria-controls="p">Desk type</button></h3><div id="p" role="region" hidden></div>
      <h3 id="c"><button class="text-start">In the Box</button></h3><h3 id="w">Plain heading <button aria-expanded="true">i</button></h3>
      <h3 id="h">Plain heading</h3>`);
    headingButtonsAsText(d.body);
    expect(d.querySelectorAll('button')).toHaveLength(1);
    expect(d.getElementById('t')!.textContent).toBe('Desk type');
    expect(isPanelToggle(d.getElementById('t')!)).toBe(true);
    // Logitech's drawers open from such buttons, their script adding aria-expanded later (WCXB 4062).
    expect(isPanelToggle(d.getElementById('c')!)).toBe(true);
    expect(isPanelToggle(d.getElementById('h')!)).toBe(false);
    // A small button beside a heading's words stays a button (and says what it opens).
    expect(isPanelToggle(d.getElementById('w')!)).toBe(true);
  });
});
