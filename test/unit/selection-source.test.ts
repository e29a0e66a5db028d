import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { minSelectionWords, selectionToRead } from '../../src/content/selection-source';
import { extractPart, rangesInCopy } from '../../src/extract/extract-part';
import { cloneIntoInertDocument } from '../../src/extract/clone-document';

const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `word${String.fromCharCode(97 + ((i + from) % 26))}`).join(' ');
const html = `<!doctype html><html lang="en"><head><title>The harbour story</title><meta name="author" content="Mara Quill"></head><body>
  <p class="byline">By Mara Quill</p>
  <p id="one">${words(20)}.</p><p id="two">${words(20, 3)}.</p><p id="three">${words(30, 5)}.</p>
  <form><textarea id="field">${words(40)}</textarea><input id="input" value="${words(40)}"></form>
  <div contenteditable="true" id="editor"><p>${words(40)}</p></div>
  <clearpage-reader><p id="own">${words(40)}</p></clearpage-reader>
</body></html>`;

function select(doc: Document, from: Node, fromOffset: number, to: Node, toOffset: number): Selection {
  const range = doc.createRange();
  range.setStart(from, fromOffset);
  range.setEnd(to, toOffset);
  const selection = doc.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

describe('a selection read as the article', () => {
  it('takes a selection of a paragraph or more (at least 25 words) of the page', () => {
    const doc = new JSDOM(html).window.document;
    const one = doc.getElementById('one')!;
    const two = doc.getElementById('two')!;
    expect(selectionToRead(doc, select(doc, one.firstChild!, 0, two.firstChild!, 40))).toHaveLength(1);
    expect(selectionToRead(doc, select(doc, doc.getElementById('three')!, 0, doc.getElementById('three')!, 1))).toHaveLength(1);
  });

  it(`leaves a phrase alone: fewer than ${minSelectionWords} words, or nothing selected`, () => {
    const doc = new JSDOM(html).window.document;
    const one = doc.getElementById('one')!;
    expect(selectionToRead(doc, select(doc, one, 0, one, 1))).toBeNull(); // 20 words
    expect(selectionToRead(doc, select(doc, one.firstChild!, 3, one.firstChild!, 3))).toBeNull();
    doc.getSelection()!.removeAllRanges();
    expect(selectionToRead(doc)).toBeNull();
  });

  it('never takes text inside a form field or an editor, nor the reader\'s own text', () => {
    const doc = new JSDOM(html).window.document;
    const field = doc.getElementById('field') as HTMLTextAreaElement;
    expect(selectionToRead(doc, select(doc, field.firstChild!, 0, field.firstChild!, 100))).toBeNull();
    const editor = doc.getElementById('editor')!;
    expect(selectionToRead(doc, select(doc, editor, 0, editor, 1))).toBeNull();
    const own = doc.getElementById('own')!;
    expect(selectionToRead(doc, select(doc, own, 0, own, 1))).toBeNull();
    // Text selected in a text field: the field has focus (its selection is not the page's).
    const three = doc.getElementById('three')!;
    const selection = select(doc, three, 0, three, 1);
    (doc.getElementById('input') as HTMLInputElement).focus();
    expect(selectionToRead(doc, selection)).toBeNull();
  });

  it('reads exactly the selected part, with the page\'s title and byline, through the pipeline', () => {
    const window = new JSDOM(html, { url: 'https://news.example/story' }).window;
    const doc = window.document;
    const two = doc.getElementById('two')!;
    const three = doc.getElementById('three')!;
    // From the middle of the second paragraph to the end of the third.
    const selection = select(doc, two.firstChild!, two.textContent!.indexOf('worde'), three, 1);
    const ranges = selectionToRead(doc, selection)!;
    const copy = cloneIntoInertDocument(doc, doc.URL);
    const part = rangesInCopy(doc.body, copy.body, ranges)!;
    const result = extractPart(copy, part, { window: window as unknown as Window & typeof globalThis, minWords: minSelectionWords });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text.startsWith('worde')).toBe(true);
    expect(result.text).toContain(words(30, 5));
    expect(result.text).not.toContain(words(20));
    expect(result.title).toBe('The harbour story');
    expect(result.byline).toBe('Mara Quill');
    // The live page is untouched.
    expect(doc.getElementById('one')!.textContent).toBe(`${words(20)}.`);
  });
});
