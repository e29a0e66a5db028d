import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../src/extract/extract-article';

const paragraph = (i: number) => `<p>Paragraph ${i}: meditation is a practice that helps promote relaxation, awareness, calmness and `
  + 'focus, and some people find that regular practice also enhances kindness to themselves and to others around them, at home and at work.</p>';
const benefits = ['Stress levels', 'Mood', 'Memory and focus', 'Emotional regulation', 'Pain levels', 'Sleep'];
// Tailwind's "marker:text-…" reads to Readability as a content class: a list so named and all links goes.
const cited = (attrs = ' class="list-disc marker:text-blue-500"') => `<ul${attrs}>${benefits.map((name, i) => `<li><a href="https://pubmed.example/${i}/">${name}</a></li>`).join('')}</ul>`;

function extract(intro: string, list: string) {
  const { window } = new JSDOM(`<html><head><title>What meditation can do for you</title></head><body><article>
    <h1>What meditation can do for you</h1>${paragraph(1)}${paragraph(2)}<p>${intro}</p>${list}
    <p>“At its core, meditation helps you calm your mind and stay in the present moment,” she explains, and it takes only minutes a day.</p>
    ${paragraph(3)}${paragraph(4)}</article></body></html>`, { url: 'https://health.example/how-to-meditate' });
  const result = extractArticle(window.document, { url: window.document.URL, window: window as unknown as Window & typeof globalThis });
  if (!result.ok) throw new Error('no article');
  return result;
}

describe('a list a sentence of the article introduces', () => {
  it('is put back where Readability dropped it as a list of links (Cleveland Clinic, WCXB 0027)', () => {
    const result = extract('Meditation has been shown to help improve:', cited());
    expect(result.text).toContain(`help improve:\n${benefits.join('\n')}\n“At its core`);
    expect(result.content.querySelectorAll('li a[href^="https://pubmed.example/"]')).toHaveLength(benefits.length);
    expect(result.content.querySelector('[data-cp-kept], [data-cp-kept-next], [data-cp-kept-previous]')).toBeNull();
  });

  it('is not put back when no sentence introduces it, or when it is named a rail', () => {
    expect(extract('Meditation has been shown to help improve many things.', cited()).text).not.toContain('Emotional regulation');
    expect(extract('Read these stories about how meditation helps:', cited(' class="related-links marker:text-blue-500"')).text).not.toContain('Emotional regulation');
  });
});
