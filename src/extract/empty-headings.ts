import type { RemovedItem } from './types';
import { childElements, removeElement, shownTags, tagSet, tagsIn } from './dom-measures';
import { isPanelToggle } from './accordions';
import { textsUnder, type Drop, type Texts } from './declutter-blocks';
import { wordChar } from './text';

/**
 * Headings with nothing under them, one after another: a shop's filters ("Desk type ⌄", "Desktop shape ⌄", … over
 * panels its script fills, WCXB 0643), which reader view showed as a column of empty sections and its outline listed.
 * Three or more of one level in a row, each an accordion's over an empty panel, nothing shown between them.
 */
const minRun = 3;
const maxName = 40;
const headingTags = tagSet('h1', 'h2', 'h3', 'h4', 'h5', 'h6');
const pictures = 'img, picture, video, iframe, table, math, pre, audio';

interface Heading {
  el: Element;
  level: string;
  empty: boolean;
}

/** The page's headings in order, each with whether anything shows between it and the next. */
function headingsIn(root: Element): Heading[] {
  const found: Heading[] = [];
  let current: Heading | null = null;
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (current && wordChar.test(child.nodeValue ?? '')) current.empty = false;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (headingTags.has(el.tagName)) {
          found.push((current = { el, level: el.tagName, empty: true }));
        } else {
          if (current && shownTags.has(el.tagName.toUpperCase())) current.empty = false;
          walk(el);
        }
      }
    }
  };
  walk(root);
  return found;
}

/**
 * A filter's name: a few words, no question (an FAQ's questions over answers its script fills are still questions, WCXB
 * 0609), not a list's entry nor a card's link (a brand's tags as `<li><h3>`, 4113; tutorials' cards, 2835).
 */
function isFilterName(el: Element, texts: Texts): boolean {
  const text = texts.of(el);
  return text.length > 0 && text.length <= maxName && !/\?$/.test(text) && !el.querySelector('a') && !el.closest('a, li, table');
}

/**
 * An accordion's heading whose panel holds nothing, the only thing its box shows (`<div><h3><button aria-expanded>Frame
 * color</button></h3><div role="region" hidden></div></div>`), or one of a box of such headings alone (Logitech's "Specs",
 * "In the Box", … over drawers, WCXB 4062): not a card's heading (WCXB 0138), nor a table's (0096).
 */
function isEmptyToggle(el: Element, texts: Texts): boolean {
  const box = el.parentElement;
  if (!box || !isPanelToggle(el) || box.querySelector(pictures)) return false;
  if (box.firstElementChild === el && texts.of(box) === texts.of(el)) return true;
  return childElements(box).every((child) => headingTags.has(child.tagName) && isPanelToggle(child));
}

/** The closest element holding all of `els`. */
function commonAncestor(els: Element[]): Element | null {
  let at: Element | null = els[0]!;
  while (at && !els.every((el) => at!.contains(el))) at = at.parentElement;
  return at;
}

/**
 * Drops each run: as one item where an element holds the run and nothing else, else heading by heading. Run last, after
 * the scorer's doubts, which may empty a panel (a filter's options: "2-leg", "L-shaped", …).
 */
export function dropEmptyHeadingRuns(root: Element, removed: RemovedItem[]): void {
  // Most articles have no panel's toggles at all: the walk below is for those that have enough of them.
  if (tagsIn(root, headingTags).filter(isPanelToggle).length < minRun) return;
  const texts = textsUnder(root);
  const drop: Drop = (el, rule) => {
    texts.forget(el);
    removeElement(el, rule, 'declutter', removed);
  };
  const runs: Heading[][] = [];
  let run: Heading[] = [];
  const close = () => {
    if (run.length >= minRun) runs.push(run);
    run = [];
  };
  for (const heading of headingsIn(root)) {
    const joins = isFilterName(heading.el, texts) && isEmptyToggle(heading.el, texts);
    if (joins && run.length && run[0]!.level === heading.level) {
      run.push(heading);
      // The run's last heading has the next section's text after it.
      if (heading.empty) continue;
    }
    close();
    if (joins && heading.empty) run = [heading];
  }
  close();
  for (const found of runs) {
    const els = found.map((heading) => heading.el);
    const holder = commonAncestor(els);
    const ownText = els.reduce((sum, el) => sum + texts.of(el).length + 1, -1);
    if (holder && holder !== root && texts.of(holder).length <= ownText && !holder.querySelector(pictures)) drop(holder, 'form');
    else for (const el of els) drop(el, 'form');
  }
}
