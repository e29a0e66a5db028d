import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { isStableName, locatorFor } from '../../src/shared/area-locator';

const page = (body: string) => new JSDOM(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`).window.document;
/** The only elements it may ever name: exactly the one it was made for. */
const matchesOnly = (doc: Document, selector: string) => Array.from(doc.querySelectorAll(selector));

describe('a locator for a picked block', () => {
  it('prefers a landmark, then itemprop, then a stable id, then stable classes', () => {
    const doc = page(`<main><article class="story"><div itemprop="articleBody" class="body"><p>x</p></div>
      <div id="story-text" class="lines"><p>y</p></div><div class="report-lines extra"><p>z</p></div></article></main>`);
    expect(locatorFor(doc.querySelector('main')!)).toEqual({ s: 'main', k: 'landmark' });
    expect(locatorFor(doc.querySelector('[itemprop]')!)).toEqual({ s: 'div[itemprop~="articleBody"]', k: 'itemprop' });
    expect(locatorFor(doc.querySelector('#story-text')!)).toEqual({ s: '#story-text', k: 'id' });
    expect(locatorFor(doc.querySelector('.report-lines')!)).toEqual({ s: 'div.report-lines', k: 'class' });
    expect(locatorFor(doc.querySelector('article')!)).toEqual({ s: 'article.story', k: 'landmark' });
  });

  it('skips names a build tool or framework made up, and states that change', () => {
    for (const name of ['css-1x2y3z', 'sc-bdVaJa', 'bdVaJa', 'jsx-2718', 'styles_body__3xY7a', 'ember1234', 'post4711', 'is-active', 'active'])
      expect(isStableName(name), name).toBe(false);
    for (const name of ['story-body', 'article__content', 'entry-content', 'col-6', 'post_text', 'main'])
      expect(isStableName(name), name).toBe(true);
    const doc = page(`<div><div id="ember1234" class="css-1x2y3z sc-bdVaJa"><p>text</p></div></div><div></div>`);
    const picked = doc.getElementById('ember1234')!;
    const locator = locatorFor(picked)!;
    expect(locator).toEqual({ s: 'body > div:nth-of-type(1) > div', k: 'path' });
    expect(matchesOnly(doc, locator.s)).toEqual([picked]);
  });

  it('never names more than one block: a shared class gives way to a path from the nearest unique ancestor', () => {
    const doc = page(`<div id="content"><section><div class="text">a</div></section><section><div class="text">b</div></section></div>`);
    const second = doc.querySelectorAll('.text')[1]!;
    const locator = locatorFor(second)!;
    expect(locator).toEqual({ s: '#content > section:nth-of-type(2) > div', k: 'path' });
    expect(matchesOnly(doc, locator.s)).toEqual([second]);
    // A landmark that is not unique is no locator either.
    const two = page('<main><p>a</p></main><main><p>b</p></main>');
    expect(locatorFor(two.querySelectorAll('main')[1]!)).toEqual({ s: 'body > main:nth-of-type(2)', k: 'path' });
  });

  it('uses a unique ancestor with a stable class under it when the block has one', () => {
    const doc = page(`<div id="page"><div class="body">a</div></div><div class="body">b</div>`);
    expect(locatorFor(doc.querySelector('#page .body')!)).toEqual({ s: '#page div.body', k: 'class' });
  });

  it('names nothing outside the body, and not the body itself', () => {
    const doc = page('<p>a</p>');
    expect(locatorFor(doc.body)).toBeNull();
    expect(locatorFor(doc.querySelector('title')!)).toBeNull();
    expect(locatorFor(doc.createElement('div'))).toBeNull();
  });

  it('finds exactly its own block on any page: every element of a messy generated tree', () => {
    const tags = ['div', 'section', 'article', 'main', 'p', 'aside'];
    const classes = ['story', 'body', 'css-1a2b3c', 'text', 'col-6', 'is-open', ''];
    let seed = 7;
    const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const build = (depth: number): string => Array.from({ length: 1 + random(3) }, () => {
      const tag = tags[random(tags.length)]!;
      const id = random(5) === 0 ? ` id="id${random(3)}x"` : random(6) === 0 ? ` id="n${random(2)}"` : '';
      const role = random(9) === 0 ? ' role="main"' : '';
      const prop = random(9) === 0 ? ' itemprop="articleBody"' : '';
      return `<${tag}${id}${role}${prop} class="${classes[random(classes.length)]} ${classes[random(classes.length)]}">${depth ? build(depth - 1) : 'w'}</${tag}>`;
    }).join('');
    const doc = page(build(4));
    const all = Array.from(doc.body.querySelectorAll('*'));
    expect(all.length).toBeGreaterThan(30);
    for (const el of all) {
      const locator = locatorFor(el);
      expect(locator, el.outerHTML.slice(0, 80)).not.toBeNull();
      expect(matchesOnly(doc, locator!.s), locator!.s).toEqual([el]);
    }
  });
});
