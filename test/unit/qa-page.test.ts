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

function extract(html: string) {
  const dom = new JSDOM(html, { url: 'https://serverfault.com/questions/2888/why-is-raid-not-a-backup' });
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
  });

  it('leaves FAQ pages, and question pages without answers, to the usual pipeline', () => {
    const faq = new JSDOM(page('FAQPage', answers)).window.document;
    expect(qaThread(faq)).toBeNull();
    const unanswered = new JSDOM(page('QAPage', '')).window.document;
    expect(qaThread(unanswered)).toBeNull();
    expect(qaThread(new JSDOM(page('QAPage', answers, 'Thing')).window.document)).toBeNull();
  });
});
