import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { qaThread } from '../../src/extract/qa-page';

// A Stack Exchange-like question page: the answers are what a person opened it for, and Readability keeps only the
// question's post. Each post's text is its own `itemprop="text"`; comments are items of their own.
const words = (topic: string) => `<p>${Array.from({ length: 4 }, (_, i) =>
  `Sentence ${i + 1} on ${topic}, with enough words in it to read as the prose of a post that answers or asks something.`).join(' ')}</p>`;
const comment = (text: string) =>
  `<li itemprop="comment" itemscope itemtype="https://schema.org/Comment"><span itemprop="text">${text}</span>
    <div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Commenter</span></div></li>`;
const answer = (prop: string, writer: string, topic: string) => `<div id="answer-${writer}" itemprop="${prop}" itemscope itemtype="https://schema.org/Answer">
  <div class="votes">42</div><div itemprop="text">${words(topic)}</div>
  <div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="${writer}"><a href="/u/1">${writer}</a></div>
  <ul class="comments">${comment(`A comment on the answer about ${topic}.`)}</ul></div>`;

function page(type: string, answers: string, question = 'Question') {
  return `<html itemscope itemtype="https://schema.org/${type}"><head><title>Why is RAID not a backup?</title></head><body>
    <nav><a href="/">Home</a><a href="/questions">Questions</a></nav>
    <div id="mainbar"><h1>Why is RAID not a backup?</h1>
      <div itemprop="mainEntity" itemscope itemtype="https://schema.org/${question}">
        <div itemprop="text">${words('the question')}</div>
        <div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Asker"></div>
        <ul class="comments">${comment('A comment on the question.')}</ul>
        <h2>2 Answers</h2>${answers}
      </div></div>
    <div id="sidebar"><h4>Hot network questions</h4><ul><li><a href="/q/1">Another question about disks</a></li></ul></div>
  </body></html>`;
}
const answers = answer('acceptedAnswer', 'Kevin Dente', 'the accepted answer') + answer('suggestedAnswer', 'Jorg Mittag', 'the second answer');

const serverFault = 'https://serverfault.com/questions/2888/why-is-raid-not-a-backup';

function extract(html: string, url = serverFault) {
  const dom = new JSDOM(html, { url });
  const result = extractArticle(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis });
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe('a question-and-answer page', () => {
  it('shows the question and every answer in page order, each answer after its writer, without comments or votes', () => {
    const result = extract(page('QAPage', answers));
    expect(result.chosen).toBe('qa-thread');
    const { text } = result;
    const at = (needle: string) => text.indexOf(needle);
    expect(at('on the question')).toBeGreaterThan(-1);
    expect(at('Kevin Dente')).toBeGreaterThan(at('on the question'));
    expect(at('on the accepted answer')).toBeGreaterThan(at('Kevin Dente'));
    expect(at('Jorg Mittag')).toBeGreaterThan(at('on the accepted answer'));
    expect(at('on the second answer')).toBeGreaterThan(at('Jorg Mittag'));
    expect(text).not.toMatch(/A comment on|Commenter|Hot network|^42$/m);
    // The asker is the byline, as the question's microdata names them (WCXB 0172, 0360).
    expect(result.byline).toBe('Asker');
  });

  it('leaves FAQ pages, and question pages without answers, to the usual pipeline', () => {
    const faq = new JSDOM(page('FAQPage', answers)).window.document;
    expect(qaThread(faq, serverFault)).toBeNull();
    const unanswered = new JSDOM(page('QAPage', '')).window.document;
    expect(qaThread(unanswered, serverFault)).toBeNull();
    expect(qaThread(new JSDOM(page('QAPage', answers, 'Thing')).window.document, serverFault)).toBeNull();
  });

  it('shows a forum thread marked up as a posting with its replies, on a thread address only', () => {
    const reply = (writer: string, topic: string) => `<div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
      <div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="${writer}"></div>
      <div class="signature">Sent from my phone</div><article itemprop="text">${words(topic)}</article></div>`;
    const forum = `<html><head><title>Replacement projector recommendations</title></head><body><nav><a href="/">Forums</a></nav>
      <div itemscope itemtype="https://schema.org/DiscussionForumPosting"><h1 itemprop="headline">Replacement projector recommendations</h1>
        <div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">JosephF</span></div>
        <article itemprop="text">${words('the first post')}</article>
        ${reply('eljaycanuck', 'the first reply')}${reply('bud16415', 'the second reply')}</div></body></html>`;
    const avs = 'https://www.avsforum.com/threads/replacement-projector-recommendations-2024.3291860/';
    const thread = qaThread(new JSDOM(forum).window.document, avs)!;
    expect(thread.kind).toBe('forum');
    const text = thread.root.textContent ?? '';
    expect(text.indexOf('on the first post')).toBeLessThan(text.indexOf('eljaycanuck'));
    expect(text.indexOf('eljaycanuck')).toBeLessThan(text.indexOf('on the first reply'));
    expect(text.indexOf('bud16415')).toBeLessThan(text.indexOf('on the second reply'));
    expect(text).not.toContain('Sent from my phone');
    // Readability's pick holds the whole thread here, so it stays (a Discourse page's pick is whole too).
    const result = extract(forum, avs);
    expect(result.chosen).not.toBe('qa-thread');
    expect(result.text).toContain('on the second reply');
    // The same markup on a story's address (comments under a news story) is left to the pipeline.
    expect(qaThread(new JSDOM(forum).window.document, 'https://news.example/2024/01/03/projectors-for-everyone')).toBeNull();
  });

  it('puts a thread\'s first post back before its replies when the pick is the box of replies alone', () => {
    // WCXB 0529 (Watchuseek): the first post sits apart, above the box of replies Readability picks.
    const reply = (writer: string, text: string) => `<article itemprop="comment" itemscope itemtype="https://schema.org/Comment">
      <div itemprop="author" itemscope itemtype="https://schema.org/Person"><a itemprop="name" href="/u/${writer}">${writer}</a></div>
      <div class="meta">1,109 posts · Joined 2022</div><div class="body"><article itemprop="text"><div class="bbWrapper">${text}</div></article></div></article>`;
    const long = (topic: string) => `Sentence on ${topic}, with enough words in it to read as the prose of a post that answers the question. `.repeat(3);
    const forum = `<html><head><title>What will be the trend in the watch market in 2024?</title></head><body><nav><a href="/">Forums</a></nav>
      <div itemscope itemtype="https://schema.org/DiscussionForumPosting"><h1 itemprop="headline">What will be the trend in the watch market in 2024?</h1>
        <div class="starter"><div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">sanmartinwatch</span></div>
          <article itemprop="text"><div class="bbWrapper">With 2023 being the year that vintage style was popular, what do you guys think will be the trend?</div></article></div>
        <div class="thread-body"><div class="block"><div class="block-container"><div class="block-body">${reply('Babylon', 'In-house movements.')}
          ${['smaller cases', 'quartz', 'titanium', 'green dials', 'microbrands', 'bracelets'].map((topic, i) => reply(`writer${i}`, long(topic))).join('')}</div></div></div></div>
      </div></body></html>`;
    const result = extract(forum, 'https://www.watchuseek.com/threads/what-do-you-guys-think-will-be-the-trend-in-2024.5542550/');
    expect(result.chosen).not.toBe('qa-thread');
    expect(result.text).toContain('In-house movements.');
    const opening = result.text.indexOf('With 2023 being the year');
    expect(opening).toBeGreaterThanOrEqual(0);
    expect(opening).toBeLessThan(result.text.indexOf('on smaller cases'));
  });
});
