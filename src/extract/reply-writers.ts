/**
 * A forum thread kept as the page shows it (Discourse: Readability's pick is whole) lost who wrote each reply: its
 * header, the writer's link and the time, has a "meta" class and is mostly a link, and Readability drops it. Each
 * reply's writer and time (its microdata: `author`, a `<time>` as `datePublished`) are read before Readability and
 * shown again as the reply's first line, as the thread built from the same markup shows them (qa-page.ts).
 */
import { propsOf, writerOf } from './qa-page';
import { foldSpaces } from './text';

const writerMark = 'data-cp-writer';
const timeMark = 'data-cp-written';

export function markReplyWriters(replies: readonly Element[]): void {
  for (const reply of replies) {
    const writer = writerOf(reply);
    if (!writer) continue;
    reply.setAttribute(writerMark, writer);
    const time = propsOf(reply, 'datePublished').find((el) => el.localName === 'time');
    const when = foldSpaces(time?.textContent ?? '');
    if (when) reply.setAttribute(timeMark, when);
  }
}

/** The writer's line at the top of each marked reply in `root`, unless the reply still shows the writer's name. */
export function nameReplies(root: Element): void {
  for (const reply of Array.from(root.querySelectorAll(`[${writerMark}]`))) {
    const writer = reply.getAttribute(writerMark)!;
    const when = reply.getAttribute(timeMark);
    reply.removeAttribute(writerMark);
    reply.removeAttribute(timeMark);
    if ((reply.textContent ?? '').includes(writer)) continue;
    const line = reply.ownerDocument.createElement('p');
    line.append(Object.assign(reply.ownerDocument.createElement('strong'), { textContent: writer }));
    if (when) line.append(` · ${when}`);
    reply.prepend(line);
  }
}
