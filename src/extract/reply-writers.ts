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

/** Marks each reply with its writer and time; whether any was marked (the later steps look for marks only then). */
export function markReplyWriters(replies: readonly Element[]): boolean {
  let marked = false;
  for (const reply of replies) {
    const writer = writerOf(reply);
    if (!writer) continue;
    marked = true;
    reply.setAttribute(writerMark, writer);
    const time = propsOf(reply, 'datePublished').find((el) => el.localName === 'time');
    const when = foldSpaces(time?.textContent ?? '');
    if (when) reply.setAttribute(timeMark, when);
  }
  return marked;
}

/** A line that opens with the writer's name and holds little more: the reply's own header. */
const isHeaderLine = (text: string, writer: string) => text.startsWith(writer) && text.length <= writer.length + 80;

/**
 * Within a reply's own header as Readability kept it ("Brian September 29, 2025, 3:28pm 3": a line that starts with its
 * writer's name). Declutter leaves it and what it holds (a line that starts with the story's byline and a date reads
 * as a copy of the story's header, which it is not here); `nameReplies` then writes it as every other reply's.
 */
export function inReplyHeader(el: Element, textOf: (el: Element) => string): boolean {
  const reply = el.closest(`[${writerMark}]`);
  const writer = reply?.getAttribute(writerMark);
  if (!writer) return false;
  for (let node: Element | null = el; node && node !== reply; node = node.parentElement) {
    if (isHeaderLine(textOf(node), writer)) return true;
  }
  return false;
}

const headerTags = new Set(['P', 'DIV', 'SPAN', 'HEADER']);

/**
 * The writer's line at the top of each marked reply in `root`: in place of its own header where Readability kept it,
 * else first, unless the reply names its writer elsewhere (XenForo's user block).
 */
export function nameReplies(root: Element): void {
  for (const reply of Array.from(root.querySelectorAll(`[${writerMark}]`))) {
    const writer = reply.getAttribute(writerMark)!;
    const when = reply.getAttribute(timeMark);
    reply.removeAttribute(writerMark);
    reply.removeAttribute(timeMark);
    const header = Array.from(reply.querySelectorAll('*'))
      .find((el) => headerTags.has(el.tagName) && isHeaderLine(foldSpaces(el.textContent ?? ''), writer));
    if (!header && (reply.textContent ?? '').includes(writer)) continue;
    const line = reply.ownerDocument.createElement('p');
    line.append(Object.assign(reply.ownerDocument.createElement('strong'), { textContent: writer }));
    if (when) line.append(` · ${when}`);
    if (header) header.replaceWith(line);
    else reply.prepend(line);
  }
}
