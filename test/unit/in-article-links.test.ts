import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { sanitizeMarkup } from '../../src/extract';
import { setupInArticleLinks } from '../../src/content/tools/in-article-links';

const markup = `<p>A claim<sup id="ref1"><a href="#fn1">1</a></sup> and <a href="#nowhere">a dead link</a>.</p>
<p><a href="#old">named</a></p><ol><li id="fn1">The note. <a href="#ref1">↩</a></li></ol><p><a name="old">Old anchor</a></p>`;

let dom: JSDOM;
afterEach(() => dom.window.close());

/** The reader's shape: an open shadow root on the page, the sanitized article moved in from an inert document. */
function reader() {
  dom = new JSDOM('<!doctype html><body><p>The page</p></body>', { url: 'http://127.0.0.1/page.html' });
  const { window } = dom;
  const events: string[] = [];
  const record = (name: string) => events.push(`${name} ${window.location.hash}`);
  window.addEventListener('hashchange', () => record('hashchange'));
  window.addEventListener('popstate', () => record('popstate'));
  // jsdom has no layout, so no scrollIntoView: record which element was asked to scroll into view.
  const scrolled: Element[] = [];
  window.Element.prototype.scrollIntoView = function scrollIntoView(this: Element) { scrolled.push(this); };
  const host = window.document.createElement('div');
  window.document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const article = window.document.createElement('article');
  const parsed = new window.DOMParser().parseFromString(`<body>${sanitizeMarkup(markup, window as unknown as Window & typeof globalThis)}</body>`, 'text/html');
  article.append(...Array.from(parsed.body.childNodes));
  root.append(article);
  const controller = new window.AbortController();
  setupInArticleLinks({ root, article }, controller.signal);
  const click = (selector: string) => {
    const link = root.querySelector<HTMLAnchorElement>(selector)!;
    const event = new window.MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(event);
    return event.defaultPrevented;
  };
  // jsdom follows a link from a later task and fires popstate and hashchange from the task after that: two rounds of
  // tasks later all of it happened (the last test shows they are enough to see a navigation).
  const settle = () => new Promise<void>((done) => setTimeout(() => setTimeout(done, 0), 0));
  return { window, root, events, scrolled, click, settle, controller };
}

describe('in-article # links inside the reader', () => {
  it('a footnote link scrolls the reader to the note and focuses it; the page URL and history stay', async () => {
    const { window, root, events, scrolled, click, settle } = reader();
    const before = { href: window.location.href, length: window.history.length };
    expect(click('a[href="#user-content-fn1"]')).toBe(true);
    const note = root.getElementById('user-content-fn1')!;
    expect(scrolled).toEqual([note]);
    expect(root.activeElement).toBe(note);
    expect(note.getAttribute('tabindex')).toBe('-1');
    expect(click('a[href="#user-content-ref1"]')).toBe(true);
    expect(scrolled).toEqual([note, root.getElementById('user-content-ref1')]);
    await settle();
    expect({ href: window.location.href, length: window.history.length, events }).toEqual({ ...before, events: [] });
  });

  it('a named anchor is a target too', () => {
    const { root, scrolled, click } = reader();
    expect(click('a[href="#user-content-old"]')).toBe(true);
    expect(scrolled).toEqual([root.querySelector('a[name="user-content-old"]')]);
  });

  it('a link with no target does nothing, and the page hears nothing', async () => {
    const { window, events, scrolled, click, settle } = reader();
    const before = window.location.href;
    expect(click('a[href="#nowhere"]')).toBe(true);
    await settle();
    expect({ scrolled, events, href: window.location.href }).toEqual({ scrolled: [], events: [], href: before });
  });

  it('stops when the reader closes (and without it the page would navigate)', async () => {
    const { window, events, click, settle, controller } = reader();
    controller.abort();
    expect(click('a[href="#user-content-fn1"]')).toBe(false);
    await settle();
    expect(window.location.href).toBe('http://127.0.0.1/page.html#user-content-fn1');
    expect(events).toEqual(['popstate #user-content-fn1', 'hashchange #user-content-fn1']);
  });
});
