import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { itemizeBareLists, spaceDividers, spaceHeadingWords, spaceRowItems } from '../../src/extract/glued-labels';

const body = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body;
const texts = (root: Element, selector: string) => Array.from(root.querySelectorAll(selector), (el) => el.textContent);

describe('words set apart by the page\'s style sheet alone', () => {
  it('are spaced in a heading: a field\'s name and type in boxes styled apart (Stripe, WCXB 0680)', () => {
    const root = body('<h4><div><span class="rs-2"><span class="as-71"><span>amount</span></span><span class="as-65">integer</span></span></div></h4>'
      + '<h4><span class="a">balance_transaction</span><span class="b">nullable string</span><span class="c">Expandable</span></h4>');
    spaceHeadingWords(root);
    expect(texts(root, 'h4')).toEqual(['amount integer', 'balance_transaction nullable string Expandable']);
  });

  it('are spaced in a heading: a headline\'s words and its subtitle\'s box (AlternativeTo, WCXB 2976)', () => {
    const root = body('<h1>The Best Notion Alternatives<span class="block">Top Note-taking Tools like Notion</span></h1>');
    spaceHeadingWords(root);
    expect(root.querySelector('h1')!.textContent).toBe('The Best Notion Alternatives Top Note-taking Tools like Notion');
  });

  it('are spaced in a heading: a sentence\'s end and a styled box that starts with a capital (NBC Select, WCXB 4472), not a version', () => {
    const root = body('<h3>Selected.<span class="styles_subtitle">Our top picks</span></h3><h3>Node v20.<span class="x">x</span></h3>'
      + '<h3>Done.<span>Next</span></h3><h3>Step 1: <span class="a">Plan</span></h3>');
    spaceHeadingWords(root);
    expect(texts(root, 'h3')).toEqual(['Selected. Our top picks', 'Node v20.x', 'Done.Next', 'Step 1: Plan']);
  });

  it('are not spaced within a word\'s runs of one style, a letter\'s box, unstyled boxes or outside headings', () => {
    const root = body('<h3><span class="NormalTextRun BCX0">Securi</span><span class="NormalTextRun BCX0">ng </span><span class="NormalTextRun BCX0">Complex Ecosystems</span></h3>'
      + '<h2><span class="cap">W</span><span class="rest">ord</span></h2><h3><span>amount</span><span>integer</span></h3>'
      + '<p><span class="a">amount</span><span class="b">integer</span></p><h3><em>Java</em><em>Script</em></h3><h3>Java<span class="accent">Script</span> today</h3>');
    spaceHeadingWords(root);
    expect(Array.from(root.children, (el) => el.textContent)).toEqual(['Securing Complex Ecosystems', 'Word', 'amountinteger', 'amountinteger', 'JavaScript', 'JavaScript today']);
  });

  it('are spaced in a row of items alike, all a box holds (IMDb\'s year, length and rating, WCXB 2906), not a word\'s runs or letters', () => {
    const item = (text: string) => `<span class="sc-6 cli-title-metadata-item">${text}</span>`;
    const root = body(`<div id="row">${['1994', '2h 22m', 'R'].map(item).join('')}</div>
      <p><span class="NormalTextRun">Securi</span><span class="NormalTextRun">ng</span> the site</p>
      <div id="letters">${['H', 'e', 'l', 'l', 'o'].map((letter) => `<span class="char">${letter}</span>`).join('')}</div>`);
    spaceRowItems(root);
    expect(root.querySelector('#row')!.textContent).toBe('1994 2h 22m R');
    expect(root.querySelector('p')!.textContent).toBe('Securing the site');
    expect(root.querySelector('#letters')!.textContent).toBe('Hello');
  });

  it('are spaced about an empty box drawn as a divider between boxes of words (iFixit\'s rating, WCXB 2982), not inside a word', () => {
    const root = body(`<a id="rating"><span>4.9</span><span class="h-4 w-px bg-gray-300"></span><span>358 reviews</span></a>
      <p id="word">Java<span class="caret"></span>Script</p>`);
    spaceDividers(root);
    expect(root.querySelector('#rating')!.textContent).toBe('4.9 358 reviews');
    expect(root.querySelector('#word')!.textContent).toBe('JavaScript');
  });

  it('make a list\'s links its items where the page wrote none', () => {
    const root = body('<ul><a href="/create">POST /v1/charges</a><a href="/retrieve">GET /v1/charges/:id</a></ul><ul><li>One</li><a href="/x">Two</a></ul>');
    itemizeBareLists(root);
    const [endpoints, mixed] = Array.from(root.querySelectorAll('ul'));
    expect(Array.from(endpoints!.children, (li) => `${li.tagName} ${li.textContent}`)).toEqual(['LI POST /v1/charges', 'LI GET /v1/charges/:id']);
    expect(mixed!.children[1]!.tagName).toBe('A');
  });
});
