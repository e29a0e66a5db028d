import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { fixLazyImages } from '../../src/extract/lazy-images';

const doc = (html: string) => new JSDOM(`<body>${html}</body>`, { url: 'https://news.example/a/' }).window.document;

describe('fixLazyImages', () => {
  it('gives a placeholder image its lazy source', () => {
    const d = doc('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/photo.jpg">');
    fixLazyImages(d);
    expect(d.querySelector('img')!.getAttribute('src')).toBe('/img/photo.jpg');
  });

  it('takes off an empty SVG placeholder with no other source, so the reader shows no blank the photo\'s size', () => {
    // WCXB 4565 (realestate.com.au): an 800 × 450 blank under the intro, the photo's address only in the page's script.
    const blank = 'data:image/svg+xml,%3Csvg xmlns=&quot;http://www.w3.org/2000/svg&quot; viewBox=&quot;0 0 800 450&quot;%3E%3C/svg%3E';
    const drawn = 'data:image/svg+xml,%3Csvg viewBox=%220 0 8 8%22%3E%3Cpath d=%22M0 0h8v8%22/%3E%3C/svg%3E';
    const d = doc(`<img id="blank" src="${blank}" srcset="" alt="white tiny house interior"><img id="drawn" src="${drawn}" alt="chart">
      <img id="lazy" src="${blank}" data-src="/img/house.jpg">`);
    fixLazyImages(d);
    expect(d.getElementById('blank')!.hasAttribute('src')).toBe(false);
    expect(d.getElementById('drawn')!.getAttribute('src')).toBe(drawn);
    expect(d.getElementById('lazy')!.getAttribute('src')).toBe('/img/house.jpg');
  });

  it('takes off a pixel\'s GIF or PNG with no other source; a small icon drawn so stays', () => {
    // WCXB 4452: the feature image's only source, "R0lGODlhAQAB…", a one-pixel GIF; a blank line between paragraphs.
    const gif = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ';
    const icon = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h';
    const d = doc(`<img id="gif" src="${gif}" alt="feature"><img id="png" src="${png}"><img id="icon" src="${icon}" alt="RSS">`);
    fixLazyImages(d);
    expect(d.getElementById('gif')!.hasAttribute('src')).toBe(false);
    expect(d.getElementById('png')!.hasAttribute('src')).toBe(false);
    expect(d.getElementById('icon')!.getAttribute('src')).toBe(icon);
  });

  it('copies a lazy srcset', () => {
    const d = doc('<img src="/a.jpg" data-srcset="/a-640.jpg 640w, /a-1280.jpg 1280w">');
    fixLazyImages(d);
    expect(d.querySelector('img')!.getAttribute('srcset')).toBe('/a-640.jpg 640w, /a-1280.jpg 1280w');
  });

  it('replaces a placeholder with its <noscript> fallback', () => {
    const d = doc('<figure><img src="/spacer.gif"><noscript><img src="/real.jpg" alt="Real"></noscript></figure>');
    fixLazyImages(d);
    const imgs = d.querySelectorAll('img');
    expect(imgs).toHaveLength(1);
    expect(imgs[0]!.getAttribute('src')).toBe('/real.jpg');
    expect(d.querySelector('noscript')).toBeNull();
  });

  it('leaves a real image alone, and never takes a non-image data-src', () => {
    const d = doc('<img src="/real.jpg" data-src="/other.jpg"><img src="/blank.gif" data-src="tracking-id-123">');
    fixLazyImages(d);
    const [first, second] = Array.from(d.querySelectorAll('img'));
    expect(first!.getAttribute('src')).toBe('/real.jpg');
    expect(second!.getAttribute('src')).toBe('/blank.gif');
  });
});
