import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { sanitizeArticle } from '../../src/extract/sanitize';

function sanitized(html: string): HTMLElement {
  const { window } = new JSDOM('<body></body>');
  const root = new window.DOMParser().parseFromString(`<body><div>${html}</div></body>`, 'text/html').body.firstElementChild!;
  return sanitizeArticle(root, window as unknown as Window & typeof globalThis);
}

const sizes = (body: HTMLElement) => Array.from(body.querySelectorAll('svg'), (svg) => `${svg.getAttribute('width')}x${svg.getAttribute('height')}`);

describe('icons sized by the page\'s style sheet', () => {
  it('are drawn at the text\'s size: a small viewBox with a width of 100% or none', () => {
    const body = sanitized(`<p><a href="https://example.test/">Install Python<svg viewBox="0 0 20 20" width="100%" height="100%"><path d="M1 1h18"/></svg></a></p>
      <h2>Setup <svg viewBox="0,0,24,24"><path d="M1 1h18"/></svg></h2>`);
    expect(sizes(body)).toEqual(['1emx1em', '1emx1em']);
  });

  it('are drawn at the text\'s size when hidden from assistive tech, whatever their viewBox (Font Awesome\'s), or when nothing of theirs is left to draw', () => {
    const body = sanitized(`<div class="user-trophy"><i class="fa-trophy"><svg viewBox="0 0 576 512" role="img" aria-hidden="true"><path d="M192 432h296"/></svg></i> 12</div>
      <p><i><svg role="img"><title>Thread starter</title><use href="/sprite.svg#user"></use></svg></i> Spursidol</p>`);
    expect(sizes(body)).toEqual(['1emx1em', '1emx1em']);
  });

  it('go when a sprite drew them and no title says what they were (a shop\'s rating stars, underlined blanks in a link)', () => {
    const body = sanitized(`<a href="/hd-681"><span class="stars"><svg><use href="/sprite.svg#star"></use></svg><svg><use href="/sprite.svg#star"></use></svg></span>
      <span>6207</span></a><p><svg viewBox="0 0 24 24"><path d="M1 1h18"/></svg> Drawn</p>`);
    expect(body.querySelectorAll('svg')).toHaveLength(1);
    expect(body.querySelector('a')!.textContent!.trim()).toBe('6207');
  });

  it('take the boxes that showed nothing else with them: no empty bullet for a post\'s share icon or a filter\'s button, no cell missing from a row', () => {
    // WCXB 0516 (Physics Forums): each post's header kept a list item whose only content was a share icon.
    const body = sanitized(`<article id="post-1"><header><ul><li><span role="button" aria-label="Share"><i><svg aria-hidden="true"><use href="/icons.svg#share"></use></svg></i></span></li>
      <li><a href="/posts/1">#1</a></li></ul></header><p>Is this shop legit?</p><p><a href="/share"><svg><use href="/icons.svg#x"></use></svg></a> Share</p></article>
      <ul><li><svg><use href="/icons.svg#y"></use></svg></li><li><img src="/a.png" alt="A"><span><svg><use href="/icons.svg#z"></use></svg></span></li></ul>
      <table><tr><td>Waterproof</td><td><svg><use href="/icons.svg#check"></use></svg></td><td>Yes</td></tr></table>
      <ul id="selected-filters"><li><button>Clear</button></li><li>  </li><li><a href="/mail"><i class="icon-mail">\uf0e0</i></a></li></ul>`);
    expect(body.querySelectorAll('svg')).toHaveLength(0);
    expect(Array.from(body.querySelectorAll('li'), (li) => li.textContent!.trim() || li.innerHTML.trim())).toEqual(['#1', expect.stringMatching(/^<img/)]);
    expect(body.querySelectorAll('td')).toHaveLength(3);
    expect(body.querySelector('#user-content-post-1')).not.toBeNull();
    expect(body.querySelectorAll('p')[1]!.textContent!.trim()).toBe('Share');
  });

  it('keep their own size when they state one, and drawings with a large viewBox are left to the column', () => {
    const body = sanitized(`<p>A <svg viewBox="0 0 20 20" width="20" height="20"><path d="M1 1h18"/></svg> marker.</p>
      <figure><svg viewBox="0 0 800 400" width="100%"><rect width="800" height="400"/></svg></figure>
      <svg width="100%"><circle r="4"/></svg>`);
    expect(sizes(body)).toEqual(['20x20', '100%xnull', '100%xnull']);
  });

  it('keep the size their style attribute gave them, which prune and the sanitizer take out', () => {
    // WCXB 0046 (The Motley Fool): a glossary card's 75 × 59 px book filled the column.
    const url = 'https://www.example.com/investing/cloud-stocks/';
    const text = 'Cloud computing boomed during the 2010s, and growth in this industry is still in the early innings for investors. ';
    const dom = new JSDOM(`<!doctype html><html><head><title>Cloud stocks</title></head><body><main><article><h1>Cloud stocks</h1>
      <p>${text.repeat(3)}</p><div><p><a href="/terms/c/cloud-computing/"><svg class="flex" style="width:75px;height:59px" viewBox="0 0 75 59"><title>Definition</title><path d="M1 1h70v50"/></svg></a></p>
      <p><a href="/terms/c/cloud-computing/">Cloud Computing</a></p><p>${text}</p></div>
      <figure><svg style="width: 50%" viewBox="0 0 800 400"><rect width="800" height="400"/></svg><figcaption>Spending by year.</figcaption></figure><p>${text.repeat(2)}</p></article></main></body></html>`, { url });
    const result = extractArticle(dom.window.document, { url, window: dom.window as unknown as Window & typeof globalThis });
    if (!result.ok) throw new Error(result.reason);
    expect(sizes(result.content as HTMLElement)).toEqual(['75x59', 'nullxnull']);
  });
});

describe('controls', () => {
  it('go with their labels; an accordion\'s question in a heading, a summary or an opening button stays as text', () => {
    const body = sanitized(`<div><button aria-label="Copy">Copy code block</button><pre>pip install flask</pre></div>
      <p>Was this helpful? <button>Yes</button><button>No</button></p>
      <h3><button aria-expanded="false">Show</button></h3>
      <details><summary><button>How long does it keep?</button></summary><p>A week.</p></details>
      <button aria-expanded="false" aria-controls="a1">Can I freeze the dough?</button><div id="a1"><p>Yes, for a month.</p></div>
      <button aria-expanded="false">Show more</button>`);
    const text = body.textContent!;
    for (const kept of ['pip install flask', 'Was this helpful?', 'Show', 'How long does it keep?', 'Can I freeze the dough?']) expect(text).toContain(kept);
    for (const gone of ['Copy code block', 'No', 'Show more']) expect(text).not.toContain(gone);
    expect(text).not.toMatch(/helpful\?\s*Yes/);
    expect(body.querySelector('button')).toBeNull();
  });

  it('include a heading\'s icon button to copy its link, with its icon (Stripe\'s API reference, WCXB 0680)', () => {
    const body = sanitized(`<h4><button data-testid="element-link"><svg width="13" height="13" viewBox="0 0 13 13"><path d="M7 7a2 2 0 0 0 0-3z"/></svg></button>
      <span>amount</span></h4><p>Amount intended to be collected by this payment.</p>`);
    expect(body.querySelector('h4')?.textContent?.trim()).toBe('amount');
    expect(body.querySelector('svg')).toBeNull();
  });

  it('include a link that goes nowhere and runs a script (phpBB\'s "Select all"); a link, a heading\'s or a picture\'s, stays', () => {
    const body = sanitized(`<div class="codebox"><p>Code: <a href="#" onclick="selectCode(this); return false;">Select all</a></p><pre><code>dtparam=eth_led0=4</code></pre></div>
      <p>Tap <a href="javascript:void(0)" onclick="more()">Show more</a> or <a onclick="reply()">Reply</a>.</p>
      <p><a href="#" onclick="openGallery(1)"><img src="https://example.test/a.jpg" alt="The lake"></a></p>
      <h3><a href="#" onclick="toggle(this)">Cleaning</a></h3>
      <p><a href="#" onclick="track()">A long link that says more than a control does</a>, <a href="#top">back to top</a>,
      <a href="https://example.test/next" onclick="track()">next story</a>.</p>
      <p><a href="#" onclick="votes(1)">score: 4,390,681</a>, and <a href="#" onclick="votes(2)">44,629 people voted</a></p>`);
    const text = body.textContent!.replace(/\s+/g, ' ');
    for (const gone of ['Select all', 'Show more', 'Reply']) expect(text).not.toContain(gone);
    for (const kept of ['Code:', 'dtparam=eth_led0=4', 'Cleaning', 'A long link that says more', 'back to top', 'next story', 'score: 4,390,681', '44,629 people voted']) {
      expect(text).toContain(kept);
    }
    expect(body.querySelector('img')?.getAttribute('alt')).toBe('The lake');
  });

  it('include a heading\'s link to itself (Sphinx\'s ¶, a #, an icon) or to the page\'s top, and a pilcrow linking into the page; words and footnotes stay', () => {
    const body = sanitized(`<h2 id="fields">Fields<a class="headerlink" href="#fields" title="Link to this heading">¶</a></h2>
      <h3 id="b"><a href="#b"><svg viewBox="0 0 16 16"><path d="M1 1h8"/></svg></a>Options <a href="#b">#</a></h3>
      <div class="code-block-caption"><span>myapp/models/__init__.py</span><a href="#id1">¶</a></div>
      <h3 id="c"><a href="#c">Custom field types</a></h3><p>See the note<sup><a href="#fn1">1</a></sup> and <a href="#c">§ 4</a>.</p>
      <h2><a id="NAME" href="#NAME"></a>NAME &nbsp; <a href="#top_of_page"><span class="top-link">top</span></a></h2><h2>Stop <a href="#b">↑</a></h2>
      <p>Back to <a href="#top">top</a> of the list.</p>`);
    const text = body.textContent!.replace(/\s+/g, ' ');
    expect(text).not.toMatch(/[¶#↑]|NAME top/);
    expect(text).toContain('Back to top of the list.');
    expect(body.querySelectorAll('svg')).toHaveLength(0);
    for (const kept of ['Fields', 'Options', 'myapp/models/__init__.py', 'Custom field types', 'See the note1', '§ 4']) expect(text).toContain(kept);
  });

  it('leave a heading whose words all link into the page (to itself, MDN; back to the contents, Sphinx) as a heading, its anchor kept', () => {
    const body = sanitized(`<h2 id="try_it"><a href="#try_it">Try it</a></h2>
      <h2><a class="toc-backref" href="#id3" role="doc-backlink">Introduction</a><a class="headerlink" href="#introduction">¶</a></h2>
      <h3><a name="setup" href="#setup">Setup</a></h3><h3><a href="#setup">Setup</a> and more</h3><h3><a href="https://example.test/other">Elsewhere</a></h3>`);
    expect(Array.from(body.querySelectorAll('h2, h3'), (h) => [h.id, h.innerHTML.trim()])).toEqual([
      ['user-content-try_it', 'Try it'], ['', 'Introduction'], ['user-content-setup', 'Setup'], ['', '<a href="#user-content-setup">Setup</a> and more'],
      ['', '<a href="https://example.test/other" target="_blank" rel="noopener noreferrer">Elsewhere</a>'],
    ]);
  });

  it('include a heading\'s link to itself made absolute (Readability does), not one to another page\'s section', () => {
    const { window } = new JSDOM('<body></body>', { url: 'https://redis.io/docs/data-types/' });
    const root = new window.DOMParser().parseFromString(`<body><div><h2 id="sets">Sets <a href="https://redis.io/docs/data-types/#sets"><svg viewBox="0 0 16 16"><path d="M1 1h8"/></svg></a></h2>
      <h2 id="lists">Lists <a href="https://redis.io/docs/other/#lists">¶</a></h2></div></body>`, 'text/html').body.firstElementChild!;
    const body = sanitizeArticle(root, window as unknown as Window & typeof globalThis);
    expect(body.querySelectorAll('a')).toHaveLength(1);
    expect(body.querySelector('a')!.getAttribute('href')).toBe('https://redis.io/docs/other/#lists');
  });

  it('include a forum post\'s quote, reply and report links; a link to the thread or to a post stays', () => {
    const body = sanitized(`<ul class="profile-icons"><li><a href="./posting.php?mode=quote&amp;f=20&amp;p=36151648"><span>Reply with quote</span></a></li></ul>
      <p><a href="https://forum.example.test/posts/123/quote">Quote</a> <a href="/forum/report.php?p=5">Report</a> <a href="index.php?action=post;quote=9;topic=3">Quote</a></p>
      <h3><a href="#p36151648">2025-26 Football Season</a></h3><p>MLS is back, <a href="./viewtopic.php?t=7">as the thread says</a>.</p>`);
    const text = body.textContent!.replace(/\s+/g, ' ');
    for (const gone of ['Reply with quote', 'Quote', 'Report']) expect(text).not.toContain(gone);
    for (const kept of ['2025-26 Football Season', 'as the thread says']) expect(text).toContain(kept);
  });
});

describe('a form\'s frame', () => {
  it('goes with its controls when its legend and labels are all it says; a fieldset with its own words stays, unframed', () => {
    const body = sanitized(`<p>Keep your day's gear within easy reach.</p>
      <fieldset><legend>Please select a size</legend><label><input type="radio" name="s">S</label><label><input type="radio" name="s">M</label></fieldset>
      <fieldset><legend>Members get 10% back</legend><select><option>Join now</option></select></fieldset>
      <fieldset><legend>Ingredients</legend><p>Two cups of flour and a pinch of salt.</p></fieldset>`);
    const text = body.textContent!.replace(/\s+/g, ' ');
    for (const gone of ['Please select a size', 'Members get 10% back', 'Join now']) expect(text).not.toContain(gone);
    for (const kept of ['Ingredients', 'Two cups of flour']) expect(text).toContain(kept);
    expect(body.querySelectorAll('fieldset')).toHaveLength(1);
  });

  it('takes the names of its entry fields with them; a check box\'s or a radio button\'s label stays as its text', () => {
    const body = sanitized(`<p>Request our free ebook.</p>
      <div class="gfield"><label for="input_1">First Name<span>*</span></label><div><input id="input_1" type="text"></div></div>
      <label for="input_2">Phone*</label><input id="input_2" type="tel">
      <label>Quantity: <input type="number" value="1"></label>
      <label for="sort">Sort:</label><select id="sort"><option>Newest</option></select>
      <label for="msg">Message</label><textarea id="msg"></textarea>
      <input type="checkbox" id="q1"><label for="q1">How long does it keep?</label><p>A week in the fridge.</p>
      <label><input type="radio" name="r"> Metric units</label>
      <label for="elsewhere">Your city</label>`);
    const text = body.textContent!.replace(/\s+/g, ' ');
    for (const gone of ['First Name', 'Phone', 'Quantity', 'Sort', 'Message']) expect(text).not.toContain(gone);
    for (const kept of ['Request our free ebook.', 'How long does it keep?', 'A week in the fridge.', 'Metric units', 'Your city']) expect(text).toContain(kept);
  });

  it('takes a list box\'s options with it, not left as a line of words', () => {
    const body = sanitized(`<p>Found a lower price? Date of the price: <select><option>01</option><optgroup label="x"><option>02</option></optgroup></select>
      <datalist id="d"><option value="a">Alpha</option></datalist> Thank you.</p>`);
    expect(body.textContent!.replace(/\s+/g, ' ').trim()).toBe('Found a lower price? Date of the price: Thank you.');
  });
});
