import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { headerByline } from '../../src/extract/byline';

// WCXB 0353 (an Elementor author box above the article): Readability takes the box's text as the byline, inner
// whitespace and all, and on the pass it keeps leaves the box in the article: "Liz Kenny / Former McKinsey Consultant"
// stood under the header that already named them.
const paragraphs = [
  'Are you ready to dive headfirst into the dynamic world of consulting, where every day brings new challenges and new clients?',
  'It is important to understand the pros and cons of consulting before committing to this career for a few years.',
  'Consultants work long hours, travel most weeks and learn a great deal about many industries in a short time.',
];
const html = `<!doctype html><html><head><title>Pros and cons of consulting</title></head><body>
<header><nav><a href="/">Home</a> <a href="/about">About</a></nav></header>
<main><h1>Pros and cons of consulting</h1>
<div class="author-box"><img src="/liz.jpg" alt="Picture of Liz Kenny"><div class="author-box__text"><h4 class="author-box__name">
\t\t\tLiz Kenny\t\t</h4>
\t<div class="author-box__bio"><p>Former McKinsey Consultant</p></div></div></div>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</main><footer>Copyright</footer></body></html>`;

describe('the byline', () => {
  it('reads as one line, and the author box it came from is not shown again under the header', () => {
    const url = 'https://example.com/consulting/pros-and-cons/';
    const dom = new JSDOM(html, { url });
    const result = extractArticle(dom.window.document, { url, window: dom.window as unknown as Window & typeof globalThis });
    if (!result.ok) throw new Error(result.reason);
    expect(result.byline).toBe('Liz Kenny Former McKinsey Consultant');
    expect(result.text).not.toMatch(/Liz Kenny|Former McKinsey/);
    expect(result.content).not.toContain('Picture of Liz Kenny');
    expect(result.text).toContain(paragraphs[2]);
    expect(result.removed.some((item) => item.rule === 'duplicate-header' && item.sample.startsWith('Liz Kenny'))).toBe(true);
  });

  it('names the writer the page marks up where Readability\'s byline is only its label ("By")', () => {
    // WCXB 0094 (MIT Sloan): the header read "By · 13 min read".
    const url = 'https://example.com/ideas/machine-learning-explained';
    const page = html.replace(/<div class="author-box">[\s\S]*?<\/div><\/div><\/div>/,
      '<div class="article_header--info"><p class="authors--byline">By</p> <span class="authors--author" itemprop="author"> <a href="/sara-brown">Sara Brown</a> </span></div>');
    const dom = new JSDOM(page, { url });
    const result = extractArticle(dom.window.document, { url, window: dom.window as unknown as Window & typeof globalThis });
    if (!result.ok) throw new Error(result.reason);
    expect(result.byline).toBe('Sara Brown');
  });

  it('leaves out a date run into the byline (the header shows the date apart), not a name that holds such a word', () => {
    // WCXB 4052 (Top Gear): the header read "TopGear.comPublished: 11 Mar 2026 · March 11, 2026".
    expect(headerByline('TopGear.comPublished: 11 Mar 2026', () => null)).toBe('TopGear.com');
    expect(headerByline('Jane Doe | Updated March 3, 2025 10:32 AM', () => null)).toBe('Jane Doe');
    expect(headerByline('The Posted Press Team', () => null)).toBe('The Posted Press Team');
    expect(headerByline('Published Poets Society', () => null)).toBe('Published Poets Society');
    expect(headerByline('Last Updated: January 7, 2025', () => null)).toBe('Last Updated: January 7, 2025');
    expect(headerByline('April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm', () => null)).toBe('April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm');
  });
});
