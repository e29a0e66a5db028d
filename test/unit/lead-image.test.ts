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

  it("never takes the site's logo for the lead image, however the og:image names it", () => {
    // WCXB 2201 (Wall Street Oasis): the og:image is the logo, a 120 × 35 image with the alt "Home", in the thread's top bar.
    const head = '<meta property="og:image" content="https://www.example/themes/images/wso-logo-2019.png">';
    expect(findLeadFigure(doc(head, '<div class="bar"><a href="/"><img src="/themes/images/wso-logo-2019.png" alt="Home"></a></div><article><p>Text</p></article>'))).toBeNull();
    const brand = '<meta property="og:image" content="https://www.example/img/brand.png">';
    expect(findLeadFigure(doc(brand, '<nav><a href="/"><img src="/img/brand.png" alt="Example"></a></nav><article><p>Text</p></article>'))).toBeNull();
    expect(findLeadFigure(doc(brand, '<header><h1>Storm</h1><img src="/img/brand.png" alt="The harbour"></header><article><p>Text</p></article>'))).not.toBeNull();
    expect(findLeadFigure(doc(brand, '<div><img src="/img/brand.png" width="120" height="35" alt="Example"></div><article><p>Text</p></article>'))).toBeNull();
    expect(findLeadFigure(doc(brand, '<article><img src="/img/brand.png" width="1200" height="630" alt="A crowded harbour"><p>Text</p></article>'))).not.toBeNull();
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
    expect(restoreLeadFigure(root, figure)?.tagName).toBe('FIGURE');
    expect(root.querySelector('.page')!.firstElementChild!.tagName).toBe('FIGURE');
    expect(restoreLeadFigure(root, figure)).toBeNull();
  });
});

describe('the lead figure in the extracted article', () => {
  const para = (i: number) => `<p>Paragraph ${i} of the story tells how the council voted on Tuesday to extend the flood program for another two years, after a long debate about its cost.</p>`;
  const page = (caption: string) => `<html><head><title>Council extends flood program</title>
    <meta property="og:image" content="https://cdn.example/lead-1200x630.jpg"></head><body>
    <div class="top"><figure><img src="/lead-800x450.jpg"><figcaption>${caption}</figcaption></figure></div>
    <div class="story">${Array.from({ length: 12 }, (_, i) => para(i)).join('')}</div></body></html>`;

  it('is put back above the story with its caption, its credit judged like any other line', async () => {
    const { extractArticle } = await import('../../src/extract/index');
    const url = 'https://news.example/2024/council-flood';
    const dom = new JSDOM(page('<span>Residents fill sandbags on the riverbank before the storm</span> <span>Photograph: Jo Lee/Getty Images</span>'), { url });
    const result = extractArticle(dom.window.document, { url, window: dom.window as never });
    if (!result.ok) throw new Error(result.message);
    expect(result.text.split('\n')[0]).toBe('Residents fill sandbags on the riverbank before the storm');
    expect(result.text).not.toContain('Jo Lee');
    expect(result.removed.map((item) => `${item.rule}: ${item.sample}`)).toContain('credit: Photograph: Jo Lee/Getty Images');
  });
});
