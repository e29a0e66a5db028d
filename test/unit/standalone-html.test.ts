import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { standaloneHtml } from '../../src/export/standalone-html';

const labels = { source: 'Джерело', saved: 'збережено 2026-01-03' };
const meta = { title: 'A <title>', byline: 'Ann', siteName: 'Site', url: 'https://example.test/a', publishedTime: '2026-01-02', lang: 'en', dir: null };

function policyOf(html: string) {
  const doc = new JSDOM(html).window.document;
  const tag = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
  const directives = new Map<string, string[]>();
  for (const part of (tag?.getAttribute('content') ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return { doc, tag, directives };
}

describe('the saved HTML file', () => {
  it('carries a Content-Security-Policy: no script, no remote loads but images, no base or form targets', () => {
    const { directives } = policyOf(standaloneHtml('<p>Text</p>', meta, labels));
    expect(Object.fromEntries(directives)).toEqual({
      'default-src': ["'none'"],
      'img-src': ['https:', 'http:', 'data:'],
      // The file's own <style>; the sanitizer leaves no style attributes.
      'style-src': ["'unsafe-inline'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
    });
  });

  it('puts the policy before anything that could load', () => {
    const { doc, tag } = policyOf(standaloneHtml('<p>Text</p>', meta, labels));
    const all = Array.from(doc.querySelectorAll('*'));
    const before = all.slice(0, all.indexOf(tag!)).map((el) => el.localName + (el.hasAttribute('charset') ? '[charset]' : ''));
    expect(before).toEqual(['html', 'head', 'meta[charset]']);
  });

  it('still shows the article, its title and its source', () => {
    const { doc } = policyOf(standaloneHtml('<p>Body text</p>', meta, labels));
    expect(doc.title).toBe('A <title>');
    expect(doc.querySelector('article p:last-child')?.textContent).toBe('Body text');
    expect(doc.querySelector('.meta a')?.getAttribute('href')).toBe('https://example.test/a');
  });

  it('says source and saved in the reader’s language, as the content script passes them', () => {
    const { doc } = policyOf(standaloneHtml('<p>Body text</p>', meta, labels));
    expect(doc.querySelector('.meta')?.textContent).toBe('Ann · Site · 2026-01-02 · Джерело · збережено 2026-01-03');
  });
});
