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

describe("a product's headings in a box of their own, linked to a shop", () => {
  const review = (i: number) => `<p>Machine ${i} baked an even loaf in every test, with a crisp crust and a soft crumb, and its paddle came out `
    + 'of the loaf cleanly; its programs cover whole wheat, gluten-free and dough, and the viewing window stays clear while it bakes.</p>'
    + `<p>Its one downside is the noise of the kneading cycle, which we could hear two rooms away, but machine ${i} makes up for it.</p>`;
  const record = (i: number, superlative: string) => `<div class="productrecord"><div class="loc heading"><h2>${superlative}</h2>`
    + `<a href="https://shop.example/dp/${i}?tag=aff-20" rel="sponsored"><h3>Bread Maker ${i}</h3></a></div>`
    + `<div class="figure"><img src="/machine-${i}.jpg" alt=""></div><div class="buttons"><a href="https://shop.example/dp/${i}">$1${i}9 at Shop</a>`
    + `<a href="https://other.example/p/${i}">View on Other</a></div></div>${review(i)}`;

  it('keeps both headings over each review where Readability drops the record (Dotdash Meredith, WCXB 4160)', () => {
    const body = ['Best Overall', 'Best Budget', 'Most Versatile'].map((name, i) => record(i + 1, name)).join('');
    const { window } = new JSDOM(`<html><head><title>The Best Bread Machines</title></head><body><article><h1>The Best Bread Machines</h1>
      <p>We baked hundreds of loaves in a year of testing to find the bread machines worth their counter space, from budget models to big ones.</p>
      ${body}</article></body></html>`, { url: 'https://food.example/best-bread-machines-4092351' });
    const result = extractArticle(window.document, { url: window.document.URL, window: window as unknown as Window & typeof globalThis });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const [i, name] of ['Best Overall', 'Best Budget', 'Most Versatile'].entries()) {
      expect(result.text).toContain(`${name}\nBread Maker ${i + 1}\nMachine ${i + 1} baked`);
    }
    expect(result.text.match(/Bread Maker 2/g)).toHaveLength(1);
    expect(result.content.querySelector('[data-cp-kept], [data-cp-kept-next], [data-cp-kept-previous]')).toBeNull();
  });
});

describe("a section's heading in a short box of its own between kept paragraphs", () => {
  const wrap = (html: string) => `<div class="wrapper wrapper--detail"><div class="wrapper--detail__body">${html}</div></div>`;
  const paragraph = (name: string, i: number) => wrap(i === 1
    ? `<p>Paragraph 1 about ${name}: the group wrote more premiums than any rival last year, across personal auto, homeowners `
      + 'and commercial lines, and its agents serve customers in every state of the country.</p>'
    : `<p>Paragraph 2 about ${name}: its scale rests on a large customer base and a strong capital position, and the parent `
      + 'reported a rise in net worth, helped by investment gains and by the rate increases approved in most states.</p>');
  const company = (name: string, i: number, between = '') => wrap(`<h2><a id="${i}. ${name}" name="${i}. ${name}"><strong>${i}. ${name}</strong></a></h2>`
    + `<p><strong>Market share: 1${i}.89%</strong></p>`) + paragraph(name, 1) + between + paragraph(name, 2);

  function extract(body: string) {
    const { window } = new JSDOM(`<html><head><title>The top insurance companies</title></head><body><div class="page"><h1>The top insurance companies</h1>
      ${body}</div><aside><h3>Related guides</h3><a href="/guides/a">Best brokers</a></aside></body></html>`, { url: 'https://news.example.com/guides/top-insurers-559886.aspx' });
    return extractArticle(window.document, { url: window.document.URL, window: window as unknown as Window & typeof globalThis });
  }

  it('puts each company\'s heading and its line back between the paragraphs Readability joined without them (WCXB 0090)', () => {
    const names = ['State Farm Group', 'Progressive Group', 'Allstate Group'];
    // Between them, a rail's heading over its links and a sharing widget, which Readability rightly drops.
    const rail = wrap('<h3>More Proof Points</h3><p><a href="/2025/preschool">One state made preschool free</a></p>');
    const like = '<div class="sharedaddy sd-like"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder"><span>Like</span></div></div>';
    const result = extract(names.map((name, i) => company(name, i + 1, i === 0 ? rail : i === 1 ? like : '')).join(''));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain('Paragraph 2 about State Farm Group');
    for (const [i, name] of names.entries()) {
      if (i > 0) expect(result.text).toContain(`approved in most states.\n${i + 1}. ${name}\nMarket share: 1${i + 1}.89%\nParagraph 1 about ${name}`);
    }
    expect(result.text).not.toMatch(/Related guides|More Proof Points|preschool|Like this/);
    expect(result.content.querySelector('[data-cp-kept], [data-cp-kept-next], [data-cp-kept-previous]')).toBeNull();
  });
});

describe("a reference page's name line and synopsis (DocBook's refentry, PostgreSQL's SQL commands)", () => {
  const paragraph = (name: string, i: number) => `<p>${name} ${i}: the command reads rows from zero or more tables, computes each `
    + 'output expression for the rows that satisfy the condition, and returns them in the order the query asks for, combining the '
    + 'results of several statements where a set operation joins them, as the clauses below describe.</p>';
  // One long section (the parameters) is Readability's pick; its siblings of the same class join it, the name and synopsis do not.
  const section = (name: string, i: number) => `<div class="refsect1"><h2>${name}</h2>${Array.from({ length: i === 1 ? 16 : 1 }, (_, n) => paragraph(name, n + 1)).join('')}</div>`;

  it('are put back, in their order, before the sections Readability kept without them (WCXB 0670)', () => {
    const { window } = new JSDOM(`<html><head><title>PostgreSQL: Documentation: 18: SELECT</title></head><body>
      <div id="docContent"><div class="navheader"><a href="prev.html">Prev</a> <a href="next.html">Next</a></div>
      <div class="refentry" id="SQL-SELECT"><div class="titlepage"></div><a id="id-1" class="indexterm"></a>
      <div class="refnamediv"><h2><span class="refentrytitle">SELECT</span></h2><p>SELECT, TABLE, WITH — retrieve rows from a table or view</p></div>
      <div class="refsynopsisdiv"><h2>Synopsis</h2><pre class="synopsis">SELECT [ ALL | DISTINCT ] expression [, ...]
    [ FROM from_item [, ...] ]</pre></div>
      ${['Description', 'Parameters', 'Notes', 'Examples'].map(section).join('')}</div>
      <div class="navfooter"><a href="prev.html">Prev</a> <a href="next.html">Next</a></div></div></body></html>`,
    { url: 'https://www.postgresql.org/docs/18/sql-select.html' });
    const result = extractArticle(window.document, { url: window.document.URL, window: window as unknown as Window & typeof globalThis });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toMatch(/^SELECT, TABLE, WITH — retrieve rows from a table or view\nSynopsis\nSELECT \[ ALL \| DISTINCT \] expression \[, \.\.\.\]\n\s*\[ FROM from_item \[, \.\.\.\] \]\nDescription\nDescription 1: /);
    expect(result.text.match(/Synopsis/g)).toHaveLength(1);
    expect(result.content.querySelector('[data-cp-kept], [data-cp-kept-next], [data-cp-kept-previous]')).toBeNull();
  });
});

describe("an article's opening in a block named a header (MDN's layout__header)", () => {
  const intro = '<p>The flexible box layout module (usually referred to as flexbox) is a one-dimensional layout model for distributing '
    + 'space between items and includes numerous alignment capabilities. This article gives an outline of the main features.</p>'
    + '<p>When we describe flexbox as being one-dimensional we are describing the fact that flexbox deals with layout in one dimension at a time.</p>';
  const paragraph = (name: string) => `<p>${name}: when working with flexbox you need to think in terms of two axes, the main axis `
    + 'and the cross axis, and everything we do with flexbox refers back to these axes, so it is worth understanding how they work '
    + 'from the outset, before the properties that set them, the values they take, and the ways they combine.</p>';
  const section = (name: string) => `<section class="content-section"><h2>${name}</h2>${paragraph(name)}${paragraph(name)}</section>`;

  function extract(header: string) {
    const { window } = new JSDOM(`<html><head><title>Basic concepts of flexbox - CSS | MDN</title></head><body>
      <header class="page-layout__header"><nav><a href="/">MDN</a> <a href="/docs">Docs</a></nav></header><main id="content" class="layout__content">
      <div class="layout__header reference-layout__header"><h1>Basic concepts of flexbox</h1>${header}</div>
      <div class="layout__body reference-layout__body">${['The two axes', 'The main axis', 'The cross axis', 'Start and end lines', 'The flex container', 'Wrapping', 'Shorthand', 'Alignment'].map(section).join('')}</div>
      </main></body></html>`, { url: 'https://developer.mozilla.org/en-US/docs/Web/CSS/Guides/Flexible_box_layout/Basic_concepts' });
    return extractArticle(window.document, { url: window.document.URL, window: window as unknown as Window & typeof globalThis });
  }

  it('is put back before the body Readability kept without it, the headline not repeated (WCXB 2854, 0671)', () => {
    const result = extract(`<section class="content-section">${intro}</section>`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toMatch(/^The flexible box layout module .* at a time\.\nThe two axes\nThe two axes: /s);
    expect(result.text).not.toContain('Basic concepts of flexbox');
  });

  it('is not a header of links around its paragraphs (a rail of titles, WCXB 4371)', () => {
    const titles = Array.from({ length: 12 }, (_, i) => `<li><a href="/books/${i}">The book with the long title number ${i}</a></li>`).join('');
    const result = extract(`<section class="content-section">${intro}<p><a href="/buy">Buy all books</a></p><ul>${titles}</ul></section>`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).not.toMatch(/The flexible box layout module|Buy all books/);
  });

  it('is not a standfirst of a line under the headline', () => {
    const result = extract('<p>Flexbox lays items out in one dimension, a row or a column.</p>');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).not.toContain('Flexbox lays items out');
  });
});
