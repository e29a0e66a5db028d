import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { markReplyWriters, nameReplies } from '../../src/extract/reply-writers';

// A Discourse thread as its server writes it (WCXB 0511): each reply's header, the writer's link and the time, has a
// "meta" class and is mostly a link, and Readability drops it: the replies read as one voice.
const replies = [
  ['alison100', '3 May 2025 09:21', 'I think that setting expectations is important here. Exercise will not reverse damage, but it helps you make the most of what you have.'],
  ['mary_s', '4 May 2025 07:02', 'I totally understand the feeling like giving up by getting a scooter, but I can honestly say it has been the best thing I did this year.'],
  ['jon.k', '5 May 2025 21:40', 'Regular work at the gym has improved my drop foot to the point where it rarely troubles me, but that might have happened anyway.'],
] as const;
const post = (writer: string, when: string, text: string, comment: boolean) => `
  <div ${comment ? 'itemprop="comment" itemscope itemtype="http://schema.org/Comment"' : ''} class="topic-body crawler-post">
    <div class="crawler-post-meta">
      <span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
        <a itemprop="url" rel="nofollow" href="/u/${writer}"><span itemprop="name">${writer}</span></a>
      </span>
      <span class="crawler-post-infos"><time itemprop="datePublished" datetime="2025-05-03T09:21:40Z" class="post-time">${when}</time>
      <span itemprop="position">2</span></span>
    </div>
    <div class="post" itemprop="text"><p>${text} ${text}</p></div>
  </div>`;
const thread = `<div id="main-outlet" role="main"><h1>Struggling with getting stronger</h1>
  <div itemscope itemtype="http://schema.org/DiscussionForumPosting">
    ${post('hayley.p', '2 May 2025 18:48', 'Hey, I have had symptoms since late 2019 and I get so confused with pushing through and training to live a more active life while my body does not always want to work.', false)}
    ${replies.map(([writer, when, text]) => post(writer, when, text, true)).join('')}
  </div></div>`;

const page = (body: string, url: string) =>
  new JSDOM(`<!doctype html><html><head><title>Struggling with getting stronger</title></head><body>${body}</body></html>`, { url }).window.document;

describe('a forum thread kept whole names the writer of each reply', () => {
  it('shows each reply after its writer and time', () => {
    const result = extractArticle(page(thread, 'https://forum.example.test/t/struggling/79349'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const lines = result.text.split('\n');
    // Readability drops the first reply's header here (on WCXB 0511, every reply's) and keeps the others': each reads
    // the same way, and none is listed as hidden (the first post's date is the story's, and goes).
    for (const [writer, when, text] of replies) {
      const at = lines.findIndex((line) => line.startsWith(text));
      expect(lines[at - 1], writer).toBe(`${writer} · ${when}`);
      expect(result.text.split(writer).length - 1, writer).toBe(1);
    }
    expect(result.removed.filter((item) => replies.some(([writer]) => item.sample.startsWith(writer)))).toEqual([]);
    expect(result.content.querySelector('[data-cp-writer]')).toBeNull();
  });

  it('keeps a reply\'s header that starts with the story\'s byline (the thread\'s starter answering) as the reply\'s', () => {
    // WCXB 0554: "Brian September 29, 2025, 3:28pm 3", Brian being the thread's starter, went as a copy of the header.
    const starter = thread.replace(/mary_s/g, 'hayley.p').replace('4 May 2025 07:02', 'September 29, 2025, 3:28pm');
    const result = extractArticle(page(starter, 'https://forum.example.test/t/struggling/79349'));
    expect(result.ok && result.byline).toBe('hayley.p');
    expect(result.ok && result.text.split('\n')).toContain('hayley.p · September 29, 2025, 3:28pm');
    // The first post's own date is the story's ("2 May 2025 18:48 2", shown in the header): that one goes.
    expect(result.ok && result.removed.map((item) => item.sample)).toEqual(['2 May 2025 18:48 2']);
  });

  it('names the replies of a thread whose post only JSON-LD describes, its replies `Comment` items (XenForo 2.3, WCXB 1350)', () => {
    const bare = thread.replace('<div itemscope itemtype="http://schema.org/DiscussionForumPosting">', '<div class="block-body">');
    const result = extractArticle(page(bare, 'https://forum.example.test/threads/struggling.37290/'));
    if (!result.ok) throw new Error(result.reason);
    const lines = result.text.split('\n');
    for (const [writer, when, text] of replies) expect(lines[lines.findIndex((line) => line.startsWith(text)) - 1]).toBe(`${writer} · ${when}`);
    // A story's comments marked up so, on a story's address, are no thread's replies.
    const story = extractArticle(page(bare, 'https://news.example.test/2025/05/struggling-with-getting-stronger'));
    expect(story.ok && story.text.split('\n')).not.toContain(`${replies[0][0]} · ${replies[0][1]}`);
  });

  it('writes a kept header as the others, adds the line where it went, and none where the reply names its writer elsewhere', () => {
    const doc = page(thread, 'https://forum.example.test/t/struggling/79349');
    const [kept, dropped, elsewhere] = Array.from(doc.querySelectorAll('[itemprop~="comment"]'));
    markReplyWriters([kept!, dropped!, elsewhere!]);
    dropped!.querySelector('.crawler-post-meta')!.remove();
    elsewhere!.querySelector('.crawler-post-meta')!.replaceWith(Object.assign(doc.createElement('p'), { textContent: 'Posted by a moderator for jon.k' }));
    nameReplies(doc.body);
    expect(kept!.firstElementChild!.textContent).toBe('alison100 · 3 May 2025 09:21');
    expect(dropped!.firstElementChild!.textContent).toBe('mary_s · 4 May 2025 07:02');
    expect(elsewhere!.firstElementChild!.textContent).toBe('Posted by a moderator for jon.k');
  });
});
