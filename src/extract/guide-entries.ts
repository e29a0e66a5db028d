import { childElements, foldedText, tagSet, tagsIn } from './dom-measures';
import { absoluteAddresses } from './page-address';

/**
 * A guide's entries: four or more sibling boxes of one class, each a heading with its text ("5. University of Chicago
 * Booth", a paragraph, the school's figures, "More on Chicago Booth:" and its links). Readability's conditional
 * cleaning drops an entry whose links weigh more than its words, and the guide read "5." then "15." (WCXB 0022). The
 * entries are marked and copied before Readability (which may parse the page again, so its pick holds other nodes);
 * where its pick kept some entries of a run and lost others, the copies of those go back in their places.
 */
const minEntries = 4;
const entryChars = 150;
const headingTags = tagSet('h2', 'h3', 'h4');
const mark = 'data-cp-entry';

/** How far above its heading an entry's box may be (Menlo's: heading, content box, entry). */
const maxDepth = 5;

const isEntry = (el: Element) => foldedText(el).length >= entryChars;

/** Each run's entries, copied as they were before Readability. */
export type GuideRuns = Element[][];

/**
 * Found from the headings up, not by a walk of the page (a listing's thousands of boxes): a box of a class, up to a few
 * levels above a heading, whose parent holds four or more of that class, each reached from a heading.
 */
export function findGuideEntries(body: Element): GuideRuns {
  const reached = new Map<Element, Set<Element>>();
  for (const heading of tagsIn(body, headingTags)) {
    for (let el: Element = heading, depth = 0; el !== body && el.parentElement && depth < maxDepth; el = el.parentElement, depth++) {
      const parent = el.parentElement;
      if (parent.childElementCount < minEntries || !el.getAttribute('class')) continue;
      const boxes = reached.get(parent);
      if (boxes) boxes.add(el);
      else reached.set(parent, new Set([el]));
    }
  }
  const runs: GuideRuns = [];
  for (const [parent, boxes] of reached) {
    if (boxes.size < minEntries) continue;
    const byClass = new Map<string, Element[]>();
    for (const child of childElements(parent)) {
      const name = child.getAttribute('class');
      const run = name ? byClass.get(name) : undefined;
      if (run) run.push(child);
      else if (name) byClass.set(name, [child]);
    }
    for (const run of byClass.values()) {
      if (run.length < minEntries || !run.every((entry) => boxes.has(entry) && isEntry(entry))) continue;
      run.forEach((entry, i) => entry.setAttribute(mark, `${runs.length}.${i}`));
      runs.push(run.map((entry) => absoluteAddresses(entry.cloneNode(true) as Element, body.ownerDocument.baseURI)));
    }
  }
  return runs;
}

/** Puts back in `root` the entries of each run that its pick lost where it kept others; how many went back. */
export function restoreGuideEntries(root: Element, runs: GuideRuns): number {
  if (!runs.length) return 0;
  const shown = new Map(Array.from(root.querySelectorAll(`[${mark}]`), (el) => [el.getAttribute(mark)!, el]));
  let restored = 0;
  runs.forEach((run, k) => {
    const at = (i: number) => shown.get(`${k}.${i}`);
    if (!run.some((_, i) => at(i)) || run.every((_, i) => at(i))) return;
    run.forEach((copy, i) => {
      if (at(i)) return;
      const next = run.findIndex((_, j) => j > i && at(j));
      if (next >= 0) at(next)!.before(copy);
      else at(run.findLastIndex((_, j) => j < i && at(j)))!.after(copy);
      shown.set(`${k}.${i}`, copy);
      restored++;
    });
  });
  for (const el of shown.values()) el.removeAttribute(mark);
  return restored;
}
