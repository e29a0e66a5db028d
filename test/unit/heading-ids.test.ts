import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../src/extract/extract-article';

const sentence = (topic: string, i: number) => `Point ${i} about ${topic}: a maintainer reads many patches a day, and a patch that explains `
  + 'itself, with a clear changelog and a short subject line, is the one that gets read first and merged soonest.';
const section = (id: string, heading: string) => `<section id="${id}"><h2>${heading}<a class="headerlink" href="#${id}">¶</a></h2>`
  + `<p>${sentence(heading, 1)} ${sentence(heading, 2)}</p></section>`;

function extract(body: string) {
  const { window } = new JSDOM(`<html><head><title>Submitting patches</title></head><body><div class="document"><div itemprop="articleBody">
    <h1>Submitting patches</h1>${body}</div></div></body></html>`, { url: 'https://docs.example.org/process/submitting-patches.html' });
  return extractArticle(window.document, { url: window.document.URL, window: window as unknown as Window & typeof globalThis });
}

describe("a section's id written from its heading's words", () => {
  it('keeps a section whose id reads as clutter to Readability ("respond-to-review-comments", WCXB 2874), with its id', () => {
    const result = extract([
      section('describe-your-changes', 'Describe your changes'),
      section('respond-to-review-comments', 'Respond to review comments'),
      section('s-meta-and-extra-tags', 'Meta and extra tags'),
      section('select-the-recipients', 'Select the recipients'),
    ].join(''));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain('Point 2 about Respond to review comments');
    expect(result.text).toContain('Point 1 about Meta and extra tags');
    // Kept for the page's own links to it, under the sanitizer's prefix.
    expect(result.content.querySelector('#user-content-respond-to-review-comments')).not.toBeNull();
    expect(result.content.querySelector('[data-cp-id]')).toBeNull();
  });

  it('keeps a heading whose own id reads as clutter ("4-sociallyin" over "4. Sociallyin", WCXB 0166), with its id', () => {
    const entry = (n: number, name: string) => `<h3 id="${n}-${name.toLowerCase().replace(/ /g, '-')}">${n}. <a href="https://${n}.example">${name}</a></h3>
      <p>${sentence(name, n)}</p>`;
    const result = extract([entry(1, 'NoGood'), entry(2, 'Lyfe Marketing'), entry(3, 'Sociallyin'), entry(4, 'Social Media 55')].join(''));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Array.from(result.content.querySelectorAll('h3'), (h) => h.textContent)).toEqual(['1. NoGood', '2. Lyfe Marketing', '3. Sociallyin', '4. Social Media 55']);
    expect(result.content.querySelector('#user-content-3-sociallyin')).not.toBeNull();
  });

  it('leaves the id of a block whose heading names a rail or comments: that block is what its name says', () => {
    const rail = '<div id="related-topics"><h2>Related topics</h2><ul><li><a href="/a">How to review a patch</a></li>'
      + '<li><a href="/b">Kernel coding style</a></li><li><a href="/c">Email clients</a></li></ul></div>';
    const result = extract([section('describe-your-changes', 'Describe your changes'), section('select-the-recipients', 'Select the recipients'), rail].join(''));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).not.toContain('Kernel coding style');
  });
});
