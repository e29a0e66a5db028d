import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';

// A buying guide: its intro sits in a "story-header" block (which Readability strips as unlikely), its picks below.
const intro = [
  'So you have decided to give your kitchen a refresh, but the hundreds of cabinet finishes and counter materials make it hard to know where a sensible plan should begin.',
  'Hiring a designer for a full remodel costs more than most households want to spend, which is why online design services have become a popular middle ground in the last few years.',
  'Most of them start with a questionnaire about your taste and budget, pair you with a designer over video calls, and finish with a plan and a shopping list you can follow at your own pace.',
];
const picks = Array.from({ length: 8 }, (_, i) => ({
  name: `Studio ${String.fromCharCode(65 + i)}`,
  text: `Studio ${String.fromCharCode(65 + i)} is our pick number ${i + 1} because its designers answered every question within a day, its plans came with measured drawings for the whole room, and its prices stayed within the budget we set at the start of the test in spring.`,
}));
const links = (n: number) => Array.from({ length: n }, (_, i) => `<li><a href="/section-${i}">Section ${i}</a></li>`).join('');

function guide(withPublishedText: boolean): string {
  const articleBody = [...intro, ...picks.map((pick) => pick.text)].join('\n');
  const ld = withPublishedText
    ? `<script type="application/ld+json">${JSON.stringify({ '@type': 'Article', headline: 'The best online kitchen design services', articleBody })}</script>`
    : '';
  return `<!doctype html><html lang="en"><head><title>The best online kitchen design services</title>${ld}</head><body>
    <nav><ul>${links(10)}</ul></nav>
    <div class="listicle-container">
      <div class="story-header"><h1>The best online kitchen design services</h1>${intro.map((p) => `<p>${p}</p>`).join('')}</div>
      <div class="listicle-body">${picks.map((pick) => `<div class="listicle-slide"><h2>${pick.name}</h2><p>${pick.text}</p></div>`).join('')}</div>
    </div>
    <footer><ul>${links(6)}</ul><p>Copyright the publisher.</p></footer></body></html>`;
}

function extract(html: string) {
  const { window } = new JSDOM(html, { url: 'https://magazine.example/kitchen-design-services' });
  return extractArticle(window.document, { url: window.location.href, window: window as never });
}

describe('the publisher\'s text longer than the pick (JSON-LD articleBody)', () => {
  it('is a page Readability reads without its intro', () => {
    const { window } = new JSDOM(guide(true));
    const text = new Readability(window.document).parse()?.textContent ?? '';
    expect(text).toContain(picks[7]!.text);
    expect(text).not.toContain(intro[0]);
  });

  it('grows the pick to the element that holds the whole published text', () => {
    const result = extract(guide(true));
    if (!result.ok) throw new Error(result.message);
    expect(result.chosen).toBe('best-subtree');
    for (const paragraph of [...intro, picks[0]!.text, picks[7]!.text]) expect(result.text).toContain(paragraph);
    expect(result.text).not.toContain('Section 3');
    expect(result.text).not.toContain('Copyright');
  });

  it('without the published text, the pick stays as Readability made it, its opening put back from the header box', () => {
    const result = extract(guide(false));
    if (!result.ok) throw new Error(result.message);
    expect(result.chosen).toBe('readability');
    // The intro in a block named a header comes back as the article's opening (article-opening.ts), once, before the picks.
    expect(result.text.startsWith(`${intro.join('\n')}\n${picks[0]!.name}`)).toBe(true);
  });
});
