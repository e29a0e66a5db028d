import { describe, expect, it } from 'vitest';
import { declutter, prose } from './declutter-helpers';

const sections = ['Why it matters', 'What we tested', 'How to choose'];
const headings = sections.map((name, i) => `<h2 id="s${i}">${name}</h2>${prose}`).join('');
const links = sections.map((name, i) => `<li><a href="#s${i}">${name}</a></li>`).join('');

describe('declutter: the page\'s own table of contents', () => {
  it('removes a labelled list of links to the page\'s own headings, and keeps the headings', () => {
    const { text, removed } = declutter(`<div><p><strong>Table of Contents</strong></p><ul>${links}</ul></div>${headings}`);
    expect(text).not.toContain('Table of Contents');
    for (const name of sections) expect(text.split('\n').filter((line) => line === name)).toHaveLength(1);
    expect(removed.map((item) => item.rule)).toEqual(['contents']);
  });

  it('removes a label and the list after it, and a collapsible one in <details>', () => {
    const labelled = declutter(`${prose}<h2>In this article</h2><ol>${links}</ol>${headings}`);
    expect(labelled.text).not.toContain('In this article');
    expect(labelled.text.match(/What we tested/g)).toHaveLength(1);
    const folded = declutter(`<details><summary>Jump to section</summary><ul>${links}</ul></details>${headings}`);
    expect(folded.text).not.toContain('Jump to');
    expect(folded.text.match(/How to choose/g)).toHaveLength(1);
  });

  it('removes a label left over nothing (its list built by the page\'s script), but not a bare "Contents"', () => {
    expect(declutter(`<p>On this page:</p>${headings}`).text).not.toContain('On this page');
    // Singular too (expertsinyourhome's guide, WCXB 0354).
    expect(declutter(`<h2>Table of Content</h2>${prose}${headings}`).text).not.toContain('Table of Content');
    const box = declutter(`${prose}<h3>Contents</h3><p>One tent, two poles and a repair kit in a stuff sack.</p>`);
    expect(box.text).toContain('Contents');
  });

  it('keeps lists whose links lead elsewhere, or that are mostly text', () => {
    const elsewhere = sections.map((name, i) => `<li><a href="/guide/${i}">${name}</a></li>`).join('');
    expect(declutter(`${prose}<ul>${elsewhere}</ul>`).text).toContain('What we tested');
    const notes = sections.map((name, i) => `<li><a href="#s${i}">${name}</a> explains, in plain words and with examples, what the tests found.</li>`).join('');
    expect(declutter(`${prose}<ul>${notes}</ul>${headings}`).text).toContain('explains, in plain words');
  });

  it('keeps an unlabelled list of links to the sections: the article\'s own summary of them', () => {
    const { text } = declutter(`${prose}<p>These are the three questions the guide answers:</p><ul>${links}</ul>${headings}`);
    expect(text.match(/What we tested/g)).toHaveLength(2);
  });
});
