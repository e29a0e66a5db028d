import { authorHeadingText, railHeadingText, sentenceEnd } from './patterns';
import { wordPattern } from './text';
import { childElements, elementsIn, foldedText, linkDensity, tagSet } from './dom-measures';
import { contentsWithLabel, isContentsLabel } from './table-of-contents';
import { blockTags, heading, isHeadingLike, type Drop, type Texts } from './declutter-blocks';
import { isAuthorNameHeading } from './author-bio';

const headingTags = tagSet('h1', 'h2', 'h3', 'h4', 'h5', 'h6');

/** A short line followed by a list of links: a rail's heading even without heading markup. */
function leadsLinkList(el: Element): boolean {
  const next = el.nextElementSibling;
  if (!next) return false;
  const text = foldedText(next);
  return text.length > 0 && linkDensity(next, text) >= 0.4;
}

/**
 * Three or more items, each a link and a few words, inside wrappers that hold nothing else with text (a carousel's
 * empty arrow buttons): cards of products or stories. Items that end like sentences are a list of annotated links
 * ("See also" in documentation), which is the page's own.
 */
function isCardRun(el: Element): boolean {
  let items = childElements(el);
  for (let withText = items.filter((item) => item.textContent?.trim()); withText.length === 1; ) {
    items = childElements(withText[0]!);
    withText = items.filter((item) => item.textContent?.trim());
  }
  if (items.length < 3) return false;
  let sentences = 0;
  for (const item of items) {
    const text = foldedText(item);
    if (text.length > 300 || !(item.tagName === 'A' ? item.hasAttribute('href') : item.querySelector('a[href]'))) return false;
    if (sentenceEnd.test(text)) sentences++;
  }
  return sentences <= items.length / 2;
}

const digit = /\d/;

/**
 * Cards whose titles are gone (Readability drops a rail's link lines), leaving their dates and counts: "Aug 1, 2013 ·
 * Replies 3 · Aug 3, 2013" under "Similar threads" (XenForo). Half its words or more are numbers.
 */
function isCardMetadata(text: string): boolean {
  const words = text.match(wordPattern) ?? [];
  return words.length >= 3 && words.filter((word) => digit.test(word)).length >= words.length / 2;
}

/** The blocks after a rail heading, up to the next heading, as long as they are link lists, cards or short teasers. */
function railFollowers(start: Element): Element[] | null {
  const followers: Element[] = [];
  for (let next = start.nextElementSibling; next && !heading.test(next.tagName); next = next.nextElementSibling) {
    const text = foldedText(next);
    if (isCardMetadata(text)) {
      followers.push(next);
      continue;
    }
    const density = linkDensity(next, text);
    if (text.length > 600 || (text.length > 160 && density < 0.35)) {
      if (!isCardRun(next)) break;
      followers.push(next);
      continue;
    }
    if (text && density < 0.2 && !next.querySelector('a[href]')) return followers.length ? followers : null;
    // A paragraph that says more than its links do is prose: "A 2010 paper with … considers what happens when …".
    if (next.tagName === 'P' && text.length * (1 - density) >= 120 && sentenceEnd.test(text)) break;
    followers.push(next);
  }
  return followers;
}

/**
 * A heading's outermost wrapper with no other text (`<div><p><h2>Related</h2></p><svg/></div>`): what follows it is
 * the rail or the box the heading labels.
 */
function outerLabel(label: Element, root: Element, texts: Texts): Element {
  let top = label;
  const text = texts.of(label);
  for (let up = top.parentElement; up && up !== root && texts.of(up) === text; up = up.parentElement) top = up;
  return top;
}

/**
 * Further up, through wrappers that add only a short link ("Similar items" and "See all" in one box, the cards in the
 * box after it: eBay).
 */
function railLabel(label: Element, root: Element, texts: Texts): Element {
  let top = outerLabel(label, root, texts);
  const length = texts.of(label).length;
  for (let up = top.parentElement; up && up !== root; up = up.parentElement) {
    const text = texts.of(up);
    if (text.length > length + 30 || text.length - length > text.length * linkDensity(up, text) + 2) break;
    top = up;
  }
  return top;
}

/**
 * Removes a rail: its heading and the link lists or cards after it. Prose after the heading ("Related research"
 * followed by paragraphs) means it is the article's own section, and nothing goes.
 */
function removeRail(railHeading: Element, root: Element, texts: Texts, drop: Drop): void {
  const top = railLabel(railHeading, root, texts);
  const parent = top.parentElement;
  if (parent && parent !== root && parent.children.length > 1 && parent.firstElementChild === top) {
    const text = foldedText(parent);
    if (text.length <= 1500 && linkDensity(parent, text) >= 0.35) {
      drop(parent, 'related');
      return;
    }
  }
  // Prose after the wrapper: the heading alone may still go when nothing follows it inside the wrapper (as before).
  let start = top;
  let followers = railFollowers(top);
  if (!followers && top !== railHeading) followers = railFollowers((start = railHeading));
  if (!followers) return;
  drop(start, 'related');
  for (const follower of followers) drop(follower, 'related');
}

/** A rail's heading left last in the article (its links gone, or never taken with it) heads nothing: "You might like". */
export function dropTrailingRailHeadings(root: Element, texts: Texts, drop: Drop): void {
  const blocks = elementsIn(root, blockTags);
  // Document order reversed: the last line comes before the wrappers that hold it.
  for (let i = blocks.length - 1; i >= 0; i--) {
    const el = blocks[i]!;
    if (!root.contains(el)) continue;
    const text = texts.of(el);
    if (!text) continue;
    if (text.length > 60 || !railHeadingText.test(text) || text.length === texts.of(root).length) return;
    drop(el, 'related');
  }
}

/**
 * A paragraph that only says "About the author:" labels the box as much as a heading does; "About us" or "About <Name>"
 * does only as a heading (a shop's "About us" line leads its feature list, WCXB 4100).
 */
function isAuthorLabel(el: Element, text: string): boolean {
  if (heading.test(el.tagName)) return true;
  return (el.tagName === 'P' || isHeadingLike(el, text)) && !/^about \S+\s*:?$/i.test(text);
}

/** An "About the author" heading and the short bio after it (up to the next heading, 800 characters at most). */
function removeAuthorBox(authorHeading: Element, drop: Drop): void {
  const bio: Element[] = [];
  let length = 0;
  for (let next = authorHeading.nextElementSibling; next && !heading.test(next.tagName); next = next.nextElementSibling) {
    length += foldedText(next).length;
    bio.push(next);
  }
  if (length > 800) return;
  for (const el of [authorHeading, ...bio]) drop(el, 'author-box');
}

/**
 * A badge on a card's picture ("Popular" over a shop's file cabinet, WCXB 0640), inside the picture's link: it labels
 * that card. A rail's heading inside a link to its section (HackerNoon's "Trending Stories", 3015) holds no picture.
 */
function isCardBadge(el: Element): boolean {
  return !!el.closest('a[href]')?.querySelector('img, picture');
}

/**
 * A label and the box it labels, removed together: a rail's heading and its links or cards, "About the author" and the
 * bio, "Contents" and the table of contents. True when `el` was such a label (whatever stayed of its box).
 */
export function removeLabelledBox(el: Element, text: string, root: Element, texts: Texts, drop: Drop): boolean {
  if (text.length <= 60 && railHeadingText.test(text) && (isHeadingLike(el, text) || leadsLinkList(el)) && !isCardBadge(el)) {
    removeRail(el, root, texts, drop);
    return true;
  }
  if (text.length <= 60 && authorHeadingText.test(text) && isAuthorLabel(el, text)) {
    removeAuthorBox(outerLabel(el, root, texts), drop);
    return true;
  }
  // One writer's box only: a page of several (a team's page, a list of contributors) is made of them.
  if (heading.test(el.tagName) && isAuthorNameHeading(el, text)
    && elementsIn(root, headingTags).filter((h) => isAuthorNameHeading(h, foldedText(h))).length === 1) {
    removeAuthorBox(el, drop);
    return true;
  }
  if (isContentsLabel(text)) {
    for (const part of contentsWithLabel(outerLabel(el, root, texts), text)) drop(part, 'contents');
    return true;
  }
  return false;
}
