import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { embedsToLinks, markEmbeddedPosts } from '../../src/extract/embeds';
import { extractArticle } from '../../src/extract';

const root = (html: string) => new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!;

describe('embedded players become safe link cards', () => {
  it('marks the quotes social sites embed, by their class, and nothing else', () => {
    const { document } = new JSDOM(`<body><blockquote class="twitter-tweet" id="t"><p>Post</p></blockquote>
      <blockquote class="quote instagram-media" id="i"></blockquote><blockquote id="plain"></blockquote>
      <div class="twitter-tweet" id="div"></div><blockquote class="twitter-tweet-like" id="near"></blockquote></body>`).window;
    markEmbeddedPosts(document);
    expect([...document.querySelectorAll('[data-cp-embed="post"]')].map((el) => el.id)).toEqual(['t', 'i']);
  });

  it('turns a YouTube embed into a watch link, keeping its title', () => {
    const r = root('<p>Before</p><iframe src="https://www.youtube.com/embed/abc_123?rel=0" title="Launch video"></iframe>');
    expect(embedsToLinks(r, 'https://news.example/a')).toBe(1);
    expect(r.querySelector('iframe')).toBeNull();
    expect(r.querySelector('a')!.getAttribute('href')).toBe('https://www.youtube.com/watch?v=abc_123');
    expect(r.textContent).toContain('▶ Launch video');
  });

  it('links Vimeo players and relative embeds to their pages', () => {
    const r = root('<iframe src="https://player.vimeo.com/video/4242"></iframe><embed src="/media/clip.mp4">');
    embedsToLinks(r, 'https://news.example/story');
    expect([...r.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://vimeo.com/4242', 'https://news.example/media/clip.mp4']);
  });

  it('drops embeds that point nowhere safe', () => {
    const r = root('<iframe src="javascript:alert(1)"></iframe><object data="data:text/html,x"></object><p>Text</p>');
    expect(embedsToLinks(r, 'https://news.example/')).toBe(0);
    expect(r.innerHTML).toBe('<p>Text</p>');
  });

  it('gives no card to ad slots, tracking pixels and bot checks', () => {
    const r = root(`<iframe src="https://m.media-amazon.com/images/S/sash/x.html" title="Sponsored ad"></iframe>
      <iframe src="https://tpc.googlesyndication.com/safeframe/1-0-40/html/container.html" title="3rd party ad content"></iframe>
      <iframe src="https://www.google.com/recaptcha/api2/anchor?k=x" title="reCAPTCHA"></iframe>
      <iframe src="https://s.example-ads.net/iu3?slot=navFooter" width="1" height="1"></iframe>
      <iframe src="https://www.youtube.com/embed/abc_123" title="Advertising in the 1950s"></iframe>`);
    expect(embedsToLinks(r, 'https://shop.example/item')).toBe(1);
    expect(r.textContent!.trim()).toBe('▶ Advertising in the 1950s');
  });

  it('shows embedded players and posts as marked cards in the extracted article, with nothing that loads', () => {
    const prose = '<p>' + 'The harbour board met on Tuesday to decide the future of the old pier, and the vote was close. '.repeat(6) + '</p>';
    const { window } = new JSDOM(`<!doctype html><html><head><title>Pier vote</title></head><body><article><h1>Pier vote</h1>${prose}
      <iframe src="https://www.youtube.com/embed/xyz987" title="The pier at dawn"></iframe>${prose}
      <blockquote class="twitter-tweet"><p>The pier stays open!</p>&mdash; Harbour Board (@harbour) <a href="https://twitter.com/harbour/status/1">June 2, 2025</a></blockquote>
      <script async src="https://platform.twitter.com/widgets.js"></script>${prose}</article></body></html>`, { url: 'https://news.example/pier' });
    const result = extractArticle(window.document, { url: 'https://news.example/pier', window: window as never });
    if (!result.ok) throw new Error(result.reason);
    const cards = [...result.content.querySelectorAll('[data-cp-embed]')];
    expect(cards.map((c) => c.getAttribute('data-cp-embed'))).toEqual(['player', 'post']);
    expect(cards[0]!.querySelector('a')!.getAttribute('href')).toBe('https://www.youtube.com/watch?v=xyz987');
    expect(cards[0]!.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(cards[1]!.textContent).toContain('The pier stays open!');
    expect(result.content.querySelector('iframe, script')).toBeNull();
  });
});
