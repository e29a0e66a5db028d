// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticle, sanitizeMarkup } from '../../src/extract';
import { blockText } from '../../src/extract/text';
import { createHiddenList } from '../../src/content/hidden-list';
import { withPlaces } from '../../src/content/site-tools/hidden-entries';
import { applySiteRules } from '../../src/content/site-tools/apply-rules';
import { blockPrint, type SiteRule } from '../../src/shared/site-rules';

const paragraphs = Array.from({ length: 8 }, (_, i) =>
  `<p>Paragraph ${'ABCDEFGH'[i]} of the story: the council met again on Tuesday and talked for a long time about the budget, the roads and the school.</p>`);
const signUp = `<div class="newsletter-box"><h3>Ukraine Daily</h3><p>Get the day's most important stories in your inbox every morning.</p>
  <div><span>*</span> indicates required</div><div>Thank you for signing up for this newsletter.</div></div>`;
const page = `<!doctype html><html lang="en"><head><title>Council story</title></head><body><article><h1>Council story</h1>
  ${paragraphs.slice(0, 3).join('')}${signUp}${paragraphs.slice(3).join('')}
  <p data-cp-anchor="cpfake-0">A page's own attribute with our name does not confuse anything.</p></article></body></html>`;

function open(html = page) {
  document.open();
  document.write(html);
  document.close();
  const result = extractArticle(document.cloneNode(true) as Document, { url: 'https://news.example/story', keepRemoved: true });
  if (!result.ok) throw new Error('no article');
  const article = document.createElement('article');
  article.append(...Array.from(result.content.childNodes));
  return { result, article, entries: withPlaces(article, createHiddenList(result.removed), (html) => sanitizeMarkup(html, window)) };
}
const order = (article: HTMLElement) => blockText(article).split('\n');

describe('hidden blocks shown back in place', () => {
  it('keeps each removed block’s markup and neighbours only when asked (the CLI stays small)', () => {
    document.body.innerHTML = '';
    const plain = extractArticle(new DOMParser().parseFromString(page, 'text/html'), { url: 'https://news.example/story' });
    expect(plain.ok && plain.removed.every((item) => item.html === undefined && item.anchors === undefined)).toBe(true);
    const { result, article } = open();
    const newsletter = result.removed.find((item) => item.rule === 'newsletter')!;
    expect(newsletter.html).toContain('Ukraine Daily');
    // Readability drops class names before declutter runs: its blocks are signed by tag (and id or role, if any).
    expect(newsletter.signature).toBe('div');
    expect(newsletter.anchors?.[0]).toMatchObject({ at: 'after' });
    expect(article.innerHTML).toContain('data-cp-anchor');
  });

  it('puts a sign-up box back between the paragraphs it sat between, sanitized, and hides it again', () => {
    const { article, entries } = open();
    const entry = entries.list.find((e) => e.reason === 'newsletter')!;
    expect(order(article).join(' ')).not.toContain('Ukraine Daily');
    const node = entries.show(entry);
    const lines = order(article);
    const at = lines.indexOf('Ukraine Daily');
    expect(lines[at - 1]).toMatch(/^Paragraph C/);
    expect(lines.slice(at).find((line) => line.startsWith('Paragraph'))).toMatch(/^Paragraph D/);
    expect(node.hasAttribute('data-cp-restored')).toBe(true);
    expect(node.querySelector('[class], [style], script, form, input')).toBeNull();
    entries.hide(entry);
    expect(order(article).join(' ')).not.toContain('Ukraine Daily');
    entries.show(entry);
    expect(order(article).filter((line) => line === 'Ukraine Daily')).toHaveLength(1);
  });

  it('applies a site’s rules: keep shows the box in place, hide takes a block out, never most of the article', () => {
    const first = open();
    const box = first.entries.list.find((e) => e.reason === 'newsletter')!;
    const boxPrint = blockPrint(first.entries.nodeOf(box));
    const paragraphE = Array.from(first.article.querySelectorAll('p')).find((p) => p.textContent!.startsWith('Paragraph E'))!;
    const ePrint = blockPrint(paragraphE);
    const rules: SiteRule[] = [
      { a: 'keep', r: 'newsletter', f: boxPrint.f, n: boxPrint.n, p: boxPrint.p, c: 1, u: 1 },
      { a: 'hide', r: 'user', f: ePrint.f, n: ePrint.n, p: ePrint.p, c: 1, u: 1 },
      { a: 'hide', r: 'user', f: 'a rule that matches nothing', n: 9, p: 'x', c: 1, u: 1 },
    ];
    const next = open();
    const outcome = applySiteRules(next.article, next.entries, rules);
    const lines = order(next.article);
    expect(lines[lines.indexOf('Ukraine Daily') - 1]).toMatch(/^Paragraph C/);
    expect(lines.some((line) => line.startsWith('Paragraph E'))).toBe(false);
    expect(next.entries.list.find((e) => e.reason === 'your-rule')?.preview).toMatch(/^Paragraph E/);
    expect(outcome.matched).toHaveLength(2);

    const whole = blockPrint(next.article.firstElementChild!);
    const greedy = applySiteRules(next.article, next.entries, [{ a: 'hide', r: 'user', f: whole.f, n: whole.n, p: 'all', c: 1, u: 1 }]);
    expect(greedy.skipped).toHaveLength(1);
    expect(order(next.article).filter((line) => line.startsWith('Paragraph')).length).toBeGreaterThan(5);
  });
});
