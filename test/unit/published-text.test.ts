import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dropUnpublished, publishedText } from '../../src/extract/published-text';
import type { RemovedItem } from '../../src/extract/types';

const sentences = Array.from({ length: 10 }, (_, i) =>
  `In part ${i + 1} of the inquiry the committee heard from witness number ${i + 1}, who described the flooding of the lower town in detail and answered questions from members for most of the afternoon session.`);
const bio = 'Jane Roe is a senior reporter who covers local government, housing and the environment for the paper since she joined it.';
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

function page(head: string, body: string) {
  return new JSDOM(`<html><head>${head}</head><body><div id="root">${body}</div></body></html>`).window.document;
}

function run(published: unknown, body = `<h2>What the committee heard</h2>${sentences.map((s) => `<p>${s}</p>`).join('')}<p>${bio}</p>`) {
  const doc = page(ld(published), body);
  const text = publishedText(doc);
  const removed: RemovedItem[] = [];
  if (text) dropUnpublished(doc.getElementById('root')!, text, removed);
  return { doc, text, removed };
}

describe('publishedText', () => {
  it('reads the longest articleBody anywhere in the JSON-LD (an @graph too), markup dropped', () => {
    const doc = page(`${ld({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', articleBody: '<p>One two three four</p>' }] })}
      <script type="application/ld+json">{ not json</script>${ld({ articleBody: 'short' })}`, '');
    const text = publishedText(doc)!;
    expect(text.words).toBe(4);
    expect([...text.grams]).toEqual(['one two three', 'two three four']);
    expect(text.grams.has('p one two')).toBe(false);
  });

  it('is null without an articleBody', () => {
    expect(publishedText(page(ld({ '@type': 'Organization', name: 'Paper' }), '<p>Text</p>'))).toBeNull();
  });
});

describe('dropUnpublished', () => {
  it('takes out prose the published article text does not hold, and keeps its headings', () => {
    const { doc, removed } = run({ '@type': 'NewsArticle', articleBody: sentences.join('\n') });
    expect(removed.map((item) => [item.rule, item.sample.slice(0, 8)])).toEqual([['not-in-article-text', 'Jane Roe']]);
    expect(doc.querySelector('h2')).not.toBeNull();
    expect(doc.querySelectorAll('p')).toHaveLength(sentences.length);
  });

  it('keeps what the JSON-LD states elsewhere (an FAQ answer)', () => {
    const { removed } = run([{ '@type': 'NewsArticle', articleBody: sentences.join('\n') }, { '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', acceptedAnswer: { text: bio } }] }]);
    expect(removed).toEqual([]);
  });

  it('does nothing when the published text is an excerpt, or another text than the article', () => {
    expect(run({ articleBody: sentences[0] }).removed).toEqual([]);
    const other = Array.from({ length: 12 }, (_, i) =>
      `Chapter ${i + 1}: the orchestra rehearsed the symphony's slow movement again while the conductor, visiting from abroad, asked the strings for a softer and darker sound.`);
    expect(run({ articleBody: other.join('\n') }).removed).toEqual([]);
  });
});
