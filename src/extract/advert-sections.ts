import { heading, type Drop, type Texts } from './declutter-blocks';

const advertWords = '(advertisement|advertising|advert|ad|sponsored|sponsor|paid promotion|promoted)';

/**
 * A heading that declares its section an advertisement: "Advertisement: New AI Book!", "Sponsored – …", or after its
 * title, "Opik: Open-Source LLMOps Platform (Sponsored)". Newsletters (Substack) set their ads as ordinary sections, a
 * heading and paragraphs, between the issue's own sections. A dash only with a space before it: "Ad-hoc networks" is a
 * heading of the article.
 */
const advertHeading = new RegExp(`^${advertWords}(\\s*[:|]|\\s+[–—-])\\s*\\S|\\S\\s*[([]${advertWords}[)\\]]$`, 'i');

const level = (el: Element): number => Number(el.tagName[1]);

/**
 * Removes a section headed as an advertisement: the heading and what follows it up to the next heading of its level
 * or above, as one block. A section longer than `maxLength` characters is left whole: an ad is short, and a long one
 * is the page's. True when `el` was such a heading.
 */
export function removeAdvertSection(el: Element, text: string, texts: Texts, drop: Drop, maxLength: number): boolean {
  if (!heading.test(el.tagName) || text.length > 100 || !advertHeading.test(text)) return false;
  const section = [el];
  let length = text.length;
  for (let next = el.nextElementSibling; next; next = next.nextElementSibling) {
    if (heading.test(next.tagName) && level(next) <= level(el)) break;
    length += texts.of(next).length;
    if (length > maxLength) return false;
    section.push(next);
  }
  // One item in the hidden list, shown back whole: the section goes into one box first, with the text between its parts.
  const box = el.ownerDocument.createElement('div');
  const last = section[section.length - 1]!;
  el.before(box);
  for (let node: ChildNode | null = el, next: ChildNode | null; node; node = node === last ? null : next) {
    next = node.nextSibling;
    box.append(node);
  }
  drop(box, 'ad');
  return true;
}
