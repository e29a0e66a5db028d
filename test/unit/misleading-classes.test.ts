import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../src/extract/extract-article';
import { dropMisleadingClasses } from '../../src/extract/misleading-classes';

const sentence = (i: number) => `Step ${i} of the guide explains how each service of the application joins the default network, and how the others reach it by its name.`;
const sample = (i: number) => `<div class="group mt-2 mb-4 flex w-full scroll-mt-2"><div class="relative w-full"><div class="not-prose w-full">
  <button title="copy">Copy</button><div class="highlight"><pre><code>services:\n  web${i}:\n    ports:\n      - "800${i}:8000"</code></pre></div></div></div></div>`;

describe('class names that say how a block looks', () => {
  it('keep the code samples of a documentation page styled with Tailwind (WCXB 2868)', () => {
    const body = [1, 2, 3, 4, 5].map((i) => `<p>${sentence(i)} ${sentence(i + 10)}</p>${sample(i)}`).join('');
    const { window } = new JSDOM(`<html><head><title>Networking in Compose</title></head><body><main><article class="prose">${body}</article></main></body></html>`,
      { url: 'https://docs.example.com/compose/networking/' });
    const result = extractArticle(window.document, { url: window.document.URL, window: window as unknown as Window & typeof globalThis });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const i of [1, 2, 3, 4, 5]) expect(result.text).toContain(`"800${i}:8000"`);
  });

  it('keep a chart whose frame clips its corners (overflow-hidden), as Readability would drop it for the word "hidden"', () => {
    const chart = (i: number) => `<div class="overflow-hidden rounded-lg border"><img src="/chart-${i}.png" alt="">
      <p>Chart ${i}: predicted wheat and maize yields through the end of the century, from an ensemble of crop and climate models.</p></div>`;
    const body = [1, 2, 3].map((i) => `<p>${sentence(i)} ${sentence(i + 10)}</p>${chart(i)}`).join('');
    const { window } = new JSDOM(`<html><head><title>Crop yields</title></head><body><main><article>${body}</article></main></body></html>`,
      { url: 'https://news.example.com/2024/crop-yields' });
    const result = extractArticle(window.document, { url: window.document.URL, window: window as unknown as Window & typeof globalThis });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const i of [1, 2, 3]) expect(result.text).toContain(`Chart ${i}: predicted wheat`);
  });

  it("keep an article's section headings that are named headers, as Readability would take them out as unlikely", () => {
    const section = (i: number, name: string) => `<h2 class="${name}">Section ${i}: what the survey found</h2><p>${sentence(i)} ${sentence(i + 20)}</p>`;
    const body = [section(1, 'section-header'), section(2, 'accordion-header'), section(3, 'wp-block-heading entry-header')].join('');
    const { window } = new JSDOM(`<html><head><title>The survey</title></head><body><header class="site-header"><h1 class="site-header__title">Example News</h1></header>
      <main><article><h1>The survey</h1>${body}</article></main></body></html>`, { url: 'https://news.example.com/2024/survey' });
    const result = extractArticle(window.document, { url: window.document.URL, window: window as unknown as Window & typeof globalThis });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const i of [1, 2, 3]) expect(result.text).toContain(`Section ${i}: what the survey found`);
    expect(result.text).not.toContain('Example News');
  });

  it('keep the text of a text-with-picture block ("copy-with-media", "media-heading"), which Readability drops for "media"', () => {
    const item = (i: number) => `<div class="copy-with-media"><div class="media-heading"><h4>Service ${i}</h4></div><div>Service ${i} covers
      the planning, the permits and the inspections of a renovation, with a fixed price agreed before any work starts and a single
      contact for the whole project.</div><img src="/icon-${i}.png" alt=""></div>`;
    const body = `<p>${sentence(1)} ${sentence(2)}</p><p>${sentence(3)} ${sentence(4)}</p>${[1, 2, 3, 4].map(item).join('')}`;
    const { document } = new JSDOM(`<html><head><title>Our services</title></head><body><main><article>${body}</article></main></body></html>`).window;
    dropMisleadingClasses(document.body);
    const text = new Readability(document).parse()?.textContent ?? '';
    for (const i of [1, 2, 3, 4]) expect(text).toContain(`Service ${i} covers`);
  });

  it('takes off the names that only say how a block scrolls or clips, and a heading\'s header names; none that say what a block is or where it is hidden', () => {
    const { document } = new JSDOM(`<div id="a" class="group scroll-mt-2 lg:scroll-mt-24 md:hidden share-bar"></div>
      <div id="b" class="hidden md:block comments"></div><div id="c" class="overflow-x-scroll scroll-smooth scroller media-body"></div><div id="i" class="media"><div class="media-body game_media_and_summary_ctn media-caption"></div></div>
      <div id="d" class="overflow-hidden sm:overflow-y-hidden rounded hidden-xs"></div>
      <h2 id="e" class="section-header leader">Findings</h2><div id="f" class="site-header"><h2 class="title">Example</h2></div>
      <p id="g" class="font-extrabold extra-info md:font-extralight">Lead</p><div id="h" class="dcom-c-header com-x telecom-box"></div>`).window;
    dropMisleadingClasses(document.body);
    const classes = (id: string) => document.getElementById(id)!.getAttribute('class');
    expect(classes('a')).toBe('group md:hidden share-bar');
    expect(classes('b')).toBe('hidden md:block comments');
    expect(classes('c')).toBe('scroller media-body');
    expect(document.querySelector('#i > div')!.getAttribute('class')).toBe('media-body media-caption');
    expect(classes('i')).toBe('media');
    expect(classes('d')).toBe('rounded hidden-xs');
    expect(classes('e')).toBe('leader');
    expect(classes('f')).toBe('site-header');
    expect(classes('g')).toBe('extra-info');
    expect(classes('h')).toBe('dcom_c-header com-x telecom_box');
  });
});
