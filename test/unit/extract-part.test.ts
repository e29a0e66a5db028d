import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../src/extract/extract-article';
import { extractPart, nodeAt, pathFrom } from '../../src/extract/extract-part';
import { cloneIntoInertDocument } from '../../src/extract/clone-document';

// The end-to-end page on which the pipeline shows the readers' letters instead of the story.
const source = readFileSync(resolve(import.meta.dirname, '../e2e/pages/pick/story-1.html'), 'utf8');

function load(html = source) {
  const window = new JSDOM(html, { url: 'http://127.0.0.1/pages/pick/story-1.html' }).window;
  return { window: window as unknown as Window & typeof globalThis, doc: window.document };
}

describe('reader view on a picked block', () => {
  it('the page as it is: the pipeline takes the letters, with the story above them at best (why picking exists)', () => {
    const { window, doc } = load();
    const result = extractArticle(cloneIntoInertDocument(doc, doc.URL), { window });
    expect(result.ok && result.text).toContain('Letter one');
    expect(result.ok && result.text).toContain('Letter five');
  });

  it('finds the block in a copy by its path, and runs the whole pipeline on it alone', () => {
    const { window, doc } = load();
    const story = doc.querySelector('article.report')!;
    const path = pathFrom(doc.body, story)!;
    const copy = cloneIntoInertDocument(doc, doc.URL);
    const part = nodeAt(copy.body, path) as Element;
    expect(part.outerHTML).toBe(story.outerHTML);
    const result = extractPart(copy, part, { window, keepRemoved: true, minWords: 1 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toMatch(/^(The counter of the harbour office\.\n)?Story line one/);
    expect(result.text).toContain('Story line four');
    expect(result.text).not.toContain('Letter one');
    // Clutter judgement, lead image and the hidden-items record, as for any article.
    expect(result.removed.map((item) => item.rule)).toContain('audio-note');
    expect(result.content.querySelector('figure img')?.getAttribute('src')).toBe('/fixtures/seed-news-page/lead.jpg');
    expect(result.title).toBe('Tide tables return to the harbour office');
    expect(result.byline).toBe('Mara Quill');
  });

  it('keeps the page\'s byline from outside the block when the head names no author', () => {
    const { window, doc } = load(source.replace('<meta name="author" content="Mara Quill">', ''));
    const lines = doc.querySelector('.report-lines')!;
    const copy = cloneIntoInertDocument(doc, doc.URL);
    const result = extractPart(copy, nodeAt(copy.body, pathFrom(doc.body, lines)!)!, { window, minWords: 1 });
    expect(result.ok && result.byline).toBe('By Mara Quill');
  });

  it('has no path for what is not inside the body', () => {
    const { doc } = load();
    expect(pathFrom(doc.body, doc.head)).toBeNull();
    expect(pathFrom(doc.body, doc.createElement('p'))).toBeNull();
    expect(pathFrom(doc.body, doc.body)).toEqual([]);
  });
});
