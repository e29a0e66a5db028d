import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { revealNoscriptContent } from '../../src/extract/noscript-content';

// Issue 12 ("No article" only when true): a Discourse forum page read without scripts (a saved page, the CLI) has its
// posts only in <noscript data-path>. All 18 Discourse pages of WCXB dev answered "No article found".
const posts = [
  'We updated to the new release last night and since then every document review stops halfway through the text.',
  'Same here: the grammar check refers us to another product and the summaries of long reports lost their detail.',
  'Reverting to the older model fixed it for our team, but the option disappears for new workspaces this week.',
  'Support answered that the rollout is staged and asked for example conversations, which we sent on Friday.',
  'Thanks for the workaround. We will keep the old model for document reviews until the fix reaches our region.',
  'A short update from our side: the staged rollout reached us this morning and the reviews work as before again.',
  'Marking this as solved. Thank you all for the examples, they made it much easier to find what had changed.',
];
const thread = `<div id="main-outlet"><h1>Update broke document reviews</h1>${posts
  .map((p, i) => `<div class="topic-body"><span class="creator">user${i}</span><div class="post"><p>${p} ${p}</p></div></div>`)
  .join('')}</div>`;

const page = (body: string) =>
  new JSDOM(`<!doctype html><html><head><title>Update broke document reviews</title></head><body>${body}</body></html>`, {
    url: 'https://forum.example.test/t/update/1',
  }).window.document;

describe('text only in <noscript> (script-built pages read without scripts)', () => {
  it('shows a noscript that holds the only copy of the page text, in its place', () => {
    const doc = page(`<section id="app"><div class="loading">Loading…</div></section><noscript data-path="/t/update/1">${thread}</noscript>`);
    revealNoscriptContent(doc);
    expect(doc.querySelector('noscript')).toBeNull();
    expect(doc.querySelector('#app + div > #main-outlet')).not.toBeNull();
    const result = extractArticle(page(`<section id="app"></section><noscript data-path="/t/update/1">${thread}</noscript>`));
    expect(result.ok).toBe(true);
    if (result.ok) for (const post of posts) expect(result.text).toContain(post);
  });

  it('leaves a noscript whose prose the page already shows (scripts ran, or a fallback copy), and short ones', () => {
    const shown = page(`<main>${thread}</main><noscript>${thread}</noscript><noscript><p>Please enable JavaScript to use this site.</p></noscript>`);
    revealNoscriptContent(shown);
    expect(shown.querySelectorAll('noscript')).toHaveLength(2);
    const result = extractArticle(shown);
    // each post paragraph says its sentence twice: shown once, not twice over
    expect(result.ok && result.text.split(posts[0]!).length - 1).toBe(2);
  });

  it('reads a live page\'s noscript string (scripting on, the scripts not run yet) when the page shows nothing else', () => {
    // Discourse offline or with its scripts blocked: a spinner over the page, every post in the noscript's string.
    const doc = page('<section id="d-splash"><div class="preloader-image"></div></section><noscript data-path="/t/update/1"></noscript>');
    doc.querySelector('noscript')!.textContent = thread;
    const result = extractArticle(doc);
    expect(result.ok).toBe(true);
    if (result.ok) for (const post of posts) expect(result.text).toContain(post);
  });

  it('leaves a live page\'s noscript string once the scripts have shown its text, and short strings', () => {
    const doc = page(`<main>${thread}</main><noscript></noscript><noscript></noscript>`);
    const [full, short] = Array.from(doc.querySelectorAll('noscript'));
    full!.textContent = thread;
    short!.textContent = '<img src="https://pixel.example.test/p.gif" height="1" width="1">';
    revealNoscriptContent(doc);
    expect(Array.from(doc.querySelectorAll('noscript'), (el) => el.textContent)).toEqual([thread, short!.textContent]);
  });
});
