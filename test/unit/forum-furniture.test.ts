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
});
