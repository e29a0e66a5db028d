import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../src/extract/extract-article';
import { dropScrollUtilityClasses } from '../../src/extract/scroll-classes';

const sentence = (i: number) => `Step ${i} of the guide explains how each service of the application joins the default network, and how the others reach it by its name.`;
const sample = (i: number) => `<div class="group mt-2 mb-4 flex w-full scroll-mt-2"><div class="relative w-full"><div class="not-prose w-full">
  <button title="copy">Copy</button><div class="highlight"><pre><code>services:\n  web${i}:\n    ports:\n      - "800${i}:8000"</code></pre></div></div></div></div>`;

describe('scroll utility class names', () => {
  it('keep the code samples of a documentation page styled with Tailwind (WCXB 2868)', () => {
    const body = [1, 2, 3, 4, 5].map((i) => `<p>${sentence(i)} ${sentence(i + 10)}</p>${sample(i)}`).join('');
    const { window } = new JSDOM(`<html><head><title>Networking in Compose</title></head><body><main><article class="prose">${body}</article></main></body></html>`,
      { url: 'https://docs.example.com/compose/networking/' });
    const result = extractArticle(window.document, { url: window.document.URL, window: window as unknown as Window & typeof globalThis });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const i of [1, 2, 3, 4, 5]) expect(result.text).toContain(`"800${i}:8000"`);
  });

  it('takes off the names that only say how a block scrolls, none that say what it is or where it is hidden', () => {
    const { document } = new JSDOM(`<div id="a" class="group scroll-mt-2 lg:scroll-mt-24 md:hidden share-bar"></div>
      <div id="b" class="hidden md:block comments"></div><div id="c" class="overflow-x-scroll scroll-smooth scroller media-body"></div>`).window;
    dropScrollUtilityClasses(document.body);
    const classes = (id: string) => document.getElementById(id)!.getAttribute('class');
    expect(classes('a')).toBe('group md:hidden share-bar');
    expect(classes('b')).toBe('hidden md:block comments');
    expect(classes('c')).toBe('scroller media-body');
  });
});
