import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../src/extract/extract-article';

const sections = ['Introduction', 'Index Types', 'Multicolumn Indexes', 'Unique Indexes', 'Partial Indexes', 'Index-Only Scans'];
const entry = (name: string, i: number, href: (i: number) => string) =>
  `<dt><span class="sect1"><a href="${href(i)}">11.${i + 1}. ${name}</a></span></dt>`;
const intro = '<p>Indexes are a common way to enhance database performance. An index allows the database server to find and retrieve '
  + 'specific rows much faster than it could do without an index. But indexes also add overhead to the database system as a whole, '
  + 'so they should be used sensibly, and this chapter explains how to choose them.</p><p>The sections that follow describe each kind '
  + 'of index the server offers, when the planner uses one, what it costs to keep up to date as rows change, and how to see which of '
  + 'them the queries of an application actually use, so that the ones nobody needs can be dropped again.</p>';

function extract(href: (i: number) => string) {
  const list = `<div class="toc"><p><strong>Table of Contents</strong></p><dl class="toc">${sections.map((name, i) => entry(name, i, href)).join('')}</dl></div>`;
  const { window } = new JSDOM(`<html><head><title>PostgreSQL: Documentation: 18: Chapter 11. Indexes</title></head><body>
    <div id="docContent"><div class="navheader"><a href="prev.html">Prev</a> <a href="next.html">Next</a></div>
    <div class="chapter" id="INDEXES"><div class="titlepage"><h2 class="title">Chapter 11. Indexes</h2></div>${list}
    <a id="id-1.5.10.2" class="indexterm"></a>${intro}</div></div></body></html>`, { url: 'https://docs.example.org/docs/18/indexes.html' });
  return extractArticle(window.document, { url: window.document.URL, window: window as unknown as Window & typeof globalThis });
}

describe("a manual chapter's list of its sections' pages", () => {
  it('is shown with the chapter\'s text, its links absolute (DocBook\'s div.toc, PostgreSQL, WCXB 2864)', () => {
    const result = extract((i) => `indexes-${i}.html`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const [i, name] of sections.entries()) expect(result.text).toContain(`11.${i + 1}. ${name}`);
    expect(result.text.indexOf('11.1. Introduction')).toBeLessThan(result.text.indexOf('Indexes are a common way'));
    expect(result.content.querySelector('a')?.getAttribute('href')).toBe('https://docs.example.org/docs/18/indexes-0.html');
    expect(result.content.querySelector('[data-cp-contents], [data-cp-contents-before], [data-cp-contents-after]')).toBeNull();
  });

  it('is not put back when its links are places on the same page (reader view draws its own outline)', () => {
    const result = extract((i) => `#section-${i}`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).not.toContain('11.2. Index Types');
  });
});
