import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';

// An article's FAQ in a section of its own after the body, where Readability's pick stops (WCXB 4413's "additional
// sections" field, 0183's and 0291's blog templates).
const body = Array.from({ length: 8 }, (_, i) => `<p>Step ${i + 1} of tuning the database: read the plan the planner
  chose, compare its estimated rows with the actual rows, and fix the statistics or the index that misled it.</p>`).join('');
const share = '<div class="share"><span>Share this</span> <a href="https://x.com/share">X</a> <a href="https://www.linkedin.com/share">LinkedIn</a></div>';
const answers = ['What is performance tuning?', 'How do I find slow queries?', 'How often should statistics be refreshed?']
  .map((q) => `<div class="accordion-item"><div class="accordion-title">${q}</div><div class="accordion-body"><p>It depends on
  the workload, but the planner's estimates only stay right while the statistics it reads describe the data well.</p></div></div>`).join('');
const faq = (title: string) => `<div class="additional-sections"><div class="row"><div class="title"><h2>${title}</h2></div>${answers}</div></div>`;

function extract(html: string): string {
  const dom = new JSDOM(`<html><head><title>Tuning queries</title></head><body><nav><a href="/">Home</a></nav>${html}
    <footer><p>© Example Corp. All rights reserved.</p></footer></body></html>`, { url: 'https://example.com/blog/tuning' });
  const result = extractArticle(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis });
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

describe('the FAQ after the article', () => {
  it('follows the article it comes after, past a share bar', () => {
    const text = extract(`<div class="blog-body"><div class="field-body"><h1>Tuning queries</h1>${body}</div>${share}${faq('Performance tuning: FAQs')}</div>`);
    expect(text).toContain('Step 8 of tuning');
    expect(text).toMatch(/Performance tuning: FAQs\s+What is performance tuning\?/);
    expect(text).toContain('How often should statistics be refreshed?');
  });

  it('is left where it is when other text stands between it and the article, or it is not a FAQ', () => {
    const rail = `<div class="rail">${Array.from({ length: 10 }, (_, i) => `<div>Trending story number ${i + 1} from elsewhere on the site today</div>`).join('')}</div>`;
    const apart = extract(`<div class="blog-body"><div class="field-body"><h1>Tuning queries</h1>${body}</div>${rail}${faq('Frequently asked questions')}</div>`);
    expect(apart).toContain('Step 8 of tuning');
    expect(apart).not.toContain('How do I find slow queries?');
    const other = extract(`<div class="blog-body"><div class="field-body"><h1>Tuning queries</h1>${body}</div>${share}${faq('Questions from readers')}</div>`);
    expect(other).not.toContain('How do I find slow queries?');
    // Its questions alone, the answers loaded when one is opened (WCXB 0113).
    const questions = ['What is performance tuning?', 'How do I find slow queries?', 'Where do I start?']
      .map((q) => `<div class="accordion-item"><div class="accordion-title">${q}</div></div>`).join('');
    const bare = extract(`<div class="blog-body"><div class="field-body"><h1>Tuning queries</h1>${body}</div>${share}
      <div class="faq"><h2>FAQ</h2>${questions}</div></div>`);
    expect(bare).not.toContain('How do I find slow queries?');
  });
  it("keeps an open accordion's questions drawn as buttons in their headings, which Readability drops (WCXB 0650)", () => {
    const open = ['What is performance tuning?', 'How do I find slow queries?'].map((q) => `<h3 class="rc-accordion-header"><button
      class="rc-accordion-button"><span>${q}</span><span class="icon icon-plus"></span></button></h3><div class="rc-accordion-content"><p>It depends on
      the workload, but the planner's estimates only stay right while the statistics it reads describe the data well.</p></div>`).join('');
    const text = extract(`<article>${body}<h2>Questions <button aria-label="Copy link">Copy link</button></h2>${open}</article>`);
    expect(text).toContain('What is performance tuning?');
    expect(text).toContain('How do I find slow queries?');
    expect(text, 'a button beside a heading\'s words').not.toContain('Copy link');
  });
});
