import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { bylineUnderHeadline, starterUnderHeadline } from '../../src/extract/headline-byline';

const sentence = 'The harbour master said the tides this spring were the highest in forty years, and the sea wall held. ';
const paragraph = `<p>${sentence}</p>`;
const prose = `<p>${sentence.repeat(3)}</p>`;
const doc = (header: string, body = paragraph.repeat(6)) =>
  new JSDOM(`<!doctype html><html><body><h1><a href="/">Harbour News</a></h1><main><h1>Spring tides</h1>${header}${body}</main></body></html>`).window.document;

describe('the byline under the headline', () => {
  it('is the name a "By <Name>" line under the page\'s headline gives (WCXB 0171, 0363, 4456)', () => {
    expect(bylineUnderHeadline(doc('<div class="article__meta"><p><time>Mar 24, 2025</time></p><p class="text-with-icon">By <a href="/u/amy">Amy Wilhelm</a></p></div>'))).toBe('Amy Wilhelm');
    expect(bylineUnderHeadline(doc("<p>by Sam O'Brien</p>"))).toBe("Sam O'Brien");
    // A label before "by", and two writers (WCXB 0233's line reads so).
    expect(bylineUnderHeadline(doc('<p>Written by <a href="/u/mk">Moses Kim and Kate Shokurova</a></p>'))).toBe('Moses Kim and Kate Shokurova');
    expect(bylineUnderHeadline(doc('<p>Posted by Colin Watson</p>'))).toBe('Colin Watson');
    // Writers in a list whose commas its style sheet draws (WCXB 4193).
    expect(bylineUnderHeadline(doc('<div><span>Written by <ul class="comma-separated-list"><li><a href="/a/ew">Emily Walker</a></li>'
      + '<li><a href="/a/cm">Casey McDevitt</a></li></ul></span></div>'))).toBe('Emily Walker, Casey McDevitt');
  });

  it('names who started a forum thread from the line under its title (XenForo, SMF; WCXB 0517, 0520), lower-case too', () => {
    expect(starterUnderHeadline(doc('<p class="muted">Discussion in \'<a href="/f/65">Hosting Advice</a>\' started by <a href="/m/1">pelex</a>, Jun 3, 2024.</p>'))).toBe('pelex');
    expect(starterUnderHeadline(doc('<p>Started by Biology Forums, June 04, 2024, 11:23:55 AM</p>'))).toBe('Biology Forums');
    // XenForo 2: the label a screen reader's span, the name a link beside it, in one list item (WCXB 4311, 4492).
    expect(starterUnderHeadline(doc('<ul class="listInline"><li><i class="fa-user"></i> <span class="u-srOnly">Thread starter</span> '
      + '<a href="/members/perseus-legend.1/" class="username">Perseus Legend</a></li><li><span class="u-srOnly">Start date</span> '
      + '<time>Apr 10, 2024</time></li></ul>'))).toBe('Perseus Legend');
    expect(starterUnderHeadline(doc('<p>By Amy Wilhelm</p>'))).toBeNull();
    expect(bylineUnderHeadline(doc('<p>Started by Biology Forums, June 04, 2024</p>'))).toBeNull();
  });

  it('is none where the line is prose, where the article has begun, or under the logo alone', () => {
    expect(bylineUnderHeadline(doc('<p>By the harbour, the sea wall held.</p>'))).toBeNull();
    expect(bylineUnderHeadline(doc('', `${prose}<p>By Amy Wilhelm</p>`))).toBeNull();
    const logoOnly = new JSDOM('<!doctype html><body><h1><a href="/">Harbour News</a></h1><p>By Amy Wilhelm</p></body>').window.document;
    expect(bylineUnderHeadline(logoOnly)).toBeNull();
  });

  it("is reader view's byline where Readability finds none, and never over Readability's", () => {
    const url = 'https://harbour.example/spring-tides';
    const page = (header: string) => new JSDOM(`<!doctype html><html><head><title>Spring tides</title></head><body><main><article><h1>Spring tides</h1>
      ${header}${prose.repeat(6)}</article></main></body></html>`, { url }).window;
    const bylineOf = (window: ReturnType<typeof page>) => {
      const result = extractArticle(window.document, { url, window: window as unknown as Window & typeof globalThis });
      if (!result.ok) throw new Error(result.reason);
      return result.byline;
    };
    expect(bylineOf(page('<p class="meta">By Amy Wilhelm</p>'))).toBe('Amy Wilhelm');
    expect(bylineOf(page('<p class="byline">By Tony Mastrangeli</p>'))).toBe('By Tony Mastrangeli');
  });
});
