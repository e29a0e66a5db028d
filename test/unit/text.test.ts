import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blockText, countWords } from '../../src/extract';
import { blockSample, collapseSpaces, dropIconGlyphs, foldSpaces, leadingText, looksBinary, withoutIconGlyphs } from '../../src/extract/text';

const body = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body;

describe('blockText', () => {
  it('never runs adjacent blocks together', () => {
    expect(blockText(body('<div><span>FL</span></div><div>June 3</div>'))).toBe('FL\nJune 3');
    expect(blockText(body('<p>FL</p><p>June</p>'))).toBe('FL\nJune');
    expect(blockText(body('<ul><li>FL</li><li>June</li></ul>'))).toBe('FL\nJune');
    expect(blockText(body('<table><tr><td>FL</td><td>June</td></tr></table>'))).toBe('FL\nJune');
    expect(blockText(body('FL<br>June'))).toBe('FL\nJune');
    expect(blockText(body('<h2>FL</h2>June'))).toBe('FL\nJune');
    expect(blockText(body('<figure><img src="a.jpg"><figcaption>FL</figcaption></figure>June'))).toBe('FL\nJune');
  });

  it('keeps inline elements on one line and folds whitespace', () => {
    expect(blockText(body('<p>Tampa, <b>FL</b>\n   <a href="#">June</a>  3</p>'))).toBe('Tampa, FL June 3');
  });

  it('drops script, style and template text', () => {
    expect(blockText(body('<p>Text</p><script>var x = 1;</script><style>p{}</style><template>t</template>'))).toBe('Text');
  });

  it('is empty for an empty tree', () => {
    expect(blockText(body('<div> <p>\n</p></div>'))).toBe('');
  });
});

describe('countWords', () => {
  it('counts words in several scripts', () => {
    expect(countWords('Hello, world! Привіт світе')).toBe(4);
    expect(countWords('東京都')).toBe(2);
  });
});

describe('looksBinary', () => {
  it('tells bytes shown as text from a page in any script', () => {
    expect(looksBinary('ÿØÿà\u0000\u0010JFIF\u0000\u0001\u0001\u0000'.repeat(10))).toBe(true);
    expect(looksBinary('Привіт, світе! 東京都 — “quoted” text. '.repeat(20))).toBe(false);
  });

  it('samples only the leading text', () => {
    expect(leadingText(body('<p>abc</p><div>def<span>ghi</span></div>'), 5)).toBe('abcde');
  });
});

describe('blockSample', () => {
  it('labels a removed block with its first words, a space between its blocks, without its styles and scripts', () => {
    expect(blockSample(body('<h2>Advertisement: New AI Book!</h2><p>In my new <b>book</b>, I explain</p>'))).toBe('Advertisement: New AI Book! In my new book, I explain');
    expect(blockSample(body('<nav><style>.menu{color:red}</style><a>Home</a><script>track()</script><a>News</a></nav>'))).toBe('HomeNews');
    expect(blockSample(body('<ul><li>Home</li><li>News</li></ul>'))).toBe('Home News');
  });

  it('stops at the length asked for, with an ellipsis', () => {
    const long = Array.from({ length: 500 }, (_, i) => `<p>Paragraph ${i} of a long navigation menu.</p>`).join('');
    const sample = blockSample(body(long), 40);
    expect(sample).toHaveLength(40);
    expect(sample).toBe('Paragraph 0 of a long navigation menu. …');
  });
});

describe('collapseSpaces', () => {
  it('is replace(/\\s+/g, " "), whatever the mix of spaces, tabs, newlines and Unicode spaces', () => {
    const chars = [' ', '\n', '\t', '\r', '\u00a0', '\u2003', '\u2028', '\ufeff', 'a', 'é'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      for (let length = next() % 14; length > 0; length--) text += chars[next() % chars.length];
      expect(collapseSpaces(text)).toBe(text.replace(/\s+/g, ' '));
      expect(foldSpaces(text)).toBe(text.replace(/\s+/g, ' ').trim());
    }
  });
});

describe('icon-font glyphs', () => {
  it('go from a title and from the article\'s text; emoji, letters and Apple\'s logo stay', () => {
    expect(withoutIconGlyphs('\uf07a Rode NT1 🎤 Black')).toBe(' Rode NT1 🎤 Black');
    expect(withoutIconGlyphs('Plane \u{F0001}\u{10FFFD}\uF8FF Watch')).toBe('Plane \uF8FF Watch');
    const root = body('<h2>Playbook syntax<a href="#s">\uf0c1</a></h2><p>Tap <i>\ue059</i> then <b>Save</b> — ready.</p>');
    dropIconGlyphs(root);
    expect(root.innerHTML).toBe('<h2>Playbook syntax<a href="#s"></a></h2><p>Tap <i></i> then <b>Save</b> — ready.</p>');
  });
});
