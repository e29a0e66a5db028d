import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dropEmptyHeadingRuns } from '../../src/extract/empty-headings';
import { headingButtonsAsText } from '../../src/extract/accordions';
import { blockText } from '../../src/extract/text';
import type { RemovedItem } from '../../src/extract/types';
import { prose } from './declutter-helpers';

function declutter(html: string): { text: string; removed: RemovedItem[] } {
  const root = new JSDOM(`<body><div id="root">${html}</div></body>`).window.document.getElementById('root')!;
  const removed: RemovedItem[] = [];
  dropEmptyHeadingRuns(root, removed);
  return { text: blockText(root), removed };
}

const filter = (name: string) =>
  `<div><h3><button aria-expanded="false">${name}<svg viewBox="0 0 24 24" aria-hidden="true"><path d="m6 9 6 6 6-6"></path></svg></button></h3><div role="region"><div></div></div></div>`;

describe('headings with nothing under them', () => {
  it('drops a shop\'s filters whose panels its script fills, as one item where a box holds them alone', () => {
    const { text, removed } = declutter(`${prose}<aside>${['Desk type', 'Desktop shape', 'Desktop width', 'Frame color'].map(filter).join('')}</aside>${prose}`);
    expect(text).not.toMatch(/Desk type|Desktop shape|Frame color/);
    expect(removed.filter((item) => item.rule === 'form').map((item) => item.sample)).toEqual(['Desk type Desktop shape Desktop width Frame color']);
    expect(text).toContain('The mayor, who had championed');
  });

  it('drops them one by one where their box holds more, and keeps the box\'s own text', () => {
    const { text, removed } = declutter(`${prose}<aside><h3>Sort by: Featured</h3><p>Showing 12 standing desks for home and office use</p>
      ${['Desk type', 'Desktop shape', 'Frame color'].map(filter).join('')}</aside>${prose}`);
    expect(removed.filter((item) => item.rule === 'form')).toHaveLength(3);
    expect(text).toContain('Showing 12 standing desks');
  });

  it('drops headings drawn as buttons without aria-expanded over drawers the script fills, sharing one box (WCXB 4062)', () => {
    const root = new JSDOM(`<body><div id="root">${prose}<div class="grid">${['Specs and Compatibility', 'In the Box', 'Software and Support']
      .map((name) => `<h2><button class="text-start">${name}</button></h2>`).join(' ')}</div><div><h2>Kept</h2><h2>Plain</h2><h2>Headings</h2></div>${prose}</div></body>`)
      .window.document.getElementById('root')!;
    const removed: RemovedItem[] = [];
    headingButtonsAsText(root);
    dropEmptyHeadingRuns(root, removed);
    expect(removed.map((item) => item.sample)).toEqual(['Specs and Compatibility In the Box Software and Support']);
    expect(blockText(root)).toContain('Plain');
  });

  it('keeps cards and table headings alone in their boxes, an FAQ\'s questions, two empty headings, headings that link or over a picture', () => {
    const html = `${prose}<h2>Part one</h2><h3>The vote</h3>${prose}<h3>Costs</h3><h3>Benefits</h3>${prose}
      <div><div class="card"><h2>Toolkit for Tutoring</h2></div><div class="card"><h2>District Playbook</h2></div><div class="card"><h2>Resource Library</h2></div></div>
      <table><tr><td><h4>Ingredients</h4></td><td><h4>Per person</h4></td><td><h4>For two</h4></td></tr></table>
      ${['Can I freeze it?', 'How long does it keep?', 'Is it vegan?'].map(filter).join('')}
      <h3><a href="/a">First story</a></h3><h3><a href="/b">Second story</a></h3><h3><a href="/c">Third story</a></h3>
      <h3>Before</h3><img src="/before.jpg" alt=""><h3>During</h3><img src="/during.jpg" alt=""><h3>After</h3><img src="/after.jpg" alt="">`;
    const { text, removed } = declutter(html);
    for (const line of ['Part one', 'The vote', 'Costs', 'Benefits', 'First story', 'Third story', 'Before', 'After', 'District Playbook',
      'Per person', 'How long does it keep?']) expect(text).toContain(line);
    expect(removed.filter((item) => item.rule === 'form')).toEqual([]);
  });
});
