// Short lines repeated down an article: a teaser or a label over and over, told from a plan's own repeated lines.
import { countWords } from './text';
import { childElements, linkDensity, tagSet } from './dom-measures';
import { blockTags, inlineTags, isHeadingLike, type Drop, type Texts } from './declutter-blocks';

/** Words of text found nowhere else between two repeats, at the median, for them to be a plan's or schedule's lines. */
const sectionWords = 40;
/** A label ends in ":" and is this short ("Key features include:"); a quoted post repeated down a thread may end so too. */
const labelLength = 120;
/**
 * "Screen Size: Up to 43\"": a short name, a colon, and a value with words in it; one field alone (a forum's author
 * card, "Posts: 116 Threads: 23 Joined: Feb 2019", is several on one line).
 */
const fieldPattern = /^(\p{L}[\p{L}\p{N} '&/-]{0,30}): (?![^]*: )(?=[^]*\p{L})[^]{1,80}$/u;

/**
 * Names of fields that show more than one value down the article: a listing's cards each carry their own specs
 * ("Screen Size: Up to 43\"" on several cards, "Up to 65\"" on others), which repeat because products share them.
 */
function fieldNames(texts: Iterable<string>): Set<string> {
  const values = new Map<string, string>();
  const varied = new Set<string>();
  for (const text of texts) {
    const name = fieldPattern.exec(text)?.[1];
    if (!name) continue;
    const seen = values.get(name);
    if (seen === undefined) values.set(name, text);
    else if (seen !== text) varied.add(name);
  }
  return varied;
}

/**
 * Repeats are a plan's own lines when they are items of one list (siblings), headings or labels, and most of them are
 * apart from the next by a stretch of text that is not repeated: "Monday. Rest Day" in each week of a training plan,
 * the same snack in each day of a meal plan, "Pros" over each product of a review. A label on each card of a listing
 * or on each post of a forum sits in its own card or post; a carousel's clones or a gallery's copies repeat everything
 * between; a teaser or sign-up line repeated down a page is a link, or caught by the rules before this.
 */
function isPlanLine(positions: number[], leaves: { words: number; unique: boolean }[]): boolean {
  const gaps: number[] = [];
  for (let i = 1; i < positions.length; i++) {
    let words = 0;
    for (let at = positions[i - 1]! + 1; at < positions[i]!; at++) if (leaves[at]!.unique) words += leaves[at]!.words;
    gaps.push(words);
  }
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)]! >= sectionWords;
}

/** The child of `grid` that holds `el`. */
function itemIn(grid: Element, el: Element): Element | null {
  let item: Element | null = el;
  while (item && item.parentElement !== grid) item = item.parentElement;
  return item;
}

/**
 * A card's spec repeated on some other cards of the same grid ("3-season" on the tents of a shop's category that are,
 * "Slip-lasted" on some shoes): the repeats' nearest common ancestor holds each in a different child of one tag, each
 * of those cards has words of its own (its product's name), so the grid is not a carousel's clones, and some card
 * goes without the line: a label on every card ("Staff pick", the brand) says nothing of any one of them.
 */
function isCardSpec(positions: number[], leaves: Element[], root: Element, unique: (el: Element) => boolean): boolean {
  const first = leaves[positions[0]!]!;
  // Sentences are a post quoted down a thread, not a spec; nor is a quote's line or a control's label.
  if (/[.!?]\s/.test(first.textContent ?? '') || positions.some((i) => leaves[i]!.closest('blockquote, button, a, label'))) return false;
  let grid: Element | null = first.parentElement;
  for (const i of positions) while (grid && grid !== root && !grid.contains(leaves[i]!)) grid = grid.parentElement;
  if (!grid || !root.contains(grid)) return false;
  const tag = itemIn(grid, first)?.tagName;
  const items = new Set<Element>();
  for (const i of positions) {
    const item = itemIn(grid, leaves[i]!);
    if (!item || items.has(item) || item.tagName !== tag) return false;
    items.add(item);
  }
  if (childElements(grid).filter((child) => child.tagName === tag).length <= items.size) return false;
  const own = new Set<Element>();
  for (const leaf of leaves) if (unique(leaf) && grid.contains(leaf)) own.add(itemIn(grid, leaf)!);
  return [...items].every((item) => own.has(item));
}

/**
 * A short line that opens its box right over a list: Dotdash Meredith's "What We Like" and "What We Don't Like" (WCXB
 * 4160). Not a post's opening lines over its list, which its replies quote (Head-Fi, 0515).
 */
const listTags = tagSet('ul', 'ol', 'dl');
const titlesList = (el: Element, text: string) => text.length <= 60 && !el.previousElementSibling && listTags.has(el.nextElementSibling?.tagName ?? '');

/**
 * The title of a note's box that goes on with words of its own: Sphinx's `div.admonition.note` opens with "Note", a
 * callout with "Tip". (Any box's first line was too much: a forum's "Original Poster" badge, a card's category.)
 */
const noteBox = /\b(admonition|callout)\b|(^|\s)(note|warning|tip|caution|important|hint|attention|danger|seealso)(\s|$)/i;
function titlesBox(el: Element, texts: Texts): boolean {
  const box = el.parentElement;
  return !!box && box.firstElementChild === el && noteBox.test(box.getAttribute('class') ?? '')
    && texts.of(box).length >= texts.of(el).length + 40;
}

/** A figure alone: "96%", "$15,000", "164,091". */
const figure = /^[^\p{L}]*\p{N}[^\p{L}]*$/u;
/** A name of words ("Retention Rate", "Ideal for:"), not an icon's label ("Icon") or a template's hole ("$undefined"). */
const figureName = /^\p{L}[\p{L} .,'&/()-]{6,}:?$/u;
/** A spec's short value: a few words with a figure in them ("100% long-staple cotton", "480 TC"), not a sentence. */
const specValue = /^(?=[^]*\p{N})(?![^]*[.!?]$)\S+(\s\S+){0,7}$/u;

/**
 * The value `name` names: its `dd` when it is a `dt`, or what it is paired with alone in a box of two: a figure, a
 * spec with a figure in it, or a few words after a name that ends in a colon ("Ideal for:" and "Hot sleepers").
 */
function valueOf(name: Element, texts: Texts): Element | null {
  if (name.tagName === 'DT') return name.nextElementSibling?.tagName === 'DD' ? name.nextElementSibling : null;
  const box = name.parentElement;
  const label = texts.of(name);
  if (!box || box.childElementCount !== 2 || !figureName.test(label)) return null;
  const other = name.nextElementSibling ?? name.previousElementSibling!;
  const value = texts.of(other);
  if (texts.of(box).length > value.length + label.length + 2) return null;
  if (figure.test(value)) return other;
  // A spec's name comes before its value, which is words of its own, not a link to somewhere else.
  if (other !== name.nextElementSibling || other.matches('a') || other.querySelector('a')) return null;
  return specValue.test(value) || (label.endsWith(':') && countWords(value) <= 8 && !/[.!?]$/.test(value)) ? other : null;
}

/**
 * A field's name on each card, over or under its value ("Acceptance Rate" and "96%", "Retention Rate" under "62%",
 * "Fabric Content" over "100% organic cotton"): a description list's term, or a name alone with its value in a box of
 * their own. The values differ from card to card; without its name a value says nothing ("94%"), so the name stays
 * with it, and so does its value where it repeats ("OEKO-TEX® STANDARD 100 Certified" under "Sustainability").
 * Returns the values when `positions` are such a name's.
 */
function fieldValues(positions: number[], leaves: Element[], texts: Texts): Element[] | null {
  const values: Element[] = [];
  for (const i of positions) {
    const value = valueOf(leaves[i]!, texts);
    if (value === null) return null;
    values.push(value);
  }
  return new Set(values.map((value) => texts.of(value))).size >= 2 ? values : null;
}

/**
 * A value after its name written as bare text: REI's cards, `<div>Cushioning: <div>Maximum</div></div>`, whose values
 * repeat from shoe to shoe and went, leaving "Cushioning:" over nothing (WCXB 3000, 3002).
 */
function afterBareLabel(el: Element): boolean {
  let before = el.previousSibling;
  while (before && (before.nodeType === 8 || (before.nodeType === 3 && !before.nodeValue!.trim()))) before = before.previousSibling;
  const label = before?.nodeType === 3 ? before.nodeValue!.trim() : '';
  return label.length <= 40 && /\p{L}.*:$/u.test(label);
}

/**
 * Short lines repeated three times or more (the same teaser or label over and over): only the first stays, unless
 * they are a plan's lines (see `isPlanLine`), a listing's dates and bylines (see `listingLines`), its cards' specs
 * (`fieldNames`, `isCardSpec`) or the names of their values and those values (`fieldValues`).
 */
export function removeRepeats(blocks: Element[], root: Element, texts: Texts, drop: Drop, listedLines: Set<Element>): void {
  const leaves: Element[] = blocks.filter((el) => !inlineTags.has(el.tagName) && root.contains(el) &&
    !(el.firstElementChild && blockTags.has(el.firstElementChild.tagName)));
  const counts = new Map<string, number>();
  for (const el of leaves) counts.set(texts.of(el), (counts.get(texts.of(el)) ?? 0) + 1);
  let measured: { words: number; unique: boolean }[] | null = null;
  const seen = new Map<string, number[]>();
  leaves.forEach((el, i) => {
    const text = texts.of(el);
    // Labels and teasers repeat; prose that ends a sentence is never taken for one.
    if (text.length < 4 || text.length > 300 || /[.!?]$/.test(text) || counts.get(text)! < 3) return;
    if (listedLines.has(el) || afterBareLabel(el)) return;
    const positions = seen.get(text);
    if (positions) positions.push(i);
    else seen.set(text, [i]);
  });
  const fields = seen.size ? fieldNames(counts.keys()) : new Set<string>();
  const named = new Set<Element>();
  for (const [text, positions] of seen) {
    const values = fieldValues(positions, leaves, texts);
    if (!values) continue;
    for (const value of values) named.add(value);
    seen.delete(text);
  }
  for (const [text, all] of seen) {
    const field = fieldPattern.exec(text)?.[1];
    if (field && fields.has(field)) continue;
    const positions = all.filter((i) => !named.has(leaves[i]!));
    if (positions.length < 2) continue;
    measured ??= leaves.map((el) => ({ words: countWords(texts.of(el)), unique: counts.get(texts.of(el)) === 1 }));
    const first = leaves[positions[0]!]!;
    const flat = positions.every((i) => leaves[i]!.parentElement === first.parentElement);
    // A heading or a label heads its own section wherever it sits: "Pros" and "Cons" over each product of a review,
    // "Warning" in each step of a guide, "Key features include:", a note's box titled "Note" (Sphinx's admonitions).
    const label = isHeadingLike(first, text) || (text.length <= labelLength && text.endsWith(':')) || titlesBox(first, texts) || titlesList(first, text);
    if ((flat || label) && linkDensity(first, text) < 0.5 && isPlanLine(positions, measured)) continue;
    if (isCardSpec(positions, leaves, root, (el) => counts.get(texts.of(el)) === 1)) continue;
    for (const i of positions.slice(1)) if (root.contains(leaves[i]!)) drop(leaves[i]!, 'boilerplate');
  }
}
