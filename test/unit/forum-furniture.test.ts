import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';

// A forum thread: each post, then its writer's signature under it (vBulletin, phpBB, XenForo, Invision).
const post = (n: number, signature: string) => `<div class="post" id="post${n}"><div class="author">member${n}</div>
  <div class="content"><p>Reply ${n}: I replaced the projector's lamp last winter and the picture has been bright ever since. The fan is a
  little louder than before, but it settles after a few minutes and nobody in the room notices it during a film.</p></div>
  ${signature}</div>`;

function extract(signature: (n: number) => string, above = '') {
  const posts = [1, 2, 3, 4].map((n) => post(n, signature(n))).join('');
  const dom = new JSDOM(`<html><head><title>Replacement lamp</title></head><body><main>${above}<h1>Replacement lamp</h1>${posts}</main></body></html>`,
    { url: 'https://forum.example/threads/replacement-lamp.123/' });
  const result = extractArticle(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis });
  if (!result.ok) throw new Error(result.reason);
  const samples = (rule: string) => result.removed.filter((item) => item.rule === rule).map((item) => item.sample);
  return { text: result.text, signatures: samples('author-box'), boilerplate: samples('boilerplate') };
}

describe('a forum thread\'s furniture', () => {
  it('takes each post’s signature out and keeps the posts', () => {
    for (const signature of [
      (n: number) => `<div class="signature">Sig ${n}: Epson 5050UB, 120" screen, Denon X3800H</div>`,
      (n: number) => `<div class="signaturecontainer"><blockquote class="signature restore">Sig ${n}: my build thread is linked in my profile</blockquote></div>`,
      (n: number) => `<div class="message-signature"><div class="bbWrapper">Sig ${n}: Sony VPL-VW295ES</div></div>`,
      (n: number) => `<div class="ipsEntry__signature">Sig ${n}: Affinity Photo 2 on Windows 11</div>`,
      (n: number) => `<blockquote class="signature restore"><div class="signaturecontainer"><b>Sig ${n} Hosting</b></div></blockquote>`,
    ]) {
      const { text, signatures } = extract(signature);
      expect(text).toContain('Reply 4: I replaced');
      expect(text).not.toContain('Sig ');
      expect(signatures).toHaveLength(4);
      expect(signatures[0]).toMatch(/^Sig 1/);
    }
  });

  it('takes the site\'s notices above the thread out (XenForo), each where Readability left it', () => {
    const notices = `<ul class="notices notices--block js-notices"><li class="notice"><div class="notice-content">
      <p>Episode 19 of The Front Row podcast is now live: what happens inside a DLP projector.</p><a href="/podcast">Listen now on every podcast app</a></div></li>
      <li class="notice"><div class="notice-content">Scam alert. Members are reminded never to send money before seeing what they buy.</div></li></ul>`;
    const { text, boilerplate } = extract(() => '', notices);
    expect(text).toContain('Reply 4: I replaced');
    expect(text).not.toMatch(/Episode 19|Scam alert|Listen now/);
    expect(boilerplate.length).toBeGreaterThan(0);
  });

  it('keeps a signature that holds the post itself, and a class that only sounds like one', () => {
    const whole = extract((n) => (n === 1 ? `<div class="signature">${'My whole review of the lamp, in the signature box. '.repeat(40)}</div>` : ''));
    expect(whole.text).toContain('My whole review of the lamp');
    const card = extract((n) => `<div class="post-signature">Sig ${n}: answered by member${n}</div>`);
    expect(card.signatures).toEqual([]);
  });
  it("shows a post's body that the forum writes as a blockquote as the post, and the quotes inside it as quotes (WCXB 0520)", () => {
    const posts = [1, 2, 3].map((n) => `<li class="message" id="post-${n}"><div class="messageUserInfo">member${n}</div>
      <blockquote class="messageText SelectQuoteContainer ugc baseHtml">${n === 2 ? '<div class="bbCodeBlock bbCodeQuote"><blockquote class="quoteContainer">Forums are dead.</blockquote></div>' : ''}
      Reply ${n}: I believe forums continue to provide a sense of community and credibility that can be lacking in other social media platforms.
      </blockquote></li>`).join('');
    const dom = new JSDOM(`<html><head><title>Do forums still have a role?</title></head><body><h1>Do forums still have a role?</h1><ol>${posts}</ol></body></html>`,
      { url: 'https://forums.example.com/threads/do-forums-still-have-a-role.2880547/' });
    const result = extractArticle(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis });
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toContain('Reply 3: I believe');
    expect(Array.from(result.content.querySelectorAll('blockquote'), (quote) => quote.textContent!.trim())).toEqual(['Forums are dead.']);
    expect(result.content.querySelector('[data-cp-post-body]')).toBeNull();
  });

  it("shows vBulletin's quote of an earlier post as a quote, without its icons (WCXB 0533, 0526)", () => {
    const quotes = [
      `<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_quote_container"></div>
        <div class="bbcode_postedby"><img src="images/misc/quote_icon.png" alt="Quote"> Originally Posted by <strong>member1</strong>
        <a href="showthread.php?p=11#post11" rel="nofollow"><img class="inlineimg" src="images/buttons/viewpost-right.png" alt="View Post"></a></div>
        <div class="message">Is the lamp worth replacing?</div></div></div></div>`,
      `<div class="VBEditorContent-quote" style="margin:20px"><table><tr><td class="alt2"><div>Originally Posted by <strong>member1</strong>
        <a href="/threads/lamp.html#post11"><img class="inlineimg" src="/images/buttons/viewpost.gif" alt="View Post"></a></div><br>
        <div style="font-style:italic">Is the lamp worth replacing?</div></td></tr></table></div>`,
    ];
    for (const quote of quotes) {
      const posts = [1, 2, 3].map((n) => `<li class="postbitlegacy" id="post_${n}"><div class="username">member${n}</div>
        <blockquote class="postcontent restore">${n === 2 ? quote : ''}Reply ${n}: I replaced the projector's lamp last winter and the
        picture has been bright ever since. The fan is a little louder than before, but it settles after a few minutes.</blockquote></li>`).join('');
      const dom = new JSDOM(`<html><head><title>Replacement lamp</title></head><body><h1>Replacement lamp</h1><ol>${posts}</ol></body></html>`,
        { url: 'https://forum.example/showthread.php?t=123' });
      const result = extractArticle(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis });
      if (!result.ok) throw new Error(result.reason);
      const shown = Array.from(result.content.querySelectorAll('blockquote'), (el) => el.textContent!.replace(/\s+/g, ' ').trim());
      expect(shown).toEqual(['Originally Posted by member1 Is the lamp worth replacing?']);
      expect(result.content.querySelector('blockquote img, blockquote a')).toBeNull();
      expect(result.text).toContain('Reply 3: I replaced');
    }
  });

  it('leaves a box only named a quote as it was', () => {
    const dom = new JSDOM(`<html><head><title>Lamps</title></head><body><article><h1>Lamps</h1>
      ${'<p>A projector lamp lasts about four thousand hours, and the picture dims slowly long before it fails outright.</p>'.repeat(5)}
      <div class="quote-box">Ask us for a quote on a new lamp today</div></article></body></html>`, { url: 'https://shop.example/lamps' });
    const result = extractArticle(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis });
    if (!result.ok) throw new Error(result.reason);
    expect(result.content.querySelector('blockquote')).toBeNull();
  });
});
