import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';

// Issue 12, item 5: with no story in view (the CLI, or the person is above every story), the page's own story is the
// one its title, og:title or canonical URL names; the other goes as "another story", never merged.
const story = (title: string, topic: string, tag = 'h1') => `<article><${tag}>${title}</${tag}>${Array.from({ length: 8 }, (_, i) =>
  `<p>Paragraph ${i + 1} about ${topic}: the committee heard evidence from residents, engineers and the council about what went wrong and what it would cost to put right over the next years.</p>`).join('')}</article>`;
const bridge = story('The old bridge closes for two years of repairs', 'the bridge');
const school = story('A new school opens on the river bank', 'the school');

function extract(head: string, body: string, url = 'https://news.example/news/') {
  const dom = new JSDOM(`<html><head>${head}</head><body><header>Site</header><main>${body}</main></body></html>`, { url });
  const result = extractArticle(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis, blockModel: null });
  if (!result.ok) throw new Error(result.reason);
  return { text: result.text, others: result.removed.filter((item) => item.rule === 'another-story').map((item) => item.sample) };
}

describe('the story the page names', () => {
  it('keeps the story the title names, wherever it stands, and lists the other', () => {
    for (const body of [bridge + school, school + bridge]) {
      const { text, others } = extract('<title>The old bridge closes for two years of repairs | City News</title>', body);
      expect(text).toContain('about the bridge');
      expect(text).not.toContain('about the school');
      expect(others).toEqual([expect.stringMatching(/^A new school opens/)]);
    }
  });

  it('reads og:title and the canonical URL when the title names only the site', () => {
    const og = extract('<title>City News</title><meta property="og:title" content="A new school opens on the river bank">', bridge + school);
    expect(og.text).toContain('about the school');
    expect(og.text).not.toContain('about the bridge');
    const canonical = extract('<title>City News</title><link rel="canonical" href="/news/a-new-school-opens-on-the-river-bank">', bridge + school);
    expect(canonical.text).toContain('about the school');
    expect(canonical.text).not.toContain('about the bridge');
  });

  it('reads past a canonical URL with a malformed escape (it names nothing)', () => {
    const { text, others } = extract('<title>The old bridge closes for two years of repairs</title><link rel="canonical" href="/news/bridge-%E0%A4%A">', bridge + school);
    expect(text).toContain('about the bridge');
    expect(others).toEqual([expect.stringMatching(/^A new school opens/)]);
  });

  it('changes nothing when no story is clearly the page\'s own', () => {
    for (const head of ['<title>City News</title>', '<title>Old bridge and new school: the week in the city</title>']) {
      expect(extract(head, bridge + school, 'https://news.example/').others).toEqual([]);
    }
  });
});
