import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { pageHeadlines, shownSiteName, titleOrHeadline, titleWithoutSite } from '../../src/extract/page-title';

const docWith = (body: string) => pageHeadlines(new JSDOM(`<!doctype html><html><body>${body}</body></html>`).window.document);

describe("the title without the site's name", () => {
  it('is the page\'s headline where the title holds it between separators', () => {
    // WCXB 0368 (og:title "… | Cultivating Health", the blog's name), 0171 ("Leadfeeder | State of SEO …"), 0523.
    const doc = docWith('<h1 class="article-title">7 weight loss tips to shed pounds\n</h1>');
    expect(titleWithoutSite('7 weight loss tips to shed pounds | Cultivating Health', doc, 'UC Davis Health')).toBe('7 weight loss tips to shed pounds');
    expect(titleWithoutSite('Leadfeeder | 7 weight loss tips to shed pounds', doc, null)).toBe('7 weight loss tips to shed pounds');
    const squad = docWith('<h1>Squad 2024 - 2025</h1>');
    expect(titleWithoutSite('Player - Squad 2024 - 2025', squad, null)).toBe('Squad 2024 - 2025');
  });

  it("drops the site's name at either end, named by the page or by its address", () => {
    const doc = docWith('<h1>Gaming</h1>');
    expect(titleWithoutSite('Elite Gaming Monitors | ViewSonic', doc, null, 'https://www.viewsonic.com/us/products/')).toBe('Elite Gaming Monitors');
    expect(titleWithoutSite('Barbecue à gaz - Esprit Barbecue', doc, null, 'https://www.esprit-barbecue.fr/10-barbecue-gaz')).toBe('Barbecue à gaz');
    // Most of the host's name from its start, then the "Blog" part before it (WCXB 0223); not a short word of it.
    expect(titleWithoutSite('Top 7 Kitchen Trends | Blog | Encore Realty', doc, null, 'https://encorerealtysc.com/blog/top-7')).toBe('Top 7 Kitchen Trends');
    expect(titleWithoutSite('Rust news | Rust', doc, null, 'https://rustlang.org/news')).toBe('Rust news | Rust');
    expect(titleWithoutSite('The Motley Fool | Best Cloud Stocks', doc, 'The Motley Fool', 'https://www.fool.com/x')).toBe('Best Cloud Stocks');
    // WCXB 0706 served from another address (a mirror, a saved copy): the name declared as a domain, "Fiverr.com".
    expect(titleWithoutSite('Writing Services | Expert Writers | Fiverr', doc, 'Fiverr.com', 'http://127.0.0.1/categories/writing'))
      .toBe('Writing Services | Expert Writers');
    // WCXB 4122: a part that names no page, on a home page too.
    expect(titleWithoutSite('Best Sharpening Stones ® | Home Page', doc, null, 'https://www.sharpeningsupplies.com/')).toBe('Best Sharpening Stones ®');
    // A manual's name at the end (WCXB 0661, 0662, 0680); a title about documentation stays.
    expect(titleWithoutSite('Middleware | Django documentation', doc, null, 'https://docs.djangoproject.com/en/5.2/topics/http/middleware/')).toBe('Middleware');
    expect(titleWithoutSite('Quickstart — Flask Documentation (3.1.x)', doc, null, 'https://flask.palletsprojects.com/en/stable/quickstart/')).toBe('Quickstart');
    expect(titleWithoutSite('Charges | Stripe API Reference', doc, null, 'https://docs.stripe.com/api/charges')).toBe('Charges');
    expect(titleWithoutSite('Writing good documentation | Blog', doc, null, 'https://example.com/blog/docs')).toBe('Writing good documentation');
    expect(titleWithoutSite('Git - git-commit Documentation', doc, null, 'https://git-scm.com/docs/git-commit')).toBe('Git - git-commit Documentation');
    // phpBB's title names its page "View topic" after the site's name (WCXB 0540).
    expect(titleWithoutSite('NationStates • View topic - 2025-26 Football Season: MLS is Back!', doc, null,
      'https://forum.nationstates.net/viewtopic.php?t=1')).toBe('2025-26 Football Season: MLS is Back!');
  });

  it("keeps the site's name on its home page, whose title names the site", () => {
    // WCXB 4869, 4874: the annotated headline is the whole title.
    const doc = docWith('<h1>You deserve to be happy.</h1>');
    expect(titleWithoutSite('BetterHelp | Professional Therapy With A Licensed Therapist', doc, null, 'https://www.betterhelp.com/')).toBe('BetterHelp | Professional Therapy With A Licensed Therapist');
    expect(titleWithoutSite('7 Cups - Free Care & Therapy', doc, '7 Cups', 'https://www.7cups.com/en/')).toBe('7 Cups - Free Care & Therapy');
    expect(titleWithoutSite('Therapy plans | BetterHelp', doc, null, 'https://www.betterhelp.com/plans/')).toBe('Therapy plans');
  });

  it('keeps a title whose parts are all the headline, and one that is the site\'s name alone', () => {
    const doc = docWith('<h1><a href="/">ViewSonic</a></h1><h1>Something else</h1>');
    expect(titleWithoutSite('Monitors | ViewSonic', doc, null, 'https://viewsonic.com/monitors')).toBe('Monitors');
    expect(titleWithoutSite('ViewSonic', doc, null, 'https://viewsonic.com/monitors')).toBe('ViewSonic');
    expect(titleWithoutSite('Review: the e-mail client - a year on', doc, null, 'https://example.com/')).toBe('Review: the e-mail client - a year on');
    expect(titleWithoutSite('Pros and cons - the long view', doc, null, 'https://example.com/')).toBe('Pros and cons - the long view');
  });

  it("is the page's headline where the title holds it set apart by punctuation, never one that runs into a word", () => {
    // WCXB 4130, 2951, 2898, 0453; 4911 and 0274 keep their titles.
    const head = (text: string) => docWith(`<h1>${text}</h1>`);
    expect(titleWithoutSite('Best Camping Hammocks of 2026, Tested & Reviewed', head('Best Camping Hammocks of 2026'), null)).toBe('Best Camping Hammocks of 2026');
    expect(titleWithoutSite('Hiking Boots: Shop Boots for Hiking & Backpacking | REI Co-op', head('HIKING  boots'), 'REI Co-op')).toBe('Hiking Boots');
    // The title's letters, not the heading's, which its style sheet may case (WCXB 0014, 0610).
    expect(titleWithoutSite('Tips for Online Success', head('TIPS FOR ONLINE SUCCESS'), null)).toBe('Tips for Online Success');
    expect(titleWithoutSite('Command Decorating Clips 3FB7J, Clear, 40-Clips () - PCPartPicker', head('Command Decorating Clips 3FB7J, Clear, 40-Clips'), null, 'https://pcpartpicker.com/product/x')).toBe('Command Decorating Clips 3FB7J, Clear, 40-Clips');
    expect(titleWithoutSite('Garnix Blog: Hardware-Attested Nix Builds', head('Hardware-Attested Nix Builds'), null)).toBe('Hardware-Attested Nix Builds');
    expect(titleWithoutSite('Pet Insurance for Dogs & Cats', head('Pet Insurance'), null)).toBe('Pet Insurance for Dogs & Cats');
    expect(titleWithoutSite('Residential Electrician Coupons', head('Coupons'), null)).toBe('Residential Electrician Coupons');
    // Nor a headline that is the site's name, nor a heading too short to be one.
    expect(titleWithoutSite('Render: The cloud for builders', head('Render'), 'Render')).toBe('Render: The cloud for builders');
    expect(titleWithoutSite('Q&A: tides of the harbour', head('Q&A'), null)).toBe('Q&A: tides of the harbour');
  });

  it('is the headline where the title says nothing the page says (a site\'s slogan, another page\'s name)', () => {
    // WCXB 0561: every thread's title on Reddit's server-rendered pages.
    const thread = docWith('<h1 slot="title">Enameled Cast Iron Pan and Metal</h1>');
    const post = 'Is it safe to use a metal spatula on my enameled pan? The coating looks fine so far.';
    const slogan = titleWithoutSite('Reddit - The heart of the internet', thread, null, 'https://www.reddit.com/r/castiron/comments/1');
    expect(slogan).toBe('The heart of the internet');
    const reddit = 'Reddit - The heart of the internet';
    expect(titleOrHeadline(slogan, thread.heads, () => post, reddit)).toBe('Enameled Cast Iron Pan and Metal');
    // A title whose words the page says stays, and so does one beside a headline of a word or two (a section's name),
    // and a document's own title, whole (Readability's test page "social-buttons").
    expect(titleOrHeadline('Metal spatulas on enamel', thread.heads, () => post, reddit)).toBe('Metal spatulas on enamel');
    expect(titleOrHeadline('Cast iron care', thread.heads, () => 'Nothing in common here.', reddit)).toBe('Cast iron care');
    expect(titleOrHeadline('Website Design Portfolio', docWith('<h1>Web Designs</h1>').heads, () => 'Our clients.', reddit)).toBe('Website Design Portfolio');
    expect(titleOrHeadline('The heart of the internet', [], () => post, reddit)).toBe('The heart of the internet');
    expect(titleOrHeadline('Share buttons removal test', docWith('<h1>Lorem ipsum dolor</h1>').heads, () => 'Lorem ipsum dolor sit amet.',
      'Share buttons removal test')).toBe('Share buttons removal test');
  });

  it('is the whole headline where the title is its start, cut short; not a headline that goes on with the site\'s name', () => {
    // WCXB 0162, 0529; 1066, 3037, 0488.
    const head = (text: string) => docWith(`<h1>${text}</h1>`);
    expect(titleWithoutSite('Graphic Information Technology vs. Graphic Design', head('Graphic information technology vs. graphic design: Which program is right for you?'), null))
      .toBe('Graphic information technology vs. graphic design: Which program is right for you?');
    expect(titleWithoutSite('What do you guys think will be the trend in the watch...', head('What do you guys think will be the trend in the watch market in 2024?'), null))
      .toBe('What do you guys think will be the trend in the watch market in 2024?');
    expect(titleWithoutSite('Catering Tips', head('Catering Tips | Cookshack'), null)).toBe('Catering Tips');
    expect(titleWithoutSite('IAM overview', head('IAM overview Stay organized with collections'), null)).toBe('IAM overview');
    expect(titleWithoutSite('The Programming Language Death Spiral', head('The Programming Language Death Spiral - How Small Languages Die'), null))
      .toBe('The Programming Language Death Spiral');
    expect(titleWithoutSite('Best drip coffee makers', head('BEST DRIP COFFEE MAKERS IN 2026'), null)).toBe('Best drip coffee makers');
  });

  it("shows the site's declared name only where it names a site (WCXB 0278's \"Homepage\")", () => {
    expect(shownSiteName('  REI   Co-op ')).toBe('REI Co-op');
    expect(shownSiteName('Homepage')).toBeNull();
    expect(shownSiteName('/')).toBeNull();
    expect(shownSiteName(null)).toBeNull();
  });

  it("never takes the site's logo heading for the headline, and drops the name it shows from the title", () => {
    const doc = docWith('<h1 class="logo">\n  <a href="/">Example News</a>\n</h1><p>Storm hits the coast</p>');
    expect(doc.heads).toEqual([]);
    expect(titleWithoutSite('Storm hits the coast | Example News', doc, null, 'https://news.example.org/storm')).toBe('Storm hits the coast');
    expect(titleWithoutSite('Storm hits the coast | Example News', doc, 'Example News', 'https://news.example.org/storm')).toBe('Storm hits the coast');
    // mdBook's book title heads its menu; each chapter's heading is an <h2> (WCXB 2996, 0667).
    const book = docWith('<h1 class="menu-title">The Rust Programming Language</h1><main><h2>Recoverable Errors with Result</h2></main>');
    expect(titleWithoutSite('Recoverable Errors with Result - The Rust Programming Language', book, null,
      'https://doc.rust-lang.org/book/ch09-02-recoverable-errors-with-result.html')).toBe('Recoverable Errors with Result');
    expect(titleWithoutSite('The Rust Programming Language', book, null, 'https://doc.rust-lang.org/book/')).toBe('The Rust Programming Language');
    // A headline linked to its own post names no site (WCXB 4001); a post's tags in its classes name no logo (4113).
    const linked = docWith('<h1><a href="/best-cheap-earbuds/">The Best Cheap Wireless Earbuds under $50</a></h1>');
    expect(linked.logos).toEqual([]);
    expect(titleWithoutSite('The Best Cheap Wireless Earbuds under $50 - March 2026', linked, null, 'https://example.com/best-cheap-earbuds/'))
      .toBe('The Best Cheap Wireless Earbuds under $50 - March 2026');
    const tagged = docWith('<article class="BlogItem tag-sustainable-brands"><h1 class="BlogItem-title">Affordable Clothing Brands</h1></article>');
    expect(tagged.heads).toEqual(['Affordable Clothing Brands']);
  });

  it('is the title extractArticle gives', () => {
    const url = 'https://www.example.com/blog/slow-bread';
    const text = 'Bread that rises slowly in a cool kitchen over a whole night tastes deeper and keeps longer than a quick loaf. ';
    const dom = new JSDOM(`<!doctype html><html><head><title>Why slow bread tastes better | Example Bakery Blog</title><meta property="og:title" content="Why slow bread tastes better | Example Bakery Blog"><meta property="og:site_name" content="Homepage"></head><body>
      <main><article><h1>Why slow bread tastes better</h1><p>${text.repeat(3)}</p><p>${text.repeat(2)}</p></article></main></body></html>`, { url });
    const result = extractArticle(dom.window.document, { url, window: dom.window as unknown as Window & typeof globalThis });
    if (!result.ok) throw new Error(result.reason);
    expect(result.title).toBe('Why slow bread tastes better');
    expect(result.siteName).toBeNull();
  });
});
