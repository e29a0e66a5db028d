import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { findGuideEntries, restoreGuideEntries } from '../../src/extract/guide-entries';

// A ranking whose entries are boxes of one class (WCXB 0022, Menlo Coaching's top MBA programs): a heading, a
// paragraph, figures, and for some entries a long list of links, which make Readability drop those entries.
const schools = ['Harvard', 'Stanford', 'Wharton', 'Kellogg', 'Booth', 'Columbia', 'Sloan', 'Tuck'];
const links = (name: string) => `<h4>More on ${name}:</h4><ul>${[1, 2, 3, 4, 5].map((n) =>
  `<li><a href="/mba/${name.toLowerCase()}/guide-${n}/">The complete ${name} admissions guide, part ${n} of five</a></li>`).join('')}</ul>`;
const entry = (name: string, i: number) => `<div id="${name}" class="hub-item hub-item--wide"><h2>${i + 1}. ${name}</h2>
  <p>${name} is known for its academic rigor and a flexible curriculum, with students customizing nearly everything they study.</p>
  <ul class="stats"><li>Class size: ${300 + i}</li><li>Acceptance rate: ${10 + i}%</li></ul>${i % 3 === 1 ? '' : links(name)}</div>`;
const page = `<!doctype html><html><head><title>Top MBA Programs of 2025</title></head><body><main><h1>Top MBA Programs of 2025</h1>
  <p>Scroll on to learn everything you need to know about the best business schools in one convenient listing, school by school.</p>
  <div class="hub-items">${schools.map(entry).join('')}</div></main></body></html>`;

describe('a guide\'s entries of one class', () => {
  it('keeps every entry in order where the pick lost those heavy with links (first, middle and last)', () => {
    const doc = new JSDOM(page).window.document;
    const runs = findGuideEntries(doc.body);
    // Readability's pick: the entries' box without four of them (its conditional cleaning, on WCXB 0022 after it parsed
    // the page again: other nodes than the ones found).
    const pick = doc.createElement('div');
    pick.innerHTML = doc.querySelector('.hub-items')!.outerHTML;
    for (const name of ['Harvard', 'Wharton', 'Kellogg', 'Tuck']) pick.querySelector(`#${name}`)!.remove();
    expect(restoreGuideEntries(pick, runs)).toBe(4);
    expect(Array.from(pick.querySelectorAll('h2'), (h) => h.textContent)).toEqual(schools.map((name, i) => `${i + 1}. ${name}`));
    expect(pick.querySelector('[data-cp-entry]')).toBeNull();
  });

  it('leaves the reader\'s article without the marks, whichever pick is shown', () => {
    const result = extractArticle(new JSDOM(page, { url: 'https://coach.example/top-mba-programs/' }).window.document);
    expect(result.ok && Array.from(result.content.querySelectorAll('h2'), (h) => h.textContent)).toEqual(schools.map((name, i) => `${i + 1}. ${name}`));
    expect(result.ok && result.content.querySelector('[data-cp-entry]')).toBeNull();
  });

  it("copies the entries with absolute links, as Readability writes the links it keeps (the Markdown export's)", () => {
    const runs = findGuideEntries(new JSDOM(page, { url: 'https://coach.example/top-mba-programs/' }).window.document.body);
    const hrefs = runs.flat().flatMap((entry) => Array.from(entry.querySelectorAll('a'), (a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(schools.length);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/coach\.example\/mba\//);
  });

  it('puts nothing back where the pick kept none of a run, or all of it', () => {
    const doc = new JSDOM(page).window.document;
    const runs = findGuideEntries(doc.body);
    expect(runs.map((run) => run.length)).toEqual([schools.length]);
    const elsewhere = doc.createElement('div');
    expect(restoreGuideEntries(elsewhere, runs)).toBe(0);
    expect(restoreGuideEntries(doc.querySelector('.hub-items')!, runs)).toBe(0);
  });
});
