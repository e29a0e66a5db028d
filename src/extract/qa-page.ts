/**
 * A question-and-answer page marked up as one (schema.org `QAPage` microdata, as every Stack Exchange site is), or a
 * forum thread marked up as a `DiscussionForumPosting` with its replies as `comment` items (XenForo): the question and
 * its answers, the post and its replies, are the content. Readability picks the first post alone, and the answers,
 * which a person opened the page for, are lost. This gathers each post's own text (not its comments, votes or share
 * links), in page order, each answer after a line with its writer's name. FAQ pages (`FAQPage`) are articles and are
 * left alone, and a news story's comments stay out (the thread is looked for on a forum thread's address only).
 */
import { isThreadUrl } from './thread-url';
import { foldSpaces } from './text';
import { wordTrigrams } from './published-text';

const item = (type: string) => `[itemtype$="schema.org/${type}"]`;

/** The item an element's property belongs to: its nearest ancestor with `itemscope`. */
const itemOf = (el: Element): Element | null => el.parentElement?.closest('[itemscope]') ?? null;

/** The elements with property `name` of `owner` itself, not of an item inside it (a comment, the author). */
export function propsOf(owner: Element, name: string): Element[] {
  return Array.from(owner.querySelectorAll(`[itemprop~="${name}"]`)).filter((el) => itemOf(el) === owner);
}

export function writerOf(post: Element): string {
  const author = propsOf(post, 'author')[0];
  if (!author) return '';
  const name = propsOf(author, 'name')[0];
  return foldSpaces(name ? (name.getAttribute('content') ?? name.textContent ?? '') : author.textContent ?? '');
}

/**
 * A page's posts as one detached block (copies). `forum`: a thread's posts, which replace the pipeline's pick only
 * when it missed most of them (Discourse marks its posts up too, and its pick is whole already).
 */
export interface Thread {
  root: Element;
  kind: 'qa' | 'forum';
  /** The replies in the page (not copies). */
  replies: Element[];
  /** Who asked the question or opened the thread, as its markup names them ('' where it does not). */
  writer: string;
  /** The question's or first post's own text (copies). */
  opening: Element[];
}

/** The post and its replies in page order, each reply after a rule and its writer. */
function threadOf(doc: Document, first: Element, replies: Element[], kind: Thread['kind']): Thread {
  const thread = doc.createElement('div');
  const opening = propsOf(first, 'text').map((text) => text.cloneNode(true) as Element);
  thread.append(...opening.map((text) => text.cloneNode(true)));
  for (const reply of replies) {
    thread.append(doc.createElement('hr'));
    const writer = writerOf(reply);
    if (writer) {
      const line = doc.createElement('p');
      line.append(Object.assign(doc.createElement('strong'), { textContent: writer }));
      thread.append(line);
    }
    for (const text of propsOf(reply, 'text')) thread.append(text.cloneNode(true));
  }
  return { root: thread, kind, replies, writer: writerOf(first), opening };
}

const hasText = (post: Element) => post.hasAttribute('itemscope') && propsOf(post, 'text').length > 0;

/**
 * Whether `root` shows the thread's opening post: half its word 3-grams or more (Readability may have dropped a quote's
 * title or a "Continuing the discussion from" line of it, WCXB 0507).
 */
export function holdsOpening(root: Element, thread: Thread): boolean {
  const opening = new Set(wordTrigrams(thread.opening.map((text) => text.textContent ?? '').join(' ')));
  if (!opening.size) return true;
  let found = 0;
  for (const gram of new Set(wordTrigrams(root.textContent ?? ''))) if (opening.has(gram)) found++;
  return found >= opening.size / 2;
}

/**
 * A thread's replies marked up as `Comment` items without the post they answer (XenForo 2.3 writes that post in JSON-LD
 * alone: Mike Holt's forums, WCXB 1350), on a thread's address: the pick keeps them, and their writers are named.
 */
export const threadComments = (doc: Document, url: string): Element[] =>
  (isThreadUrl(url) ? Array.from(doc.querySelectorAll(item('Comment'))).filter(hasText) : []);

/**
 * The question and its answers, or a forum thread's first post and its replies (a `DiscussionForumPosting` item with
 * `comment` items of its own, as XenForo marks a thread up), as one detached block; null on any other page.
 */
export function qaThread(doc: Document, url: string): Thread | null {
  // The page is the item: its root or body says so (a whole-document selector scan cost 10 ms a page in jsdom).
  const page = [doc.documentElement, doc.body].find((el) => /schema\.org\/QAPage$/.test(el?.getAttribute('itemtype') ?? ''));
  const question = page && (page.matches(item('Question')) ? page : page.querySelector(`[itemprop~="mainEntity"]${item('Question')}`));
  if (question && hasText(question)) {
    const answers = Array.from(doc.querySelectorAll('[itemprop~="acceptedAnswer"], [itemprop~="suggestedAnswer"]')).filter(hasText);
    return answers.length ? threadOf(doc, question, answers, 'qa') : null;
  }
  if (page || !isThreadUrl(url)) return null;
  const posting = doc.querySelector(item('DiscussionForumPosting'));
  if (!posting || !hasText(posting)) return null;
  const replies = propsOf(posting, 'comment').filter(hasText);
  return replies.length ? threadOf(doc, posting, replies, 'forum') : null;
}
