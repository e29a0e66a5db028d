import { describe, expect, it } from 'vitest';
import { declutter, prose } from './declutter-helpers';

describe('declutter: rails named after a section, and print buttons', () => {
  const stories = ['First other story in the section', 'Second other story in the section', 'Third other story in the section']
    .map((title, i) => `<li><a href="/story/${i}">${title}</a></li>`).join('');

  it('removes "Most viewed in Technology" and "More on Car Repair" rails with their links', () => {
    for (const heading of ['Most viewed in Technology', 'More on Car Repair & Maintenance', 'More in Condiments & Sauces']) {
      const { text } = declutter(`${prose}<h2>${heading}</h2><ul>${stories}</ul>`);
      expect(text).not.toContain(heading);
      expect(text).not.toContain('other story');
    }
  });

  it('keeps a section headed "More on …" when prose follows it', () => {
    const { text } = declutter(`${prose}<h2>More on the budget</h2><p>The council will publish the full figures next month, with an
      independent audit of the program attached for the first time.</p>`);
    expect(text).toContain('More on the budget');
  });

  it('removes a "Print this page" button line and a forum\'s "Print view"', () => {
    const { text, removed } = declutter(`${prose}<div><span>Print This Page</span> <span>Click to Print</span></div><div>Print view</div>${prose}`);
    expect(text).not.toContain('Print');
    expect(removed.map((item) => item.rule)).toEqual(['call-to-action', 'call-to-action']);
  });
});

describe('declutter: loading indicators and follow-up prompts', () => {
  it('removes an empty list\'s "No items found." (a CMS\'s empty state), and keeps prose that says so', () => {
    const { text, removed } = declutter(`${prose}<div class="w-dyn-empty"><div>No items found.</div></div>
      <p>No items found in the attic were older than the house itself, the surveyor wrote.</p>${prose}`);
    expect(text).not.toContain('No items found.');
    expect(text).toContain('No items found in the attic');
    expect(removed.map((item) => item.rule)).toEqual(['boilerplate']);
  });

  it('removes "Loading..." and "Loading paragraph…" lines, never a heading that is only "Loading"', () => {
    const { text, removed } = declutter(`${prose}<p>Loading paragraph...</p><div>LOADING…</div><h3>Loading</h3>
      <p>Loading the van takes two people about an hour, heavy boxes first.</p>${prose}`);
    expect(text).not.toMatch(/Loading paragraph|LOADING/);
    expect(text).toContain('Loading\n');
    expect(text).toContain('Loading the van');
    expect(removed.map((item) => item.rule)).toEqual(['boilerplate', 'boilerplate']);
  });

  it('removes a widget\'s error messages, which the page keeps hidden until something fails; not prose about a failure', () => {
    const errors = ['<h4>Sorry, there was a problem.</h4>', '<p>There was an error retrieving your Wish Lists. Please try again.</p>',
      '<div>Oops! Something went wrong while submitting the form.</div>', '<p>An error occurred.</p>'];
    const story = ['<p>Something went wrong in the council chamber on Tuesday, when the mayor walked out.</p>',
      '<p>There was a problem with the bridge design, engineers said.</p>'];
    const { text, removed } = declutter(`${prose}${errors.join('')}${story.join('')}`);
    expect(text).not.toMatch(/Sorry|Wish Lists|Oops|error occurred/);
    expect(text).toContain('when the mayor walked out');
    expect(text).toContain('engineers said');
    expect(removed.map((item) => item.rule)).toEqual(['boilerplate', 'boilerplate', 'boilerplate', 'boilerplate']);
  });

  it('removes a post\'s number linking to the post ("#1", XenForo), not a ranking\'s "#1" heading or a link to another page', () => {
    // WCXB 0532 (Reef Central): "• #1" over each post.
    const post = (n: number) => `<article><header><ul><li><a href="https://forums.example.com/threads/new-tank.32375893/post-3242130${n}">#${n}</a></li></ul></header>${prose}</article>`;
    const { text, removed } = declutter(`${post(1)}${post(2)}<h2>#1</h2><p><a href="/best/lamps">#2</a></p>`);
    expect(text.split('\n').filter((line) => line.startsWith('#'))).toEqual(['#1', '#2']);
    expect(removed.map((item) => item.rule)).toEqual(['boilerplate', 'boilerplate']);
  });

  it('removes a post\'s counters and badges alone on their lines ("7 Likes", "Posts: 1,077", "Joined: …", "(Visited 1,902 times…)"); not a sentence', () => {
    const counters = ['<div>7 Likes</div>', '<div>1 reply</div>', '<dd>Posts: 1,077</dd>', '<div>Replies: 28</div>', '<span>Views 1.9k</span>',
      '<div>Reply 2</div>', '<div>Reaction score: 45</div>', '<dd>Joined: Sun Dec 17, 2023 11:18 am</dd>', '<div>Discussion Starter</div>', '<dt>Reputation:</dt>',
      '<div><span>28 posts</span> <span>·</span> <span>Joined 2023</span></div>', '<div>(Visited 1,902 times, 364 visits today)</div>',
      '<div>Reactions: CountMike</div>', '<div>Not open for further replies.</div>'];
    const story = ['<p>Her reply to the council took 12 posts on the forum.</p>', '<li>23 points</li>', '<p>Joined: the two harbour boards</p>',
      '<p>Reactions: the council was not open for further replies on the bridge.</p>'];
    const { text, removed } = declutter(`${prose}${counters.map((line) => `<div>${line}</div>`).join('')}${story.join('')}${prose}`);
    expect(text).not.toMatch(/Likes|1 reply|1,077|Replies|1\.9k|Reply 2|Reaction score|Dec 17|Starter|28 posts|Joined 2023|Reputation|Visited|CountMike|^Not open/m);
    expect(text).toContain('Reactions: the council was not open for further replies');
    expect(text).toContain('took 12 posts');
    expect(text).toContain('Joined: the two harbour boards');
    expect(text).toContain('23 points');
    // The last line's two counters go one by one (the dot between them is no text).
    expect(removed.map((item) => item.rule)).toEqual(Array(counters.length + 1).fill('boilerplate'));
  });

  it('removes a paywall\'s heading ("This article is exclusive to STAT+ subscribers"); keeps prose about subscribers', () => {
    const { text, removed } = declutter(`${prose}<h2>This article is exclusive to STAT+ subscribers</h2>
      <p>This story is exclusive to subscribers, the editor said, until the council publishes its own figures next month.</p>${prose}`);
    expect(text).not.toContain('STAT+');
    expect(text).toContain('the editor said');
    expect(removed.map((item) => item.rule)).toEqual(['call-to-action']);
  });

  it('removes a "receive notifications about new posts" box and a "Stay connected with me!" line', () => {
    const { text, removed } = declutter(`${prose}<div><p><strong>Would you like to receive notifications about new posts?</strong></p></div>
      <div><p>Stay connected with me!</p></div>${prose}`);
    expect(text).not.toMatch(/notifications|Stay connected/);
    expect(removed.map((item) => item.rule)).toEqual(['newsletter', 'call-to-action']);
  });

  it('removes an author box\'s and a photo\'s button lines: "email the author", "View author archive", "Enlarge Image", "Read More"', () => {
    const { text, removed } = declutter(`${prose}<figure><img src="/a.jpg" alt=""><div>Enlarge Image</div><figcaption>The council chamber on
      Tuesday night.</figcaption></figure><p><a href="/author/jo">View author archive</a></p><p><a href="mailto:jo@example.com">email the
      author</a></p><p><a href="/next">Read More »</a></p>${prose}`);
    expect(text).not.toMatch(/Enlarge|archive|email the|Read More/);
    expect(text).toContain('The council chamber on Tuesday night.');
    expect(removed.map((item) => item.rule)).toEqual(['call-to-action', 'call-to-action', 'call-to-action', 'call-to-action']);
  });
});

describe('declutter: pitches and disclosures inside the article', () => {
  it('removes community and group invitations, a "spread the word" plea, a reader-funding heading and a share-and-print label', () => {
    const { text, removed } = declutter(`${prose}<h2>JOIN THE TEAM MILK <br> RUNNING COMMUNITY</h2>
      <p><strong>Join the Facebook group</strong>– <a href="https://www.facebook.com/example">https://www.facebook.com/example</a></p>
      <p><strong>Help me spread the word about this podcast!</strong></p><h2><strong>This story is funded by readers like you</strong></h2>
      <div><h4>Share and print this article</h4></div>${prose}`);
    expect(text).not.toMatch(/COMMUNITY|Facebook group|spread the word|funded by readers|Share and print/);
    expect(removed.every((item) => item.rule === 'call-to-action')).toBe(true);
  });

  it('removes a longer paragraph that opens with a call to action, whole; not prose that opens with "Register" or calls later', () => {
    const pitch = '<p>Join our Space Forums to keep talking space on the latest missions, night sky and more! And if you have a news tip, '
      + 'correction or comment, let us know at: community@example.com.</p>';
    const enjoyed = '<p>If you enjoyed this article, we have a proposition for you: join our members. Members get all of our content, no '
      + 'paywalls, and they back the reporting that readers like you rely on every week.</p>';
    const register = '<p>Registered nurses make up the largest share of the hospital\'s staff, and the union says their hours grew by a '
      + 'fifth this year while the number of nurses stayed flat, which is why it called the strike for next week.</p>';
    const later = '<p>The festival, which the council hopes will draw ten thousand visitors over three days, asked residents in a letter '
      + 'this week to join our community of volunteers.</p>';
    const { text, removed } = declutter(`${prose}${pitch}${enjoyed}${register}${later}<div><a href="/report">Report Topic</a></div>${prose}`);
    expect(text).not.toMatch(/Space Forums|proposition|Report Topic/);
    expect(text).toContain('Registered nurses');
    expect(text).toContain('join our community of volunteers');
    expect(removed.map((item) => item.rule)).toEqual(['call-to-action', 'call-to-action', 'call-to-action']);
  });

  it('keeps a guide\'s step that names a control "Click here to reply"; drops the call itself, in title case too', () => {
    const { text, removed } = declutter(`${prose}<ol><li>Enter a message in the <strong>Click here to reply</strong> field at the bottom
      of the virtual phone.</li><li>Click the send icon.</li></ol><p>Click here to reply to this story.</p>
      <p>Please Follow Us On Twitter</p>${prose}`);
    expect(text).toContain('Enter a message in the Click here to reply field');
    expect(text).not.toMatch(/reply to this story|Follow Us/);
    expect(removed.map((item) => item.rule)).toEqual(['call-to-action', 'call-to-action']);
  });

  it("drops an image file's address standing as a line of text, not one in code or in a sentence", () => {
    const { text, removed } = declutter(`${prose}<dl><dt>cat_thumb_Bone:</dt>
      <dd>https://cdn11.example.com/images/stencil/160x160/5001_STAPLE_TEE_BONE_THUMB_1.jpg</dd></dl>
      <pre><code>https://example.com/image1.jpg</code></pre><p>The scan is at https://example.com/scan.png for anyone to check.</p>${prose}`);
    expect(text).not.toContain('BONE_THUMB');
    expect(text).toContain('https://example.com/image1.jpg');
    expect(text).toContain('https://example.com/scan.png for anyone');
    expect(removed.map((item) => item.rule)).toEqual(['boilerplate']);
  });

  it('keeps short lines that open with "Registered" or "Registering", and drops "Register now"', () => {
    const lines = ['Registered users can now join public chat rooms from day one.', 'Registered agent fees: $49 to $300',
      'Registering an out-of-state LLC in New York'].map((line) => `<p>${line}</p>`).join('');
    const { text } = declutter(`${prose}${lines}<p>Register now</p>${prose}`);
    expect(text).toContain('Registered users can now join');
    expect(text).toContain('Registered agent fees');
    expect(text).toContain('Registering an out-of-state LLC');
    expect(text).not.toContain('Register now');
  });

  it('removes a paragraph that opens as an affiliate disclosure, whole, and keeps prose that mentions commissions', () => {
    const disclosure = '<p><span>Disclosure: As an Affiliate Marketer, I earn from qualifying purchases. If you click a product affiliate link on this site ' +
      'and make a purchase, I may receive a commission at no additional cost to you! I own every cooking product I recommend and have used each ' +
      'of them for years in my own kitchen, so I only ever suggest the tools I would buy again myself.</span></p>';
    const story = '<p>The council also asked whether the vendors earn from qualifying purchases made with the new city cards, and was told they do not.</p>';
    const { text } = declutter(`${prose}${prose}${disclosure}${story}`);
    expect(text).not.toContain('Disclosure:');
    expect(text).toContain('earn from qualifying purchases made with the new city cards');
  });

  it('removes a page\'s word on its own affiliate links, not prose about affiliate links (WCXB 0231, 4111, 4148)', () => {
    const own = '<p>Image by Kotn. This post contains some affiliate links, which means if you make a purchase, the site receives a small share.</p>';
    const about = '<p>Affiliate programs: Streamers earn a commission when viewers buy games, gear, or software via affiliate links.</p>';
    const mine = '<p>Disclosure: some of my posts contain affiliate links. If you purchase through one I may receive a small share.</p>';
    const theirs = '<p>Microsoft may earn an Affiliate Commission if you purchase something through recommended links in this article.</p>';
    // WCXB 4253: an advertiser disclosure that names neither affiliates nor commissions.
    const vendors = '<p>TechnologyAdvice is able to offer our services for free because some vendors may pay us for web traffic or other sales opportunities.</p>';
    const { text } = declutter(`${prose}${own}${about}${mine}${theirs}${vendors}${prose}`);
    expect(text).not.toMatch(/This post contains|some of my posts|Microsoft may earn|vendors may pay us/);
    expect(text).toContain('Streamers earn a commission');
  });
});

describe('declutter: credits, follow buttons, comment policies and a rail heading left last', () => {
  it('removes "Image source: Getty Images." but keeps a caption that says what the photo shows', () => {
    const { text, removed } = declutter(`${prose}<p>Image source: Getty Images.</p><p>Photo: Firefighters at the scene.</p>${prose}`);
    expect(text).not.toContain('Getty');
    expect(text).toContain('Photo: Firefighters at the scene.');
    expect(removed.map((item) => item.rule)).toEqual(['credit']);
  });

  it('removes a bare "Follow" button, "Favourite on Google News" and a comment-policy line', () => {
    const { text, removed } = declutter(`${prose}<div><p>Follow</p></div><div><p>Favourite on Google News&nbsp;</p></div>
      <p>Thank you for being part of our community. Read our Comment Policy before posting.</p>${prose}`);
    expect(text).not.toMatch(/Follow|Google News|Comment Policy/);
    expect(removed.map((item) => item.rule)).toEqual(['call-to-action', 'call-to-action', 'comments']);
  });

  it('removes a comment-moderation notice in Portuguese or French, and keeps prose about moderators', () => {
    const { text, removed } = declutter(`${prose}<p>ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados pelo moderador.</p>
      <p>Les commentaires sont modérés avant publication.</p>${prose}`);
    expect(text).not.toMatch(/ATENÇÃO|modérés/);
    expect(removed.map((item) => item.rule)).toEqual(['comments', 'comments']);
    const story = '<p>Les commentaires des lecteurs, a expliqué le modérateur du forum municipal lors de la réunion de mardi, ont doublé depuis que la ville a ouvert le débat sur le nouveau tramway et sur son tracé dans le centre historique.</p>';
    expect(declutter(`${prose}${story}${prose}`).text).toContain('a expliqué le modérateur');
  });

  it('removes "Loading faq..." but keeps a sentence about loading', () => {
    const { text } = declutter(`${prose}<p>Loading faq...</p><p>Loading docks close at six.</p>${prose}`);
    expect(text).not.toContain('faq');
    expect(text).toContain('Loading docks close at six.');
  });

  it('removes a rail heading that ends the article, and keeps one that prose follows', () => {
    const { text, removed } = declutter(`${prose}<div><p>You might like</p></div><div><p>Follow</p></div>`);
    expect(text).not.toMatch(/You might like|Follow/);
    expect(removed.map((item) => item.rule)).toEqual(['call-to-action', 'related']);
    expect(declutter(`<div><p>You might like</p></div>${prose}`).text).toContain('You might like');
  });
});

describe('declutter: account prompts, comment-form consent and a pager left without links', () => {
  it('removes "Already have an account? Log in", a comment form\'s consent line and "Page 1 of 8"', () => {
    const { text, removed } = declutter(`${prose}<p>Already have an account? <a href="/login">Log in</a></p><p>Page 1 of 8</p>
      <p>By posting a comment, you consent to have your personally identifiable information collected and used in accordance with our privacy policy.</p>${prose}`);
    expect(text).not.toMatch(/account|Page 1|posting a comment/);
    expect(removed.map((item) => item.rule)).toEqual(['call-to-action', 'navigation', 'comments']);
  });

  it('removes a forum\'s banner for guests (GameFAQs\', vBulletin\'s), whole; keeps prose about browsing as a guest', () => {
    const { text, removed } = declutter(`${prose}<div>You're browsing the GameFAQs Message Boards as a guest. <a href="/user/register">Sign Up</a>
      for free (or <a href="/user/login">Log In</a> if you already have an account) to be able to post messages, change how messages are
      displayed, and view media in posts.</div><p>You are currently viewing our boards as a guest which gives you limited access to view
      most discussions and access our other features.</p>
      <p>Shops have found that people browsing as a guest buy less often, but spend more when they do.</p>${prose}`);
    expect(text).not.toMatch(/GameFAQs|limited access/);
    expect(removed.map((item) => item.rule)).toEqual(['call-to-action', 'call-to-action']);
    expect(text).toContain('people browsing as a guest buy less often');
  });

  it('removes a membership\'s pitch named for the site ("Become a Runner’s World+ Member"), not prose about becoming a member', () => {
    const { text, removed } = declutter(`${prose}<p><a href="/become-a-field-tester/">Become a Runner’s World+ Member</a></p>
      <p>She went on to become a founding member of the band, and stayed with it for two decades.</p>${prose}`);
    expect(text).not.toContain('Runner’s World+');
    expect(removed.map((item) => item.rule)).toEqual(['call-to-action']);
    expect(text).toContain('become a founding member of the band');
  });

  it('removes a "Back to top" link after a guide\'s section; keeps prose about the top', () => {
    const { text, removed } = declutter(`${prose}<p><a href="#top">Back to top ↑</a></p><h2>Next step</h2><p><a href="#">Return to top</a></p>
      <p>Go to the top of the hill before sunrise and wait for the fog to clear over the harbour.</p>${prose}`);
    expect(text).not.toMatch(/Back to top|Return to top/);
    expect(text).toContain('Go to the top of the hill');
    expect(removed.map((item) => item.rule)).toEqual(['navigation', 'navigation']);
  });

  it('removes a pager\'s links alone on their line ("Previous", "Next »"); keeps a line that says next without linking', () => {
    const { text, removed } = declutter(`<ul class="prev-next"><li><a href="/learn/introducing">Previous</a></li>
      <li><a href="/learn/async">Overview: Asynchronous JavaScript</a></li><li><a href="/learn/api">Next »</a></li></ul>${prose}<p>Next</p><p>Older posts are in the archive, sorted by the month they ran.</p>${prose}`);
    expect(text).not.toMatch(/Previous|Next »/);
    expect(text).toContain('Next\n');
    expect(text).toContain('Older posts are in the archive');
    expect(removed.filter((item) => item.rule === 'navigation').map((item) => item.sample)).toEqual(['Previous', 'Next »']);
  });

  it('removes a shop\'s controls alone on their line ("Shop now", "Sort by", "Top rated", "Quick shop", "Compare"); keeps them inside prose', () => {
    const { text, removed } = declutter(`${prose}<div><p>Sort by:</p><p>Filters</p></div><div><span>Top rated</span>
      <h3>Heritage 2.0 Bike Helmet</h3><p>A helmet for skating, riding and commuting, with a light shell.</p><p><a href="/p/1">Shop now ›</a></p>
      <div>Quick shop</div><div>Compare</div></div>
      <p>Shop now while the sale lasts, the owner told us, because the helmets sell out by noon.</p>${prose}
      <details open><summary><span>Expand description</span></summary><p>Utilities for the array primitive type.</p></details>`);
    expect(text).not.toMatch(/Sort by|Filters|Top rated|Shop now ›|Expand description|Quick shop|Compare/);
    expect(text).toContain('Utilities for the array primitive type.');
    expect(text).toContain('Heritage 2.0 Bike Helmet');
    expect(text).toContain('Shop now while the sale lasts');
    expect(removed.filter((item) => item.rule === 'call-to-action')).toHaveLength(7);
  });

  it('removes a service page\'s buttons alone on their line ("Get started", "Talk to an expert"); keeps prose that starts so', () => {
    const { text, removed } = declutter(`${prose}<div><h3>Managed hosting</h3><p>We run the servers, patch them and watch them all night.</p>
      <p><a href="/signup">Get started</a></p><p><a href="/sales">Talk to an expert</a></p><p><a href="/book">Book a consultation</a></p></div>
      <p>Get started with a small plan, the agency advised, and move up when traffic grows.</p>${prose}
      <p>Ready to let the music play? Then be sure to <a href="/contact-us"><strong>contact us today</strong></a>! Three schools are open.</p>`);
    expect(text).not.toMatch(/Get started\n|Talk to an expert|Book a consultation/);
    expect(text).toContain('Get started with a small plan');
    expect(text).toContain('be sure to contact us today!');
    expect(removed.map((item) => item.rule)).toEqual(['call-to-action', 'call-to-action', 'call-to-action']);
  });

  it('removes a listing card\'s buttons ("View in list", "Get a Quote (212) 203-0280", "Read Reviews"); keeps prose that asks for a quote', () => {
    const cards = ['Cervo’s', 'Huso'].map((name) => `<div><h3>${name}</h3><p>A seafood counter that became a room of its own.</p>
      <p><a href="/list#${name}">View in list</a></p><p><a href="/q">Get a Quote</a> (212) 203-0280</p><p><a href="/r">Read Reviews</a></p></div>`).join('');
    const { text } = declutter(`${prose}${cards}<p>Get a quote from three movers before you book, the guide says.</p>${prose}`);
    expect(text).not.toMatch(/View in list|Get a Quote|Read Reviews/);
    expect(text).toContain('Huso');
    expect(text).toContain('Get a quote from three movers');
  });

  it('removes a product grid\'s sort choice, view and counters ("Sort: Best Match", "View as Grid List", "1–30 of 142 products"); keeps prose with counts', () => {
    const { text, removed } = declutter(`${prose}<div><p>Loaded 30 results</p><p>1–30 of 142 products</p><p>(142 products)</p><p>Sort: Best Match</p>
      <p>View:</p><p>Showing 36 of 84</p><p>Trier par</p><h2>Results list</h2>
      <p><strong>View as Grid</strong> <a href="?mode=list">List</a></p><p><a href="#"><span>Set Descending Direction</span></a></p><p><span>per page</span></p></div><p>Sort by size: the 30 of 142 products that fit under a seat ship first.</p>${prose}`);
    expect(text).not.toMatch(/Loaded 30|1–30 of 142|\(142 products\)|Best Match|View:|Showing 36|Trier par|Results list|View as|Descending|per page/);
    expect(text).toContain('Sort by size: the 30 of 142 products');
    expect(removed.filter((item) => item.rule === 'call-to-action')).toHaveLength(11);
  });

  it('removes a share bar\'s label left alone on its line ("Share:"), not prose that starts with the word', () => {
    const { text, removed } = declutter(`${prose}<div><span>Share:</span></div><p>Share: the word a forum uses for a post's links, and more.</p>`);
    expect(text).not.toMatch(/^Share:$/m);
    expect(text).toContain('Share: the word');
    expect(removed.map((item) => item.rule)).toEqual(['call-to-action']);
  });

  it("removes a row of links named only for networks (XenForo's share buttons point at '#'), not prose naming them", () => {
    const names = ['Facebook', 'X', 'Bluesky', 'LinkedIn', 'Reddit', 'WhatsApp', 'Email', 'Link'];
    const row = `<div>${names.map((name) => `<a href="#_xfUid-1"><i class="fa"></i><span>${name}</span></a>`).join(' ')}</div>`;
    const { text, removed } = declutter(`${prose}${row}<p>Most of its readers came from <a href="/a">YouTube</a>, <a href="/b">TikTok</a>, <a href="/c">X</a>.</p>${prose}`);
    expect(text).not.toContain('Bluesky');
    expect(text).toContain('Most of its readers came from YouTube, TikTok, X.');
    expect(removed.map((item) => item.rule)).toEqual(['share-bar']);
  });

  it('takes out paragraphs and headings of zero-width characters alone (Webflow\'s spacers, WCXB 4002\'s heading), not those with an image', () => {
    const { text, removed } = declutter(`<p>\u200d</p>${prose}<p><em>\u200d</em>\u200d</p><h2 id="sound">\u200b\u200b</h2><p>\u200b<img src="map.png" alt=""></p>${prose}`);
    // The paragraph with the image stays, with its zero-width space.
    expect(text.split('\n').filter((line) => !/[\p{L}\p{N}]/u.test(line))).toEqual(['\u200b']);
    expect(text.split('\n')).toHaveLength(9);
    expect(removed).toEqual([]);
  });

  it("takes out a control's glyph left alone on its line (a dialog's ×, a tooltip's ?, a slider's /), not code's or a table's", () => {
    // WCXB 0603 (a cart dialog's close "×"), 4026 (a slider's "<span></span> / <span></span>" counter).
    const { text } = declutter(`<div><span></span> / <span></span></div>${prose}<div class="close">×</div><p>?</p><ul><li>+</li></ul>
      <pre><code><div>+</div></code></pre><table><tr><td><div>×</div></td></tr></table>${prose}`);
    expect(text.split('\n').filter((line) => !/[\p{L}\p{N}]/u.test(line))).toEqual(['+', '×']);
  });

  it('keeps prose that mentions an account, a page count or posting a comment', () => {
    const html = `${prose}<p>Already have an account with the bank, she opened a second one for the business.</p>
      <p>The report runs to page 18 of 40 in the appendix.</p><p>By posting a comment on the forum, he started the whole argument.</p>${prose}`;
    const { text } = declutter(html);
    for (const line of ['Already have an account with', 'page 18 of 40', 'By posting a comment on']) expect(text).toContain(line);
  });

  it('removes a site\'s offer of its own app over the page, not prose about an app', () => {
    const { text } = declutter(`<div>
      <div>View in the app</div>
      <p>A better way to browse. <strong>Learn more</strong>.</p></div>${prose}<p>Open in the app store, the game costs nothing.</p>`);
    expect(text).not.toMatch(/View in the app|better way to browse/);
    expect(text).toContain('Open in the app store');
  });

  it('removes a forum\'s quote toggles and its reply prompt, not prose about expanding', () => {
    const { text, removed } = declutter(`<blockquote><p>Jane said:</p><p>The squad is too thin for three competitions.</p><div><a href="#">Click to expand...</a></div>
      <div><a href="#">Click to shrink…</a></div></blockquote>${prose}<p>Click to expand the map, then drag to pan across the district.</p><p>You must log in or register to reply here.</p>`);
    expect(text).not.toMatch(/Click to (expand|shrink)…?\.*$|log in or register/m);
    expect(text).toContain('Click to expand the map');
    expect(removed.map((item) => item.rule)).toEqual(['call-to-action', 'call-to-action', 'call-to-action']);
  });

  it('removes a review roundup\'s shop buttons ("Check Price at Amazon", "See Deal", "Compare new car deals with …"), not prose or a line that says to check prices', () => {
    const { text, removed } = declutter(`${prose}<p><a href="https://amzn.to/x">Check Price at Amazon</a></p><div><a href="https://walmart.example/y">Check Price - Walmart</a></div>
      <p><a href="https://deals.example/z">See Deal</a></p><p>Check prices at two or three shops before you order, since they change weekly.</p>
      <div><a href="https://leasing.example/kia">Compare new car deals with leasing.com</a></div><p>Compare deals on three sites at least.</p>
      <ul><li><em><strong>Buy: </strong> <a href="https://x.example/1">check price at Amazon UK</a>, <a href="https://x.example/2">check price at Amazon US</a></em></li></ul>`);
    expect(text).not.toMatch(/Check Price (at|-)|See Deal|leasing\.com/);
    expect(text).toContain('Check prices at two or three shops');
    expect(text).toContain('Compare deals on three sites at least.');
    // a phrase of a line is not a button of its own: taking it out would leave "Buy: ,"
    expect(text).toContain('Buy: check price at Amazon UK, check price at Amazon US');
    expect(removed.map((item) => item.rule)).toEqual(['call-to-action', 'call-to-action', 'call-to-action', 'call-to-action']);
  });

  it('removes an ad slot\'s label with its note ("Advertisement - Page continues below"), not prose about advertisements', () => {
    const { text, removed } = declutter(`${prose}<div>Advertisement - Page continues below</div><p>Advertisement. Scroll to continue reading.</p>
      <div>Advertisement (gone after registration)</div>${prose}<p>Advertisement - the paid kind - paid for the club's new stand.</p>`);
    expect(text).not.toMatch(/continues below|Scroll to continue|gone after registration/);
    expect(text).toContain('paid for the club');
    expect(removed.map((item) => item.rule)).toEqual(['ad', 'ad', 'ad']);
  });

  it('removes a photo\'s and a wide table\'s own controls ("Press enter or click to view image in full size", "Show Caption", '
    + '"Please scroll to the right for more info."), not prose about clicking or scrolling', () => {
    const { text, removed } = declutter(`${prose}<figure><div role="button"><span>Press enter or click to view image in full size</span>
      <img src="/a.png" alt=""></div></figure><div>Show Caption</div><div class="scroll_right">Please scroll to the right for more info.</div>
      <div>➡️ Check price here</div>${prose}<p>Click to view the map, then scroll to the right of the river to find the old mill.</p>`);
    expect(text).not.toMatch(/Press enter|Show Caption|scroll to the right for|Check price/);
    expect(text).toContain('find the old mill');
    expect(removed.map((item) => item.rule)).toEqual(['call-to-action', 'call-to-action', 'call-to-action', 'call-to-action']);
  });

  it('removes a site\'s keyboard help (mdBook\'s, hidden by its style sheet), not a guide\'s own keyboard steps', () => {
    const help = `<div id="mdbook-help-container"><div id="mdbook-help-popup"><h2>Keyboard shortcuts</h2><div>
      <p>Press <kbd>←</kbd> or <kbd>→</kbd> to navigate between chapters</p><p>Press <kbd>S</kbd> or <kbd>/</kbd> to search in the book</p>
      <p>Press <kbd>?</kbd> to show this help</p><p>Press <kbd>Esc</kbd> to hide this help</p></div></div></div>`;
    const steps = `<ol><li>Press <kbd>Enter</kbd> to close that edge selection.</li><li>Press <kbd>Esc</kbd> to deselect anything.</li>
      <li>Press <kbd>G</kbd> to grab it.</li></ol>`;
    const { text, removed } = declutter(`${help}${prose}${steps}${prose}`);
    expect(text).not.toMatch(/Keyboard shortcuts|this help|between chapters/);
    expect(text).toContain('close that edge selection');
    expect(removed.map((item) => item.rule)).toEqual(['boilerplate']);
  });

  it('removes the placeholder of an embed held back by the reader\'s cookie choices, not prose about cookie settings', () => {
    const { text, removed } = declutter(`${prose}<div><p>This content isn't visible due to your cookie preferences. To load this content, click the Allow
      button below to opt in to "Social Media &amp; Embedded Content" cookies.</p></div>${prose}
      <p>The content of the ruling is not visible to most users because of their privacy settings, the court said.</p>`);
    expect(text).not.toContain('cookie preferences');
    expect(text).toContain('the court said');
    expect(removed.map((item) => item.rule)).toEqual(['call-to-action']);
  });
});

describe('declutter: code is never clutter', () => {
  it('keeps a highlighter\'s tokens and repeated lines inside <pre> (Netlify\'s "new Response(…)", WCXB 2836)', () => {
    const line = (...tokens: string[]) => `<span class="line">${tokens.map((t) => `<span style="color:#89DDFF">${t}</span>`).join('')}</span>\n`;
    const code = `<pre><code>${line('return', ' new', ' Response', '(', '"Method not allowed"', ');')}${line('}')}`
      + `${line('const', ' res', ' =', ' await', ' client.', 'responses', '.create();')}${line('}')}${line('Share')}</code></pre>`;
    const { text, removed } = declutter(`${prose}${code}`);
    expect(text).toContain('return new Response("Method not allowed");');
    expect(text).toContain('const res = await client.responses.create();');
    expect(text.split('\n').filter((l) => l === '}')).toHaveLength(2);
    expect(removed).toEqual([]);
  });

  it('keeps a listing whose wrapper holds nothing else (Sphinx\'s div.highlight around a form\'s label, WCXB 2999)', () => {
    const code = '<div class="highlight-html notranslate"><div class="highlight"><pre><span class="p">&lt;</span><span class="nt">label</span> '
      + '<span class="na">for</span>=<span class="s">"id_email"</span>&gt;Email address:&lt;/label&gt;</pre></div></div>';
    const { text, removed } = declutter(`${prose}<p>The default label_suffix is a colon:</p>${code}`);
    expect(text).toContain('<label for="id_email">Email address:</label>');
    expect(removed).toEqual([]);
    // A listing's label is no comments heading; a comments heading over comments is one.
    const labelled = declutter(`${prose}<div><div><div>Response</div></div><pre><code>{ "id": "ch_3MmlLrLkdIwHu7ix0snN0B15" }</code></pre></div>`
      + '<h3>Comments</h3><p>Great piece, thanks for writing it up so clearly!</p>');
    expect(labelled.text).toContain('Response\n{ "id"');
    expect(labelled.removed.map((item) => item.rule)).toEqual(['comments']);
    // A sign-up box that holds a field is still one.
    const form = declutter(`${prose}<div><label for="email">Email address:</label><input id="email" type="email"></div>`);
    expect(form.text).not.toContain('Email address:');
  });
});

describe('declutter: a name in a sentence and a manual\'s notes', () => {
  it('never judges a phrase inside prose, however deep in phrasing it sits (Sphinx\'s <code><span>functools, WCXB 2857)', () => {
    const name = (text: string) => `<code class="xref py py-mod docutils literal notranslate"><span class="pre">${text}</span></code>`;
    const { text, removed } = declutter(`<p>The ${name('functools')} module is for higher-order functions.</p>${prose}`
      + `<p>To add overloaded implementations, use the <a href="#functools.singledispatch.register">${name('register()')}</a> attribute.</p>`,
    null, 'functools — Higher-order functions and operations on callable objects');
    expect(text).toContain('The functools module is for higher-order functions.');
    expect(text).toContain('use the register() attribute.');
    expect(removed).toEqual([]);
  });

  it('keeps a manual\'s "Source code:" line and each note box\'s "Note" title; a photo\'s "Source:" still goes', () => {
    // Each note sits in a section of its own words, as a manual's do.
    const section = (n: number) => prose.replace(/<p>/g, `<p>In part ${n}, `);
    const note = (body: string) => `<div class="admonition note"><p class="admonition-title">Note</p><p>${body}</p></div>`;
    const { text, removed } = declutter(`<p><strong>Source code:</strong> <a href="https://github.com/python/cpython/tree/3.14/Lib/functools.py">Lib/functools.py</a></p>`
      + `${note('The cache is threadsafe so that the wrapped function can be used in multiple threads at once.')}${prose}`
      + `${note('It is possible for the wrapped function to be called more than once if another thread calls it first.')}${section(1)}`
      + `${note('Added in version 3.9, with the same arguments as the older decorator and the same statistics.')}${section(2)}<p>Source: Reuters</p>`);
    expect(text).toContain('Source code: Lib/functools.py');
    expect(text.split('\n').filter((line) => line === 'Note')).toHaveLength(3);
    expect(removed.map((item) => [item.rule, item.sample])).toEqual([['credit', 'Source: Reuters']]);
  });
});

describe('declutter: a service\'s and a shop\'s calls to act', () => {
  it('removes "Call Us Today!" and "Book Your Discovery Call Today" lines (WCXB 1647), not prose that mentions a call', () => {
    const { text } = declutter(`${prose}<p>Book Your Discovery Call Today</p>${prose}<p>Call us today for more information and inquiries!</p>`
      + `<p>Ready to get started? Schedule a free estimate with us today</p><p>We will call you today to book the next visit.</p>`
      + '<p>Contact us now to schedule a meeting. We will help you plan the project with the best method for it!</p>');
    expect(text).not.toContain('Discovery Call');
    expect(text).not.toContain('Call us today');
    expect(text).not.toContain('Schedule a free estimate');
    expect(text).toContain('We will call you today to book the next visit.');
    // A post's own closing line that says more than the call (WCXB 0257's truth keeps it).
    expect(text).toContain('Contact us now to schedule a meeting.');
  });

  it('removes a short paragraph that ends in a link to the site\'s sign-up page (WCXB 0067), not one that ends in another link nor a button alone', () => {
    const pitch = '<p><strong>Step up your style with bold Puma footwear – Fastarz ships from Turkey to your doorstep!</strong><br>'
      + '<a href="https://fastarz.com/user/sign-in">Shop Puma Today</a></p>';
    const vote = '<p>Residents who have not yet registered can still do so before Friday. <a href="https://example.gov/register-to-vote">Register to vote</a></p>';
    const button = '<p><a href="https://identity.getpostman.com/signup">Try the New Postman</a></p>';
    const { text, removed } = declutter(`${prose}${pitch}${prose}${vote}${button}`);
    expect(text).not.toContain('Puma');
    expect(text).toContain('Register to vote');
    expect(text).toContain('Try the New Postman');
    expect(removed.map((item) => item.rule)).toEqual(['call-to-action']);
  });

  it('removes a paragraph in bold that opens with a link to download the site\'s app (TODAY, WCXB 0034), not a guide\'s step', () => {
    const pitch = '<p><a href="https://smart.link/uzrk"><strong><em>Download and subscribe</em></strong></a><strong><em> to the brand new '
      + 'Start TODAY app to make your 2025 wellness goals a reality, with the coach you need in your back pocket.</em></strong></p>';
    const step = '<p><a href="https://zoom.example/download">Download the Zoom app</a> and sign in with the account your school gave you.</p>';
    const { text, removed } = declutter(`${prose}${pitch}${prose}${step}`);
    expect(text).not.toContain('Start TODAY');
    expect(text).toContain('Download the Zoom app and sign in');
    expect(removed.map((item) => item.rule)).toEqual(['call-to-action']);
  });
});

describe("declutter: a link past one of the page's blocks", () => {
  it('removes Moodle\'s "Skip … block" links, not a sentence that starts so or a link elsewhere (WCXB 2157)', () => {
    const { text, removed } = declutter(`<p><a href="#sb-1">Skip Course introduction and Topic navigation block</a></p>${prose}`
      + '<a href="#sb-2">Skip All Languages - Print the guide block</a><p>Skip the first block if you have done this before.</p>'
      + '<p><a href="/guides/block">Skip the queue with the block booking</a></p>');
    expect(text).not.toMatch(/Skip Course|Skip All Languages/);
    expect(text).toContain('Skip the first block if you have done this before.');
    expect(text).toContain('Skip the queue with the block booking');
    expect(removed.map((item) => item.rule)).toEqual(['navigation', 'navigation']);
  });
});


describe("declutter: a page template's filler", () => {
  const lorem = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.';

  it('removes "Lorem ipsum" filler however much of the page it is, with the boxes left holding only their headings and links (WCXB 0285)', () => {
    const column = (n: number) => `<div class="col"><h5>Head Line ${n}</h5><p>${lorem}</p><ul><li>Lorem ipsum 1</li><li>Lorem ipsum 2</li></ul><a href="#">Learn More</a></div>`;
    const filler = `<section><h3>Lorem Ipsum</h3><p>${lorem}</p><div class="row">${[1, 2, 3, 4].map(column).join('')}</div></section>`;
    const { text, removed } = declutter(`${prose}${filler}`);
    expect(text).not.toMatch(/Lorem|Head Line|Learn More/);
    expect(text).toContain('The mayor, who had championed');
    expect(removed.every((item) => item.rule === 'boilerplate')).toBe(true);

    // A page of filler and little else (a theme's demo) has nothing else to show.
    expect(declutter(`<h2>Share buttons test</h2>${filler}`).text).toContain('Lorem ipsum dolor sit amet');
    // Nor where the rest is more Latin (an editor's generated filler: Readability's data-url-image page).
    const latin = '<p>Quae veniam recusandae vel cupiditate doloribus pariatur, dolorum saepe hic quos mollitia harum nihil molestias magni modi maiores.</p>';
    expect(declutter(`${latin.repeat(8)}${filler}`).text).toContain('Lorem ipsum dolor sit amet');
  });

  it('keeps filler quoted in an article about it, and a box whose other text is prose', () => {
    const { text } = declutter(`${prose}<blockquote>${lorem}</blockquote><div><h5>Placeholder text</h5><p>${lorem}</p>
      <p>Printers have used this passage since the sixteenth century.</p></div>`);
    expect(text).toContain(lorem);
    expect(text).toContain('Placeholder text');
    expect(text).toContain('Printers have used');
  });
});

describe('declutter: field labels whose values are gone', () => {
  it('removes a box of labels alone ("Release Date:", "Developer:"), keeps a label over its list and labels with values, in a line too (WCXB 3074; Readability\'s cnet-svg-classes)', () => {
    const { text, removed } = declutter(`${prose}<div class="glance"><div><p>Release Date:</p></div><div><p>Developer:</p></div>
      <div><p>Publisher:</p></div></div><div><p>Key features:</p><ul><li>Sandbox play</li><li>Free updates</li></ul></div>
      <div><div><span>Genre:</span> Action</div><div><span>Players:</span> 1-8</div></div>
      <div class="videoTitle"><span class="bold"><span>Now playing:</span> <span>Watch this:</span></span> Google Assistant gets better</div>`);
    expect(text).not.toMatch(/Release Date|Developer|Publisher/);
    expect(removed.map((item) => item.rule)).toEqual(['not-content']);
    for (const line of ['Key features:', 'Sandbox play', 'Genre: Action', 'Players: 1-8', 'Now playing: Watch this: Google']) expect(text).toContain(line);
  });
});
