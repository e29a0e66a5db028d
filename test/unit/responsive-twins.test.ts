import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { pruneNonContent } from '../../src/extract/prune';

function pruned(body: string): Document {
  const doc = new JSDOM(`<body>${body}</body>`).window.document;
  pruneNonContent(doc, []);
  return doc;
}

describe('the same words twice side by side, for two screen sizes', () => {
  it('reads once: the label drawn for wide screens and again for narrow ones', () => {
    const doc = pruned(`<p id="label"><span class="bannerlbl">Best Value for Money</span><span class="mobbannerlbl">Best Value for Money</span></p>
      <div id="author"><a class="name-desktop" href="/kl">Kristian Larsen</a><a class="name-mobile" href="/kl">Kristian Larsen</a></div>`);
    expect(doc.getElementById('label')!.textContent).toBe('Best Value for Money');
    expect(doc.getElementById('author')!.textContent).toBe('Kristian Larsen');
  });

  it('stays where the page means it twice: a list\'s items, ratings\' glyphs, different words', () => {
    const doc = pruned(`<ul id="list"><li><span class="tag">Rest day</span></li><li><span class="tag">Rest day</span></li></ul>
      <p id="same"><span class="step">Stir well</span><span class="step">Stir well</span></p>
      <p id="stars"><span class="full">★ ★</span><span class="empty">★ ★</span></p>
      <p id="other"><span class="a">Best Value for Money</span><span class="b">Best Value for Time</span></p>`);
    expect(doc.getElementById('list')!.textContent).toBe('Rest dayRest day');
    expect(doc.getElementById('same')!.textContent).toBe('Stir wellStir well');
    expect(doc.getElementById('stars')!.textContent).toBe('★ ★★ ★');
    expect(doc.getElementById('other')!.textContent).toBe('Best Value for MoneyBest Value for Time');
  });
});
