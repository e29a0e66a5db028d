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
