import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { pruneNonContent } from '../../src/extract/prune';
import { removeHiddenCopies } from '../../src/extract/style-hidden-text';

function pruned(body: string): Document {
  const doc = new JSDOM(`<body>${body}</body>`).window.document;
  pruneNonContent(doc, []);
  return doc;
}

describe('text the style sheet hides: the same words twice side by side, an echo, a scrambled label', () => {
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

  it("reads a date's long form alone where its short form is beside it (Invision Community's ipsTime__long and __short)", () => {
    const doc = pruned(`<p id="date"><time datetime="2024-08-26T16:29:31Z"><span class="ipsTime__long">August 26, 2024</span><span class="ipsTime__short">1 yr</span></time></p>
      <p id="plain"><span class="price__long">12 monthly payments</span> <span class="price__short-note">no fees</span></p>
      <p id="alone"><span class="ipsTime__short">1 yr</span></p>`);
    expect(doc.getElementById('date')!.textContent).toBe('August 26, 2024');
    expect(doc.getElementById('plain')!.textContent).toBe('12 monthly payments no fees');
    expect(doc.getElementById('alone')!.textContent).toBe('1 yr');
  });

  it('reads once: a block drawn for narrow screens beside its wide-screen form (Bootstrap\'s, Tailwind\'s), not one of other words', () => {
    const doc = pruned(`<div id="post"><div class="d-block d-sm-none"><a href="/u/d">Dessalines</a> to <a href="/c/a">Announcements</a>
      · <span>1 year ago</span><h1>Lemmy Development Update</h1><a href="#c">22</a></div>
      <div class="d-none d-sm-block"><div class="score">93</div><h1>Lemmy Development Update</h1><div><a href="/u/d">Dessalines</a>
      to<a href="/c/a">Announcements</a> · <span>1 year ago</span></div><a href="#c">22</a></div></div>
      <nav id="tw"><span class="md:hidden">Menu and search</span><span class="hidden md:flex">Menu and search here</span></nav>
      <div id="other"><div class="d-md-none">Call us today for a quote</div><div class="d-none d-md-block">Opening hours: nine to five</div></div>
      <div id="apart"><div class="d-lg-none">Lemmy Development Update</div><div class="d-none d-md-block">Lemmy Development Update, October</div></div>`);
    expect(doc.getElementById('post')!.querySelector('.d-sm-none')).toBeNull();
    expect(doc.getElementById('post')!.textContent).toContain('93');
    expect(doc.querySelector('.md\\:hidden')).toBeNull();
    expect(doc.getElementById('other')!.textContent).toContain('Call us today');
    // Shown below a different breakpoint than its twin is shown from: both stay.
    expect(doc.getElementById('apart')!.children).toHaveLength(2);
  });

  it('reads once: words echoed inside their own line for screen readers (eBay\'s "clipped" copy)', () => {
    const doc = pruned(`<div id="price"><span class="ux-textspans">GBP 0.00<span class="clipped">GBP 0.00</span></span></div>
      <p id="more"><a href="/x">Read more<span class="sr">about the flood</span></a></p>`);
    expect(doc.getElementById('price')!.textContent).toBe('GBP 0.00');
    expect(doc.getElementById('more')!.textContent).toBe('Read moreabout the flood');
  });

  it('reads once: a card\'s overlay link, hidden from assistive tech, that says the heading\'s words before it (Walmart)', () => {
    // WCXB 4203: "Make mealtime amazingMake mealtime amazing" led the outline.
    const doc = pruned(`<h2 id="hero" class="ma0 bold"><a class="absolute--fill" aria-hidden="true" tabindex="-1" href="/browse/instant-pot"><span class="ld_FS">Make mealtime amazing</span></a>Make mealtime amazing</h2>
      <h2 id="shown"><a href="/browse/air-fryers">Fresh ways to fry</a>Fresh ways to fry</h2>`);
    expect(doc.getElementById('hero')!.textContent).toBe('Make mealtime amazing');
    expect(doc.getElementById('shown')!.textContent).toBe('Fresh ways to fryFresh ways to fry');
  });

  it('takes off a label scrambled over spans named by UUIDs, most of them hidden by the style sheet', () => {
    const doc = pruned(`<div id="label"><span class="nYpj 440b3421-0591-4279-b977-1d34a651ceaf">9</span><span
      class="zXCP 511e4748-1bce-40c8-9c69-f944ec710640">303097ac-d3e5-41e1-baf5-303640756ebf</span><span
      class="KZsx 8eaedc9a-fffb-4d31-b369-f888e1af8ca0">S</span></div><p id="kept"><span class="w-variant-b589ac39-b092-8bfb-4add-02f955589201">Fast</span></p>`);
    expect(doc.getElementById('label')!.textContent).toBe('');
    expect(doc.getElementById('kept')!.textContent).toBe('Fast');
  });
});

describe('a block the style sheet hides at every size', () => {
  const post = 'I have a quite old JVC RS2 in my basement home theater that has been an absolutely wonderful projector for me. '
    + 'But the time has come to start looking at a replacement that can handle 4K, and I have not been in the market for years.';
  const page = (hidden: string) => `<div class="thread" itemscope itemtype="https://schema.org/DiscussionForumPosting">
    <div class="hidden"><span itemprop="author">JosephF</span> J <article itemprop="text">${hidden}</article></div>
    <article class="post"><header>JosephF · Jan 3, 2024</header><div class="body">${post}</div></article></div>`;

  it('goes where the page shows its text elsewhere (a post written again for its microdata, AVS Forum, WCXB 0528)', () => {
    const doc = new JSDOM(`<body>${page(post)}</body>`).window.document;
    const removed: import('../../src/extract/types').RemovedItem[] = [];
    removeHiddenCopies(doc, removed);
    expect(doc.querySelector('.hidden')).toBeNull();
    expect(doc.body.textContent!.split('quite old JVC').length - 1).toBe(1);
    expect(removed.map((item) => item.rule)).toEqual(['hidden']);
  });

  it('stays where its text is nowhere else but in a script or another hidden block, where a breakpoint shows it, or in code', () => {
    const other = 'A longer account of the setup, which the page opens with its "Read more" button: the screen, the seats, the '
      + 'speakers behind the screen and the way the room was painted dark so that the picture keeps its contrast at night.';
    // A FAQ's closed answer, in its JSON-LD too (WCXB 0713); MDN's hidden sample sources (0672).
    const faq = `<script type="application/ld+json">{"text": "${other}"}</script>`;
    const doc = new JSDOM(`<body>${page(other)}${faq}<div class="hidden md:block">${post}</div><pre class="brush: css hidden">${post}</pre>`
      + `<div class="d-none"><p>${other}</p></div></body>`).window.document;
    removeHiddenCopies(doc, []);
    expect(doc.querySelectorAll('.hidden, .d-none')).toHaveLength(4);
  });
});
