import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { citedAuthors, statedAuthor } from '../../src/extract/stated-author';
import { extractArticle } from '../../src/extract/index';

const yoast = JSON.stringify({
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'WebPage', '@id': 'https://example.com/story/#webpage', name: 'A story' },
    { '@type': ['Article', 'NewsArticle'], '@id': 'https://example.com/story/#article', headline: 'A story',
      author: { '@id': 'https://example.com/#/schema/person/1' } },
    { '@type': 'Person', '@id': 'https://example.com/#/schema/person/1', name: 'Jayesh Shinde' },
  ],
});

describe('the writer the page\'s JSON-LD names', () => {
  it('follows an author\'s @id to its node in the graph, through a @type array (Yoast, WCXB 0385)', () => {
    expect(statedAuthor([yoast])).toBe('Jayesh Shinde');
  });

  it('takes a name, an object\'s name or several, and skips scripts that are no JSON', () => {
    expect(statedAuthor(['{ not json', JSON.stringify({ '@type': 'BlogPosting', author: 'Myles Katherine' })])).toBe('Myles Katherine');
    expect(statedAuthor([JSON.stringify({ '@type': 'Article', author: [{ name: 'Ann Lee' }, { name: 'Bo Chen' }] })])).toBe('Ann Lee, Bo Chen');
    // A forum thread's first post and a question name their writer so too.
    expect(statedAuthor([JSON.stringify({ '@type': 'DiscussionForumPosting', author: { '@type': 'Person', name: 'Pippin06' } })])).toBe('Pippin06');
  });

  it('names nobody for a product\'s reviews, an address or a page without a story', () => {
    expect(statedAuthor([JSON.stringify({ '@type': 'Product', review: [{ '@type': 'Review', author: { name: 'Kenneth S.' } }] })])).toBeNull();
    expect(statedAuthor([JSON.stringify({ '@type': 'Article', author: 'https://example.com/about' })])).toBeNull();
    expect(statedAuthor([JSON.stringify({ '@type': 'WebPage', author: 'Site Team' })])).toBeNull();
  });

  it('is the byline where the page shows none and Readability reads none', () => {
    const prose = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of the story tells what happened on the river, who saw it and what the town will do next about the flooding.</p>`).join('');
    const url = 'https://example.com/story/';
    const dom = new JSDOM(`<!doctype html><html><head><title>A story</title><script type="application/ld+json">${yoast}</script></head>`
      + `<body><article><h1>A story</h1>${prose}</article></body></html>`, { url });
    const result = extractArticle(dom.window.document, { url, window: dom.window as unknown as Window & typeof globalThis });
    if (!result.ok) throw new Error(result.reason);
    expect(result.byline).toBe('Jayesh Shinde');
  });

  it('takes a paper\'s cited authors in the order a person writes them, a long list as its first "et al."', () => {
    const head = (names: string[]) => new JSDOM(`<!doctype html><html><head>${names.map((name) => `<meta name="citation_author" content="${name}">`).join('')}</head><body></body></html>`).window.document;
    expect(citedAuthors(head(['Roy, Aniruddha', 'Patel, Jyoti']))).toBe('Aniruddha Roy, Jyoti Patel');
    expect(citedAuthors(head(['Aditya Mahindru', 'Pradeep Patil']))).toBe('Aditya Mahindru, Pradeep Patil');
    expect(citedAuthors(head(Array.from({ length: 12 }, (_, i) => `Author${i}, Given${i}`)))).toBe('Given0 Author0 et al.');
    expect(citedAuthors(head([]))).toBeNull();
  });

  it('is the byline of a paper\'s page over a dateline Readability takes for one (arXiv, WCXB 0380)', () => {
    const prose = Array.from({ length: 8 }, (_, i) => `<p>Result ${i}: merging models keeps their alignment when the merge is steered by the anchor's geometry, as the experiments show.</p>`).join('');
    const url = 'https://arxiv.org/abs/2512.16245';
    const dom = new JSDOM(`<!doctype html><html><head><title>AlignMerge</title><meta name="citation_author" content="Roy, Aniruddha">`
      + `<meta name="citation_author" content="Patel, Jyoti"></head><body><main><h1>AlignMerge</h1><div class="dateline">[Submitted on 18 Dec 2025]</div>`
      + `<blockquote>${prose}</blockquote></main></body></html>`, { url });
    const result = extractArticle(dom.window.document, { url, window: dom.window as unknown as Window & typeof globalThis });
    if (!result.ok) throw new Error(result.reason);
    expect(result.byline).toBe('Aniruddha Roy, Jyoti Patel');
  });

  it('shows a thread\'s first writer but keeps the name lines that open each of their posts (WCXB 0518)', () => {
    // Referred to by its @id, which Readability does not follow.
    const posting = JSON.stringify({ '@context': 'https://schema.org', '@graph': [
      { '@type': 'DiscussionForumPosting', headline: 'Which route to take', author: { '@id': '#pippin' } },
      { '@type': 'Person', '@id': '#pippin', name: 'Pippin06' }] });
    const post = (n: number) => `<div class="post"><h4>Pippin06</h4><p>Post ${n}: we walked the ridge again and the river path was flooded, so the long way round is the only one this week. `
      + 'The bridge at the mill is closed for repairs until spring, and the ferry runs twice a day when the weather allows it to cross safely.</p></div>';
    const url = 'https://forum.example/threads/which-route.1/';
    const dom = new JSDOM(`<!doctype html><html><head><title>Which route to take</title><script type="application/ld+json">${posting}</script></head>`
      + `<body><main><h1>Which route to take</h1>${[1, 2, 3, 4, 5, 6].map(post).join('')}</main></body></html>`, { url });
    const result = extractArticle(dom.window.document, { url, window: dom.window as unknown as Window & typeof globalThis });
    if (!result.ok) throw new Error(result.reason);
    expect(result.byline).toBe('Pippin06');
    expect(result.text.split('\n').filter((line) => line === 'Pippin06').length).toBeGreaterThanOrEqual(5);
  });
});
