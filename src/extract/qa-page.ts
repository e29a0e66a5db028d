/**
 * A question-and-answer page marked up as one (schema.org `QAPage` microdata, as every Stack Exchange site is): the
 * question and its answers are the content. Readability picks the question's post alone, and the answers, which a
 * person opened the page for, are lost. This gathers each post's own text (not its comments, votes or share links), in
 * page order, each answer after a line with its writer's name. FAQ pages (`FAQPage`) are articles and are left alone.
 */
const item = (type: string) => `[itemtype$="schema.org/${type}"]`;

/** The item an element's property belongs to: its nearest ancestor with `itemscope`. */
const itemOf = (el: Element): Element | null => el.parentElement?.closest('[itemscope]') ?? null;

/** The elements with property `name` of `owner` itself, not of an item inside it (a comment, the author). */
function propsOf(owner: Element, name: string): Element[] {
  return Array.from(owner.querySelectorAll(`[itemprop~="${name}"]`)).filter((el) => itemOf(el) === owner);
}

function writerOf(post: Element): string {
  const author = propsOf(post, 'author')[0];
  if (!author) return '';
  const name = propsOf(author, 'name')[0];
  const text = name ? (name.getAttribute('content') ?? name.textContent ?? '') : author.textContent ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

/** The question and its answers as one detached block (copies), or null when the page is not such a page. */
export function qaThread(doc: Document): Element | null {
  // The page is the item: its root or body says so (a whole-document selector scan cost 10 ms a page in jsdom).
  const page = [doc.documentElement, doc.body].find((el) => /schema\.org\/QAPage$/.test(el?.getAttribute('itemtype') ?? ''));
  const question = page && (page.matches(item('Question')) ? page : page.querySelector(`[itemprop~="mainEntity"]${item('Question')}`));
  if (!question) return null;
  const answers = Array.from(doc.querySelectorAll('[itemprop~="acceptedAnswer"], [itemprop~="suggestedAnswer"]'))
    .filter((answer) => answer.hasAttribute('itemscope') && propsOf(answer, 'text').length);
  const asked = propsOf(question, 'text')[0];
  if (!asked || !answers.length) return null;
  const thread = doc.createElement('div');
  thread.append(asked.cloneNode(true));
  for (const answer of answers) {
    thread.append(doc.createElement('hr'));
    const writer = writerOf(answer);
    if (writer) {
      const line = doc.createElement('p');
      line.append(Object.assign(doc.createElement('strong'), { textContent: writer }));
      thread.append(line);
    }
    for (const text of propsOf(answer, 'text')) thread.append(text.cloneNode(true));
  }
  return thread;
}
