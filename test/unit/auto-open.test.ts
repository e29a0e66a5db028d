import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { autoOpenRequest, autoOpenScriptId, isAutoOpenPage, looksLikeArticle, sitePattern } from '../../src/shared/auto-open';

describe('auto-open per site', () => {
  // Headless Chromium cannot answer the permission prompt, so the end-to-end tests grant the host in a test build:
  // this is the test of what the popup's click handler passes to permissions.request.
  it('asks permissions.request for the one site of the page, nothing broader', () => {
    expect(autoOpenRequest('https://news.example.com/2024/05/story.html?ref=x#top')).toEqual({ origins: ['https://news.example.com/*'] });
    expect(autoOpenRequest('http://127.0.0.1:8123/pages/article.html')).toEqual({ origins: ['http://127.0.0.1/*'] });
    for (const url of ['chrome://settings', 'about:blank', 'file:///tmp/a.html', 'ftp://example.com/a', 'nonsense']) {
      expect(autoOpenRequest(url)).toBeNull();
    }
    const request = autoOpenRequest('https://example.org/a')!;
    expect(Object.keys(request)).toEqual(['origins']);
    expect(request.origins.every((origin) => !origin.includes('*.') && !origin.startsWith('*'))).toBe(true);
  });

  it('registers one script id per site', () => {
    expect(autoOpenScriptId(sitePattern('https://example.org/x')!)).toBe('auto-open:https://example.org');
    expect(sitePattern('https://example.org/x')).not.toBe(sitePattern('http://example.org/x'));
  });

  it('never opens on a home page or a search page', () => {
    for (const url of ['https://example.com/', 'https://example.com', 'https://example.com/index.html', 'https://example.com/search?q=x',
      'https://example.com/search/', 'https://example.com/?s=war', 'https://example.com/news?query=a', 'https://example.com/%E0%A4%A']) {
      expect(isAutoOpenPage(url), url).toBe(url.endsWith('%A'));
    }
    expect(isAutoOpenPage('https://example.com/2024/05/a-long-story')).toBe(true);
    expect(isAutoOpenPage('https://example.com/research-funding-story')).toBe(true);
  });

  it('sees an article by its markers or its prose, and never a log-in page without one', () => {
    const page = (body: string, head = '') => new JSDOM(`<head>${head}</head><body>${body}</body>`).window.document;
    const prose = `<p>${'Words of a real story. '.repeat(60)}</p>`;
    expect(looksLikeArticle(page('<article><p>Short</p></article>'))).toBe(true);
    expect(looksLikeArticle(page(prose))).toBe(true);
    expect(looksLikeArticle(page(`<nav>${prose}</nav><p>menu</p>`))).toBe(false);
    expect(looksLikeArticle(page(`<main><h1>Sign in</h1><form><input type="password"></form>${prose}</main>`))).toBe(false);
    expect(looksLikeArticle(page(`<article>${prose}</article><dialog><form><input type="password"></form></dialog>`))).toBe(true);
  });
});
