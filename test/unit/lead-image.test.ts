import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findLeadFigure, restoreLeadFigure } from '../../src/extract/lead-image';

const doc = (head: string, body: string) => new JSDOM(`<head>${head}</head><body>${body}</body>`, { url: 'https://news.example/a/' }).window.document;

describe('findLeadFigure', () => {
  it('finds the figure holding the og:image, caption included', () => {
    const d = doc('<meta property="og:image" content="https://cdn.example/uploads/lead-1200x630.jpg">',
      '<article><h1>T</h1><figure><img src="/uploads/lead-800x450.jpg"><figcaption>The caption</figcaption></figure><p>Text</p></article>');
    const figure = findLeadFigure(d);
    expect(figure?.querySelector('figcaption')?.textContent).toBe('The caption');
  });

  it('falls back to a captioned figure above the first paragraph', () => {
    const d = doc('', '<article><figure><img src="/x.jpg"><figcaption>Cap</figcaption></figure><p>Text</p></article>');
    expect(findLeadFigure(d)?.querySelector('img')?.getAttribute('src')).toBe('/x.jpg');
  });

  it('takes no figure that comes after the text or has no caption', () => {
    expect(findLeadFigure(doc('', '<article><p>Text</p><figure><img src="/x.jpg"><figcaption>Cap</figcaption></figure></article>'))).toBeNull();
    expect(findLeadFigure(doc('', '<article><figure><img src="/x.jpg"></figure><p>Text</p></article>'))).toBeNull();
  });
});

describe('restoreLeadFigure', () => {
  it('puts the figure back on top when Readability dropped it, and only then', () => {
    const d = doc('', '<div id="root"><div class="page"><p>Text</p></div></div>');
    const figure = d.createElement('figure');
    figure.innerHTML = '<img src="/lead.jpg"><figcaption>Cap</figcaption>';
    const root = d.getElementById('root')!;
    expect(restoreLeadFigure(root, figure)).toBe(true);
    expect(root.querySelector('.page')!.firstElementChild!.tagName).toBe('FIGURE');
    expect(restoreLeadFigure(root, figure)).toBe(false);
  });
});
