import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cloneIntoInertDocument, elementPath, extractArticle } from '../../src/extract';

const story = (title: string, topic: string) => `<article><h1>${title}</h1>${Array.from({ length: 8 }, (_, i) =>
  `<p>Paragraph ${i + 1} about ${topic}: the committee heard evidence from residents, engineers and the council about what went wrong and what it would cost to put right over the next years.</p>`).join('')}</article>`;

function page() {
  return new JSDOM(`<html><head><title>Bridge</title></head><body><header>Site</header>${story('The bridge closes', 'the bridge')}${story('A new school opens', 'the school')}</body></html>`, { url: 'https://news.example/bridge' });
}

describe('the story in view (inViewPath)', () => {
  it('keeps the story holding the element in view, in an inert copy made from the live page', () => {
    const live = page();
    const paragraph = live.window.document.querySelectorAll('article')[1]!.querySelector('p:nth-of-type(3)')!;
    const copy = cloneIntoInertDocument(live.window.document);
    const result = extractArticle(copy, { window: live.window as unknown as Window & typeof globalThis, inViewPath: elementPath(paragraph), blockModel: null });
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toContain('about the school');
    expect(result.text).not.toContain('about the bridge');
    expect(result.removed.filter((item) => item.rule === 'another-story').map((item) => item.sample)).toEqual([expect.stringMatching(/^The bridge closes/)]);
  });

  it('changes nothing without a hint, or when the element in view is outside every story', () => {
    const live = page();
    const header = live.window.document.querySelector('header')!;
    for (const inViewPath of [undefined, elementPath(header)]) {
      const result = extractArticle(cloneIntoInertDocument(live.window.document), { window: live.window as unknown as Window & typeof globalThis, inViewPath, blockModel: null });
      expect(result.ok && result.removed.some((item) => item.rule === 'another-story')).toBe(false);
    }
  });
});
