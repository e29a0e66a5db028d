import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isCollectingForm, pruneNonContent } from '../../src/extract/prune';
import { extractArticle } from '../../src/extract';
import type { RemovedItem } from '../../src/extract/types';

function prune(html: string) {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  const removed: RemovedItem[] = [];
  pruneNonContent(doc, removed);
  return { doc, text: doc.body.textContent!.replace(/\s+/g, ' ').trim(), removed };
}

const paragraph = '<p>The council voted on Tuesday to extend the program for another two years after a long debate.</p>';

describe('pruneNonContent', () => {
  it('removes navigation, skip links and hidden blocks', () => {
    const { text, removed } = prune(`<a href="#main">Skip to content</a><nav><a href="/">Home</a></nav>
      <div role="navigation"><a href="/a">Section</a></div><div hidden>Secret</div><div style="display: none">Gone</div>${paragraph}`);
    expect(text).toBe(paragraph.replace(/<\/?p>/g, ''));
    expect(removed.map((item) => item.rule)).toEqual(['navigation', 'navigation', 'navigation']);
  });

  it('removes a table of contents drawn as a <nav> with its bare "Contents:" label, and a "Contents" over other links stays (WCXB 0233)', () => {
    const toc = '<nav><ul><li><a href="#why">Why</a></li><li><a href="#how">How</a></li><li><a href="#what">What</a></li></ul></nav>';
    const labelled = prune(`<div id="ez-toc-container"><div class="ez-toc-title-container"><p class="ez-toc-title">Contents:</p></div>${toc}</div>${paragraph}`);
    expect(labelled.text).toBe(paragraph.replace(/<\/?p>/g, ''));
    expect(labelled.removed.map((item) => item.rule)).toEqual(['contents', 'navigation']);
    const menu = prune(`<p>Contents</p><nav><a href="/a">Tents</a><a href="/b">Poles</a><a href="/c">Stakes</a></nav>${paragraph}`);
    expect(menu.text).toMatch(/^Contents ?The council/);
  });

  it('removes a bar of links named a navbar without <nav>, never a table of contents named so (WCXB 1795, 4363)', () => {
    const { text, removed } = prune(`<div class="NavBar-module_container__KsH8"><a href="/">News</a><a href="/weather">Weather</a>
      <a href="/sports">Sports</a><span>40</span></div><header class="navbar navbar-expand-lg"><a href="/jobs">Jobs</a><a href="/pay">Salaries</a></header>
      <div class="grid-navbar"><p>Table of contents</p><a href="#one">Top 10 conferences</a><a href="#two">How to prepare</a></div>
      <div class="navbar-note">Our newsroom covers the <a href="/valley">valley</a> and the coast every day of the week.</div>${paragraph}`);
    expect(text).not.toMatch(/Weather|Salaries/);
    expect(text).toContain('Top 10 conferences');
    expect(text, 'a box of prose named so').toContain('Our newsroom covers');
    expect(removed.map((item) => item.rule)).toEqual(['navigation', 'navigation']);
  });

  it('removes a dropdown menu its control opens, set in the content, and the control; never a panel of prose a control opens (WCXB 0689)', () => {
    const versions = Array.from({ length: 6 }, (_, i) => `<li><a href="/docs/git-commit/2.5${i}.0">2.5${i}.0 2025-0${i + 1}-16</a></li>`
      + `<li>2.5${i}.1 no changes</li>`).join('');
    const { text, removed } = prune(`<div id="content"><a class="dropdown-trigger" data-panel-id="versions-dropdown" href="#">Latest version ▾</a>
      <div class="dropdown-panel left" id="versions-dropdown"><header>Changes in the manual</header><ol>${versions}</ol></div>
      <button aria-controls="faq-menu-1">Which version do I need?</button><div class="menu-answer" id="faq-menu-1"><p>Any release since
      <a href="/docs/2.50.0">2.50.0</a> reads the option; older ones ignore it, as the <a href="/notes">release notes</a> say.</p></div>
      <ul class="dropdown-menu" id="unopened"><li><a href="/a">A</a></li><li><a href="/b">B</a></li><li><a href="/c">C</a></li>
      <li><a href="/d">D</a></li><li><a href="/e">E</a></li></ul>${paragraph}</div>
      <header><button aria-controls="panel-women">Women</button><section id="panel-women" class="menu-item"><a href="/w/1">Leggings</a>
      <a href="/w/2">Shorts</a><a href="/w/3">Tops</a><a href="/w/4">Bras</a><a href="/w/5">Hoodies</a></section></header>`);
    expect(text).not.toMatch(/Latest version|Changes in the manual|2\.53\.0/);
    expect(text).toContain('Any release since 2.50.0 reads the option');
    expect(text, 'a menu no control opens').toContain('ABC DE');
    expect(text, "a menu in the page's header, left to what judges the header").toContain('Leggings');
    expect(removed.map((item) => item.sample)).toEqual(['Latest version ▾', expect.stringContaining('Changes in the manual')]);
  });

  it("removes an icon's placeholder word, which the style sheet draws as a glyph, and not the word in a list (WCXB 3016)", () => {
    const { text } = prune(`<ol><li><span class="card__icon">Icon</span><h5>Google publishes scaling principles</h5></li></ol>
      <ul><li>IDL</li><li class="lang">Icon</li><li>Idris</li></ul>${paragraph}`);
    expect(text).toContain('Google publishes');
    expect(text.match(/Icon/g)).toHaveLength(1);
  });

  it("reads an icon font's names for its icons as the marks they draw in a table, and drops them elsewhere (WCXB 4876, 4351)", () => {
    const { doc, text } = prune(`<table><tr><td>Unlimited returns</td><td><i class="material-icons color-green">check</i></td>
      <td><span class="material-symbols-outlined">close</span></td></tr></table><p><i class="material-icons">local_offer</i> Spring sale</p>
      <div class="card-reveal"><span class="card-title"><i class="material-icons right">close</i></span></div>${paragraph}`);
    expect(Array.from(doc.querySelectorAll('td'), (cell) => cell.textContent!.trim())).toEqual(['Unlimited returns', '✓', '✗']);
    expect(text).not.toMatch(/local_offer|close/);
    expect(text).toContain('Spring sale');
  });

  it('removes a popover, hidden until the page opens it, unless it holds most of the page', () => {
    const card = '<i-card popover id="learn"><p>To install this app on iOS, tap the Share icon in Safari, then Add to Home Screen.</p></i-card>';
    expect(prune(`${card}${paragraph}`).text).toBe(paragraph.replace(/<\/?p>/g, ''));
    expect(prune(`<div popover="manual">${paragraph.repeat(12)}</div>`).text).toContain('The council voted');
  });

  it('shows again a wrapper that hides most of the page until its scripts run, and still removes what it hides', () => {
    const { doc, removed } = prune(`<div id="wrap" style="visibility:hidden;background-color:#fff">${paragraph.repeat(8)}
      <div id="menu" style="display:none">Menu</div></div><script>${'x'.repeat(5000)}</script>`);
    const wrap = doc.getElementById('wrap')!;
    expect(wrap.getAttribute('style') ?? '').not.toMatch(/visibility/);
    expect(wrap.textContent).toContain('The council voted');
    expect(doc.getElementById('menu')).toBeNull();
    expect(removed).toEqual([]);
  });

  it("shows again a hidden block that holds the page's headline, however long the menus around it (WCXB 0631)", () => {
    const menu = `<header><ul>${'<li><span>Vitamins and supplements for every stage of life</span></li>'.repeat(60)}</ul></header>`;
    const { doc } = prune(`${menu}<div id="product" class="defer-block" style="display: none"><h1>Toasted Almond Thins</h1>${paragraph.repeat(6)}</div>
      <div id="modal" style="display: none"><h2>Email a Friend!</h2>${paragraph.repeat(6)}</div>`);
    expect(doc.getElementById('product')!.textContent).toContain('Toasted Almond Thins');
    expect(doc.getElementById('modal')).toBeNull();
    // A logo's <h1> is no headline: the hidden menu that holds it goes.
    expect(prune(`${menu}<div id="drawer" hidden><h1><a href="/">Shop</a></h1>${paragraph.repeat(6)}</div>${paragraph.repeat(3)}`).doc
      .getElementById('drawer')).toBeNull();
  });

  it('keeps what inline styles show, without the styles, once what they hide is gone', () => {
    const { doc } = prune(`<div id="box" style="color: red; margin: 0 auto">${paragraph}<span style="font-weight:bold">Bold</span>
      <p style="display: none">Gone</p></div>`);
    expect(doc.getElementById('box')!.textContent).toContain('Bold');
    expect(doc.body.textContent).not.toContain('Gone');
    expect(doc.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('removes a hidden block that holds a long text when most of the page is shown', () => {
    const { doc } = prune(`<div id="shown">${paragraph.repeat(12)}</div><div id="drawer" hidden>${paragraph.repeat(8)}</div>`);
    expect(doc.getElementById('shown')).not.toBeNull();
    expect(doc.getElementById('drawer')).toBeNull();
  });

  it('judges elements with no attributes at all by their tag alone (nav, dialog, a collecting form)', () => {
    const { text, removed } = prune(`<nav><a href="/">Home</a></nav><dialog>Download our app</dialog>
      <form><input type="email"><button>Subscribe</button></form><div><section><ul><li>Kept</li></ul></section></div>${paragraph}`);
    expect(removed.map((item) => item.rule)).toEqual(['navigation', 'modal', 'form']);
    expect(text).toBe(`Kept${paragraph.replace(/<\/?p>/g, '')}`);
  });

  it('removes sign-up and log-in forms but not a search box or a page-wide form', () => {
    const { doc } = prune(`<form id="signup"><input type="email"><button>Subscribe</button></form>
      <form id="search"><input type="search" name="q"></form>
      <form id="page"><input type="text" name="newsletter_email">${paragraph.repeat(20)}</form>`);
    expect(doc.getElementById('signup')).toBeNull();
    expect(doc.getElementById('search')).not.toBeNull();
    expect(doc.getElementById('page')).not.toBeNull();
  });

  it('recognises collecting forms by their inputs', () => {
    const form = (inner: string) => new JSDOM(`<form>${inner}</form>`).window.document.querySelector('form')!;
    expect(isCollectingForm(form('<input type="password">'))).toBe(true);
    expect(isCollectingForm(form('<input type="text" placeholder="Your e-mail">'))).toBe(true);
    expect(isCollectingForm(form('<input type="text" name="q"><textarea></textarea>'))).toBe(false);
  });

  it('removes share bars, keeps a paragraph that links to a social network', () => {
    const { text } = prune(`<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a>
      <a href="https://twitter.com/intent/tweet?url=x">Twitter</a><a href="mailto:?subject=x">Email</a></div>
      <p>The mayor announced it <a href="https://twitter.com/mayor/status/1">on Twitter</a> before the meeting.</p>`);
    expect(text).not.toContain('Facebook');
    expect(text).toContain('on Twitter');
  });

  it('removes a share bar whose buttons are scripts\' links named "Share on …", not a line that says "share" in prose', () => {
    const { text, removed } = prune(`<ul><li><a href="#">Share on Facebook</a></li><li><a href="#">Share by Email</a></li>
      <li><a href="#">Partager sur LinkedIn</a></li></ul>
      <p><a href="#">Share your story</a> <a href="#">Share on the community board what you baked with it</a></p>${paragraph}`);
    expect(text).not.toMatch(/Facebook|Email|LinkedIn/);
    expect(text).toContain('Share your story');
    expect(text).toContain('what you baked');
    expect(removed.map((item) => item.rule)).toEqual(['share-bar']);
  });

  it("removes XenForo's share bar, whose links point at # and keep the endpoint in data-href", () => {
    const button = (net: string, href: string) => `<a class="shareButtons-button" href="#_xfUid-1" data-href="${href}"><span>${net}</span></a>`;
    const { text, removed } = prune(`${paragraph}<div class="shareButtons-buttons">${button('Facebook', 'https://www.facebook.com/sharer.php?u={url}')}
      ${button('Reddit', 'https://reddit.com/submit?url={url}')}${button('WhatsApp', 'https://api.whatsapp.com/send?text={url}')}</div>`);
    expect(text).not.toMatch(/Facebook|Reddit|WhatsApp/);
    expect(removed.map((item) => item.rule)).toEqual(['share-bar']);
  });

  it('removes ad slots and consent banners by name only when their content agrees', () => {
    const { text } = prune(`<div class="ad-slot">Advertisement</div><div id="cookie-banner">We use cookies to improve your experience.</div>
      <div class="ad-free-article">${paragraph}</div>`);
    expect(text).not.toMatch(/Advertisement|cookies/);
    expect(text).toContain('The council voted');
  });

  it('removes a long consent preference centre, never a page wrapper whose class only looks like one (WCXB 0059, 4041)', () => {
    const purposes = '<p>We and our partners use cookies to store and access information on a device for these purposes.</p>'.repeat(20);
    // Adobe Experience Manager names every component cmp-*: its page-wide cmp-container held the whole article
    // (which mentions cookies in a footer link) and was pruned as a consent banner, leaving "No article found".
    const aem = `<div class="cmp-container"><h1>How the clouds compare</h1>${paragraph.repeat(20)}<a href="/privacy">Cookie settings</a></div>`;
    const { text, removed } = prune(`<div id="onetrust-pc-sdk">${purposes}</div>${aem}`);
    expect(removed.map((item) => item.rule)).toEqual(['consent-banner']);
    expect(text).not.toContain('our partners');
    expect(text).toContain('How the clouds compare');
    expect(prune(`<div class="cmp-container cmp-cookie">${purposes}</div>`).removed).toEqual([]);
    // Ethyca's Fides, a modal too long to be judged one (Condé Nast's sites, WCXB 2968).
    const fides = prune(`<div id="fides-banner-container" role="alertdialog" aria-modal="true" class="fides-banner fides-tcf-banner-container">
      <div role="heading">We Care About Your Privacy</div>${purposes}</div>${paragraph}`);
    expect(fides.removed.map((item) => item.rule)).toEqual(['consent-banner']);
    expect(fides.text).not.toContain('Your Privacy');
    // A site's own preference centre, as a dialog (Etsy's) or named a modal; a long section named for cookies that is
    // neither stays (a cookie recipe's page, a privacy policy).
    for (const centre of [`<div id="gdpr-privacy-settings" role="dialog" aria-hidden="true">${purposes}</div>`,
      `<div id="modal_cookie-consent" class="modal_">${purposes}</div>`]) {
      expect(prune(`${centre}${paragraph}`).removed.map((item) => item.rule)).toEqual(['consent-banner']);
    }
    expect(prune(`<div class="cookie-policy">${purposes}</div>${paragraph}`).removed).toEqual([]);
  });

  it('removes a site\'s promo bar, one slide per country, never a wrapper around the post (WCXB 4759, 4459)', () => {
    const slides = ['$40+', '$60 CAD+', '65€ or more', '¥990 or more'].map((price) => `<span class="promo-bar__text"><p>Free
      standard shipping on orders ${price}. For more information on shipping rates and timelines, please visit our
      <a href="/pages/international">international page</a></p></span>`).join('');
    const { text, removed } = prune(`<div id="promoBar" class="promo-bar hide">${slides}</div>${paragraph.repeat(30)}`);
    expect(removed.map((item) => item.rule)).toEqual(['call-to-action']);
    expect(text).not.toContain('shipping');
    expect(prune(`<div class="theridge-promoBanner">99-day risk-free trial</div>${paragraph.repeat(6)}`).text).not.toContain('trial');
    // An unclosed announcement aside that the parser lets hold the whole post stays, with it.
    expect(prune(`<aside class="columns announcement-banner"><p>Join the founders' summit.</p>${paragraph.repeat(6)}</aside>`)
      .removed).toEqual([]);
    expect(prune(`<div class="announcement-bar"><h1>Our new plans</h1>${paragraph}</div>`).removed).toEqual([]);
    // Judging the bar leaves the page's measure to the hidden wrapper below it, taken once the menus have gone (0583).
    const menu = `<nav>${'<a href="/shop">Shop every coffee roast we sell</a>'.repeat(40)}</nav>`;
    const locked = prune(`<div class="announcement-bar">Free shipping over $40</div>${menu}<div style="display:none">${paragraph.repeat(10)}</div>`);
    expect(locked.text).toContain('The council voted');
  });
  it('removes a box named a call to action that is a line or two and a button, never a longer block, plain text or a run of cards named so (WCXB 0116, 0314, 4627)', () => {
    const { text, removed } = prune(`${paragraph}<div class="AdvisorResourcesCTA_advisorCta__ex5AL"><h3>Build a Better RIA</h3>
      <p>Drive growth with automation, not headcount.</p><button type="button">Get Started</button></div>
      <div class="mini-cta yellow">Let Stitch increase your data flexibility today<a href="/signup">Free trial</a></div>
      <div class="cta-column"><p>${'Revenue grew by forty-three million dollars across the restaurant group. '.repeat(5)}</p><a href="/case">Read the case</a></div>
      <div class="post-cta">A closing line of the story with no link at all.</div><div class="factual">Ideal for <a href="/r">RIAs</a></div>
      <div class="trails">${['Anthills', 'Burroughs Park'].map((trail) => `<div class="elementor-widget"><div class="elementor-cta">
      <h2>${trail}</h2><p>Difficulty: Beginner. Length: 5 miles.</p><a href="/map">View Trailforks Map</a></div></div>`).join('')}</div>`);
    expect(text).not.toMatch(/Better RIA|Get Started|Stitch|Free trial/);
    expect(text).toMatch(/forty-three million[^]*A closing line[^]*Ideal for RIAs[^]*Anthills[^]*Burroughs Park[^]*View Trailforks Map/);
    expect(removed.map((item) => item.rule)).toEqual(['call-to-action', 'call-to-action']);
  });

  it("finds the story's flow through its paragraphs' wrappers (HomeAdvisor's sections, WCXB 4074), not through a card's", () => {
    const wrapped = (html: string) => `<section><div class="mb-default"><div class="ParagraphList"><div>${html}</div></div></div></section>`;
    const cta = `<section><div class="mb-default"><div class="ServiceRequestCta_root__W2UGO"><div>Get quotes from up to 3 pros!</div>
      <form><input type="number" placeholder="Zip Code"><button type="submit">Find Local Pros</button></form></div></div></section>`;
    const { text, removed } = prune(`${wrapped(paragraph)}${cta}${wrapped(paragraph)}`);
    expect(text).not.toMatch(/quotes|Local Pros/);
    expect(removed.map((item) => item.rule)).toEqual(['call-to-action']);
    const card = `<div class="card"><h3>Anthills</h3>${paragraph}</div>`;
    expect(prune(`<div class="trails">${card}<div class="elementor-cta"><h2>Burroughs Park</h2><a href="/map">View Map</a></div>${card}</div>`).text)
      .toContain('Burroughs Park');
  });
});

describe('modal dialogs', () => {
  it("removes a shop's filters and a box about the writer named so; not a box of prose named a facet, nor one that holds the article", () => {
    // WCXB 2897 (Shopify's facets), 4394 (Salesforce Commerce's refinements), 2864 (DocBook's navheader), 0305
    // (Starbox's abh_box), 4149 (Brother's FAQ answers in facet-row boxes).
    const answer = '<p>When you are looking for a sewing machine for beginners, focus on ease of use, convenience, speed and cost.</p>';
    const { doc, text, removed } = prune(`${paragraph.repeat(8)}<div id="FacetsWrapperDesktop"><details><summary>Product type (0)</summary></details><a href="/c">Remove all</a></div>
      <div id="secondary" class="refinements"><h2>Refine Your Results By:</h2><button>Price</button><ul><li><a href="?pmin=150">$150 - 300</a></li></ul></div>
      <div class="navheader"><table><tr><td><a href="typeconv.html">Prev</a></td><td><a href="sql.html">Up</a></td><th>Part II. The SQL Language</th></tr></table></div>
      <div class="abh_box abh_box_down"><ul class="abh_tabs"><li><a href="#abh_about">Author</a></li><li><a href="#abh_posts">Recent Posts</a></li></ul>
      <p>Owner, Founder, &amp; Retreat Leader at Ambuja Yoga</p></div><div class="facet-row-container">${answer}</div>
      <div class="author-box">${paragraph.repeat(12)}</div>`);
    expect(text).not.toMatch(/Product type|Remove all|Refine Your Results|\$150|Prev|SQL Language/);
    expect(text).toContain('focus on ease of use');
    expect(removed.map((item) => item.rule)).toEqual(['navigation', 'navigation', 'navigation']);
    // The writer's box is only marked: Readability reads the byline from it first (dropAuthorBoxes takes it out after).
    expect(doc.querySelector('[data-cp-author-box]')!.className).toBe('abh_box abh_box_down');
  });

  it('removes a trail of sections marked up or named as one, outside a <nav>; not a box named so, nor one with prose', () => {
    // WCXB 0518 (XenForo's p-breadcrumbs list, schema.org's BreadcrumbList), 0603 (BigCommerce's ul.breadcrumbs).
    const crumb = (href: string, name: string) => `<li itemprop="itemListElement"><a href="${href}"><span itemprop="name">${name}</span></a></li>`;
    const { text, removed } = prune(`<ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${crumb('/', 'Home')}${crumb('/forums/', 'Forums')}</ul>
      <ul class="breadcrumbs">${crumb('/', 'Start')}${crumb('/cbd-products', 'All Products')}</ul>${paragraph.repeat(8)}
      <div class="breadcrumbs"><a href="/games">All Games</a> &gt; <a href="/free">Free To Play Games</a></div>
      <ol class="breadcrumb"><li><a href="/guides">Guides</a></li><li><p>${paragraph}</p></li></ol>`);
    expect(text).not.toMatch(/Home|Forums|Start|All Products/);
    expect(text).toMatch(/All Games[^]*Free To Play[^]*Guides/);
    expect(removed.map((item) => item.rule)).toEqual(['navigation', 'navigation']);
  });

  it("reader view keeps the byline Readability reads from a writer's box, and leaves the box out of the article", () => {
    // WCXB 4680: prune removed such a box before Readability, and the header lost "Tony Mastrangeli".
    const url = 'https://www.example.com/blog/harbour-tides/';
    const dom = new JSDOM(`<!doctype html><html><head><title>Harbour tides</title></head><body><main><article><h1>Harbour tides</h1>
      <div class="author-box"><span class="author-name">Tony Mastrangeli</span><p>Tony writes about the harbour, its tides and its boats, and has walked its sea wall every morning since 1998.</p></div>
      ${[1, 2, 3, 4, 5, 6].map((n) => paragraph.replace('two years', `${n + 1} years`)).join('')}
      <div class="entry-author"><b class="author-name">Angela Baker</b><div class="entry-author-description author-bio">
      <p>Angela first became a professional writer in kindergarten, selling her poetry in handwritten greeting cards.</p></div></div>
      </article></main></body></html>`, { url });
    const result = extractArticle(dom.window.document, { url, window: dom.window as unknown as Window & typeof globalThis });
    if (!result.ok) throw new Error(result.reason);
    expect(result.byline).toBe('Tony Mastrangeli');
    expect(result.text).not.toContain('Tony writes about the harbour');
    expect(result.text).not.toContain('Angela first became');
    expect(result.removed.some((item) => item.rule === 'author-box')).toBe(true);
  });

  it('removes short dialogs over the page, keeps a long one', () => {
    const { text, removed } = prune(`<div role="dialog" aria-label="Subscribe"><p>Get unlimited access for $1.</p></div>
      <dialog open>Download our app</dialog><div aria-modal="true">${paragraph.repeat(20)}</div>`);
    expect(removed.map((item) => item.rule)).toEqual(['modal', 'modal']);
    expect(text).toContain('The council voted');
  });

  it("removes Foundation's Reveal dialogs, which stay hidden until their script opens one (WCXB 4091, 0603)", () => {
    const { text, removed } = prune(`${paragraph.repeat(4)}<div id="modal_1" class="reveal reveal--compact" data-reveal><h3>You're Leaving Our Website</h3>
      <p>By proceeding, please note you will be leaving our website. This linked site is not operated or monitored by us.</p></div>
      <div class="modal add-to-cart-modal" data-reveal=""><span>The product was added to your cart!</span></div>`);
    expect(text).not.toMatch(/Leaving|added to your cart/);
    expect(removed.map((item) => item.rule)).toEqual(['modal', 'modal']);
  });

  it('removes a long dialog its script has not shown yet (v-cloak, x-cloak), leaving what it would hide alone (WCXB 0632)', () => {
    const policy = '<p>We collect the information you give us when you place an order or create an account.</p>'.repeat(30);
    for (const cloak of ['v-cloak', 'x-cloak']) {
      const { doc, text, removed } = prune(`<div id="shop" aria-hidden="true">${paragraph}</div>
        <div id="modal-privacy-policy" role="dialog" aria-modal="true" ${cloak}><h2>Privacy policy</h2>${policy}</div>`);
      expect(removed.map((item) => item.rule)).toEqual(['modal']);
      expect(text).not.toContain('We collect');
      expect(doc.getElementById('shop')!.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('removes a box named a modal with a control to close it (HousecallPro\'s calculator, WCXB 0111); not a named box without one, nor the article', () => {
    const calculator = `<div class="revenue-benchmark-modal-wrapper"><div id="revenue-benchmark-modal" class="dialog-wrapper"><div class="dialog">
      <a role="button" class="close-dialog" aria-label="close">&times;</a><form><h2>What is your industry?</h2><p>Search or choose an industry.</p>
      <select><option>Plumbing</option></select></form><h2>Annual Revenue Results:</h2></div></div></div>`;
    const { text, removed } = prune(`${calculator}${paragraph}`);
    expect(text).toBe(paragraph.replace(/<\/?p>/g, ''));
    expect(removed.map((item) => item.rule)).toEqual(['modal']);
    const kept = prune(`<div class="modal-content"><h2>Our story</h2>${paragraph}</div><div class="popup-gallery"><button title="Close">x</button><main>${paragraph}</main></div>`);
    expect(kept.removed).toEqual([]);
    expect(kept.text).toContain('Our story');
  });

  it('shows again the page an open modal hid from assistive tech, and only around the modal', () => {
    const { doc, removed } = prune(`<header aria-hidden="true">Masthead</header>
      <div id="page" aria-hidden="true"><main><article>${paragraph}<span id="icon" aria-hidden="true">★</span></article></main></div>
      <div id="layer"><div class="backdrop" aria-hidden="true"></div>
        <div role="dialog" aria-modal="true"><p>Enter your email to subscribe</p><input type="email"></div></div>`);
    expect(removed.map((item) => item.rule)).toEqual(['modal']);
    expect(doc.querySelector('header')!.hasAttribute('aria-hidden')).toBe(false);
    expect(doc.getElementById('page')!.hasAttribute('aria-hidden')).toBe(false);
    expect(doc.querySelector('.backdrop')!.hasAttribute('aria-hidden')).toBe(false);
    // Not a sibling of the modal or of one of its ancestors: a decorative icon stays hidden.
    expect(doc.getElementById('icon')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('leaves aria-hidden alone on a page with no open modal', () => {
    // No dialog; a closed one (aria-hidden itself, as Etsy's country picker); a dialog that is not modal.
    for (const dialog of ['', '<div role="dialog" aria-modal="false" aria-hidden="true">Regions</div>', '<div role="dialog">Chat with us</div>',
      // An open consent modal beside a closed settings dialog, on a page that did not hide itself (Etsy).
      `<div><div id="settings" role="dialog" aria-hidden="true">${paragraph.repeat(20)}</div><div role="alertdialog" aria-modal="true">Your privacy</div></div>`]) {
      const { doc } = prune(`<div id="page" aria-hidden="true">${paragraph}</div><span id="icon" aria-hidden="true">★</span><footer>Site</footer>${dialog}`);
      expect(doc.getElementById('page')!.getAttribute('aria-hidden')).toBe('true');
      expect(doc.getElementById('icon')!.getAttribute('aria-hidden')).toBe('true');
      if (dialog.includes('settings')) expect(doc.getElementById('settings')!.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('takes out the names of a lead form\'s entry fields, which Readability would leave once it drops the fields', () => {
    const { text, removed } = prune(`${paragraph}<form><h3>Request our free ebook</h3>
      <div class="gfield"><label for="input_14_1">First Name<span>*</span></label><input id="input_14_1" type="text"></div>
      <div class="gfield"><label for="input_14_4">Phone*</label><input id="input_14_4" type="tel"></div>
      <label><input type="checkbox" name="terms"> Send me the monthly digest too</label></form>`);
    expect(text).not.toMatch(/First Name|Phone/);
    expect(text).toContain('Request our free ebook');
    expect(text).toContain('Send me the monthly digest too');
    expect(removed).toEqual([]);
  });
});
