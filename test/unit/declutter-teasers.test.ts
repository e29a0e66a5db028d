import { describe, expect, it } from 'vitest';
import { declutter, prose } from './declutter-helpers';
import { isStoryAddress } from '../../src/extract/page-address';

const page = 'https://news.example/world/2019/plague-case-confirmed';
const story = (n: number) => `https://news.example/world/2019/another-story-number-${n}/`;
const card = (href: string, n: number, headline = `Another story from the newsroom, number ${n}, told in a line`) =>
  `<div><div><a href="${href}"><picture><img src="https://cdn.example/${n}.jpg" alt=""></picture></a></div>` +
  `<div><h3>KICKER ${n}</h3><span>${headline}</span></div><a href="${href}"></a></div>`;

describe('declutter: cards of other stories with no rail heading', () => {
  it('removes a run of cards whose picture and headline link to other pages of the site', () => {
    const cards = [1, 2, 3, 4].map((n) => card(story(n), n)).join('');
    const { text, removed } = declutter(`${prose}<div>${cards}</div>${prose}`, null, 'Plague case confirmed', page);
    expect(text).not.toContain('Another story');
    expect(text).toContain('The mayor, who had championed');
    expect(removed.map((item) => item.rule)).toEqual(['related']);
  });

  it('keeps cards that link to other sites (a roundup), to image files (a gallery) or to this page', () => {
    for (const href of [(n: number) => `https://shop.example/item-${n}`, (n: number) => `https://news.example/images/${n}.jpg`, () => page]) {
      const cards = [1, 2, 3, 4].map((n) => card(href(n), n)).join('');
      const { text } = declutter(`${prose}<div>${cards}</div>`, null, 'Plague case confirmed', page);
      expect(text, href(1)).toContain('Another story from the newsroom, number 3');
    }
  });

  it('removes an aggregator\'s picks that say they are stories (<article>), off the site, with source and topic links and a deal', () => {
    const pick = (n: number, headline = `Another site's story, number ${n}, told in a line`) =>
      `<div><article itemtype="http://schema.org/Article"><a href="https://other${n}.example/2019/the-story-of-number-${n}">` +
      `<picture><img src="https://cdn.example/${n}.jpg" alt=""></picture></a><h2><a href="https://other${n}.example/2019/the-story-of-number-${n}">${headline}</a></h2>` +
      `<div><a href="/source/other${n}.example">other${n}.example</a> <a rel="tag" href="/channel/sports">Sports</a></div></article></div>`;
    const picks = [pick(1), pick(2, 'These stain-resistant sheets are only $25'), pick(3), pick(4)].join('');
    const { text, removed } = declutter(`${prose}<div>${picks}</div>`, null, 'Plague case confirmed', page);
    expect(text).not.toContain('number 3');
    expect(text).toContain('The mayor, who had championed');
    expect(removed.map((item) => item.rule)).toEqual(['related']);
  });

  it('removes a blog\'s story cards (<article>) whose kicker and writer link to its section and author pages (WCXB 4340)', () => {
    const slugs = ['huso-nyc', 'bridges-nyc', 'joo-ok-nyc', 'dirt-candy'];
    const teaser = (slug: string, n: number) => `<div data-item><article class="teaser5"><a href="https://blog.example/2025/0${n}/${slug}/">` +
      `<figure><img src="https://cdn.example/${n}.jpg" alt=""></figure></a><p><a href="https://blog.example/category/behind-the-line/">Behind the Line</a></p>` +
      `<h4><a href="https://blog.example/2025/0${n}/${slug}/">The chef quietly crafting a legacy, number ${n}</a></h4>` +
      `<p>By <a href="https://blog.example/author/michael-harlan-turkell/" rel="author">Michael Harlan Turkell</a></p></article></div>`;
    const { text, removed } = declutter(`${prose}${prose}<div>${slugs.map(teaser).join('')}</div>`, null, 'Michelin stars', 'https://blog.example/2025/11/nyc-michelin-2025/');
    expect(text).not.toContain('legacy, number');
    expect(removed.map((item) => item.rule)).toEqual(['related']);
  });

  it('keeps the cards of products, offers and picks: a price, a short name or a link to a page that is no story', () => {
    const runs = [[1, 2, 3, 4].map((n) => card(story(n), n, `Sony a7 Mirrorless Camera ${n} $1,898.00`)),
      [1, 2, 3, 4].map((n) => card(story(n), n, `Expires 01/01/2${n}`)),
      [1, 2, 3, 4].map((n) => card(`https://news.example/review/scooter-${n}`, n))];
    for (const cards of runs) {
      const { text, removed } = declutter(`${prose}<div>${cards.join('')}</div>${prose}`, null, 'Plague case confirmed', page);
      expect(removed, text.slice(0, 60)).toEqual([]);
    }
  });

  it('keeps cards that are most of the page: a listing, not a rail beside a story', () => {
    const cards = [1, 2, 3, 4, 5, 6].map((n) => card(story(n), n)).join('');
    const { text } = declutter(`<p>The week in world news.</p><div>${cards}</div>`, null, 'World', page);
    expect(text).toContain('Another story from the newsroom, number 6');
  });

  it('keeps them on a home page, a section or a topic: a listing\'s cards are its content', () => {
    const cards = [1, 2, 3, 4].map((n) => card(story(n), n)).join('');
    for (const url of ['https://news.example/', 'https://news.example/world', 'https://news.example/topic/Car%20Rental']) {
      expect(declutter(`${prose}${prose}<div>${cards}</div>`, null, 'World', url).text, url).toContain('number 3');
    }
  });

  it('keeps cards beside a story whose page holds long scripts and style sheets (they are not text a reader sees)', () => {
    const cards = [1, 2, 3].map((n) => card(story(n), n)).join('');
    const code = `<script>${'var x = 1;'.repeat(2000)}</script><style>${'p{color:red}'.repeat(2000)}</style>`;
    expect(declutter(`<p>Three stories today.</p><div>${cards}</div>${code}`, null, 'Plague case confirmed', page).text).toContain('number 2');
  });

  it('keeps runs of cards in more places than a story has rails: a listing, section by section', () => {
    const sections = [0, 1, 2].map((s) => `<h2>Category ${s}</h2><p>Honourees of the year.</p><div>${[1, 2, 3].map((n) => card(story(10 * s + n), n)).join('')}</div>`);
    const { text } = declutter(`${prose}${prose}${prose}${prose}${sections.join('')}`, null, 'Best of the year', 'https://news.example/awards/best-of-year/');
    expect(text).toContain('Another story from the newsroom, number 3');
  });

  it('keeps items without pictures: a list of the article\'s own links', () => {
    const items = [1, 2, 3].map((n) => `<li><a href="https://news.example/report-${n}">Report number ${n} on the outbreak</a></li>`).join('');
    expect(declutter(`${prose}<ul>${items}</ul>`, null, 'Plague case confirmed', page).text).toContain('Report number 2');
  });

  it('removes a "Breaking News" heading and its headlines', () => {
    const links = [1, 2].map((n) => `<li><a href="/news/local/story-${n}.php">Local headline number ${n} of the day</a></li>`).join('');
    const { text } = declutter(`<div><div><h2><span>Breaking</span> News</h2></div><ul>${links}</ul></div>${prose}`);
    expect(text).not.toMatch(/Breaking|Local headline/);
  });
});

describe('isStoryAddress: an address that names one story', () => {
  it('tells a story\'s address from a home page, a section or a topic, and survives a malformed escape', () => {
    for (const url of ['https://news.example/news/10371941/x', 'https://news.example/2019/11/hunter-diagnosed-bubonic-plague/',
      'https://news.example/article/Cat-found-in-New-Mexico.php', 'https://blog.example/?p=1234', 'https://news.example/a/bad-%E0%A4%A-escape-here',
      'https://blog.example/2025/02/huso-nyc/']) {
      expect(isStoryAddress(url), url).toBe(true);
    }
    for (const url of ['https://news.example/', 'https://news.example/news/technology', 'https://kval.example/topic/Car%20Rental', 'not a url',
      'https://blog.example/2025/02/']) {
      expect(isStoryAddress(url), url).toBe(false);
    }
  });
});

describe('declutter: lines told by the page\'s own address', () => {
  it('removes a breadcrumb or a kicker linking to the sections the page is filed under, not a link elsewhere', () => {
    const url = 'https://health.example/mind-and-mood/regular-physical-activity-can-boost-mood';
    for (const line of ['<header><a href="https://health.example/mind-and-mood">Mind &amp; Mood</a></header>',
      '<p><a href="/">Home</a> &gt; <a href="/mind-and-mood/">Mind and mood</a> &gt;</p>']) {
      const { removed } = declutter(`${line}${prose}`, null, 'Regular physical activity can boost mood', url);
      expect(removed.map((item) => item.rule), line).toEqual(['navigation']);
    }
    for (const line of ['<p><a href="/mind-and-mood-archive">Mind and mood archive</a></p>', '<p><a href="/mind-and-mood/sleep">Sleep</a></p>',
      '<p><a href="https://health.example/">www.health.example</a></p>',
      '<p>Read the <a href="/mind-and-mood">full series</a> on exercise and depression, updated each month by our editors.</p>']) {
      expect(declutter(`${line}${prose}`, null, 'Regular physical activity can boost mood', url).removed, line).toEqual([]);
    }
  });

  it('removes a trail drawn as a list with separator items, wherever its links lead; not a list of links', () => {
    const url = 'https://shop.example/Earbuds-Wireless/dp/B0CX';
    const item = (name: string) => `<li><a href="/b?node=${name.length}">${name}</a></li>`;
    for (const trail of [`<ul>${item('Electronics')}<li>›</li>${item('Headphones')}<li>›</li>${item('Earbud Headphones')}</ul>`,
      `<ol><li><a href="/c/1">Home</a> /</li><li><a href="/c/2">Audio</a> /</li><li>Earbuds</li></ol>`]) {
      const { text, removed } = declutter(`${trail}${prose}`, null, 'Wireless earbuds', url);
      expect(removed.map((entry) => entry.rule), trail).toEqual(['navigation']);
      expect(text).toContain('The city council voted');
    }
    const links = `<ul>${item('Electronics')}${item('Headphones')}${item('Earbud Headphones')}</ul>`;
    const steps = '<ol><li><a href="/guide/1">Open the case</a> › <a href="/guide/2">hold the button</a> until the light blinks, then pair it.</li><li>Done</li></ol>';
    expect(declutter(`${prose}${links}`, null, 'Wireless earbuds', url).text).toContain('Earbud Headphones');
    expect(declutter(`${prose}${steps}`, null, 'Wireless earbuds', url).text).toContain('hold the button');
  });

  it('removes the page\'s own address standing as a line (a permalink to copy), not another address', () => {
    const { text, removed } = declutter(`<div><span>${page}</span></div>${prose}<p>https://who.example/plague</p>`, null, 'Plague', `${page}#top`);
    expect(text).not.toContain(page);
    expect(text).toContain('https://who.example/plague');
    expect(removed.map((item) => item.rule)).toEqual(['share-bar']);
  });

  it('removes a line that says how to cite this page, not a reference that cites another', () => {
    const cite = `<p>Citation: Plague case confirmed (2019, November 18) retrieved 20 November 2019 from ${page}.html</p>`;
    const reference = '<p>Doe, J. (2019). Plague in Inner Mongolia. Retrieved from https://who.example/plague</p>';
    const { text, removed } = declutter(`${prose}${cite}${reference}`, null, 'Plague', `${page}.html`);
    expect(text).not.toContain('Citation:');
    expect(text).toContain('Doe, J.');
    expect(removed.map((item) => item.rule)).toEqual(['boilerplate']);
  });
});
