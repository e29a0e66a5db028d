import { foldedText, linkDensity, nameHints, retag } from './dom-measures';
import { isHidden, show } from './hidden-elements';
import { countWords } from './text';
import { placeholder } from './tab-panels';

// A thread behind "Show comments" is readers' talk, not the article (prune hides the comment sections it can tell).
const commentsWords = /\b(comments?|replies|responses|discussion|kommentare|commentaires|comentarios|comentários|коментарі|комментарии)\b/i;
// Toggles of the page's own furniture: menus, tabs (unfolded by tab-panels.ts), forms and dialogs.
const furniture = 'nav, header, footer, form, dialog, [role="navigation"], [role="menubar"], [role="menu"], [role="tablist"], [role="dialog"]';

const firstId = (toggle: Element) => toggle.getAttribute('aria-controls')?.trim().split(/\s+/)[0] || null;

/**
 * The elements holding each id the toggles name, in document order: one pass over the page's ids instead of a selector
 * per toggle and level (in jsdom each new selector string is compiled and matched anew; 54 toggles took half a second).
 */
function elementsById(doc: Document, toggles: readonly Element[]): Map<string, Element[]> {
  const byId = new Map<string, Element[]>();
  for (const toggle of toggles) {
    const id = firstId(toggle);
    if (id) byId.set(id, []);
  }
  if (byId.size) for (const el of doc.querySelectorAll('[id]')) byId.get(el.id)?.push(el);
  return byId;
}

/**
 * The panel a toggle controls: the nearest with its id (some pages repeat ids from one accordion to the next); for a
 * toggle that names none, the block right after it or after the heading it sits in.
 */
function panelOf(toggle: Element, byId: Map<string, Element[]>): Element | null {
  const id = firstId(toggle);
  if (!id) return (toggle.closest('h1, h2, h3, h4, h5, h6') ?? toggle).nextElementSibling;
  const holders = byId.get(id) ?? [];
  if (holders.length > 1) {
    for (let at = toggle.parentElement, depth = 0; at && depth < 4; at = at.parentElement, depth++) {
      const near = holders.find((el) => el !== at && at!.contains(el));
      if (near) return near;
    }
  }
  return holders[0] ?? null;
}

/** What hides a panel: the panel, or a wrapper of it that does not hold the toggle (Chakra UI's collapse). */
function hiderOf(panel: Element, toggle: Element): Element | null {
  for (let at: Element | null = panel, depth = 0; at && depth < 3 && !at.contains(toggle); at = at.parentElement, depth++) {
    if (isHidden(at)) return at;
  }
  return null;
}

/**
 * Accordions (an FAQ's answers, a guide's steps, a "Show more" of the story): a toggle says which panel it opens
 * (`aria-controls`, or `aria-expanded="false"` right before it) and the page hides that panel, or a wrapper of it, until
 * it is clicked. Reader view has nothing to click, so a closed panel of prose is shown where it is, after its toggle,
 * whose label (the question, the step's name) stays as text. Menus, whose panels are links, forms, comment threads and
 * panels still loading stay closed. On the inert copy, before anything drops hidden elements.
 */
export function unfoldAccordions(doc: Document): void {
  // Filtered here rather than with `:not([aria-expanded="true"])`, which jsdom's selector engine takes 5 times longer on.
  const toggles = Array.from(doc.querySelectorAll('[aria-controls], [aria-expanded="false"]'))
    .filter((el) => el.getAttribute('aria-expanded') !== 'true');
  if (!toggles.length) return;
  const byId = elementsById(doc, toggles);
  for (const toggle of toggles) {
    const isToggle = toggle.tagName === 'BUTTON' || toggle.getAttribute('role') === 'button' || toggle.hasAttribute('aria-expanded');
    if (!isToggle || !toggle.isConnected || toggle.closest(furniture)) continue;
    const panel = panelOf(toggle, byId);
    if (!panel || panel.contains(toggle) || toggle.contains(panel) || panel.closest(furniture)) continue;
    const hider = hiderOf(panel, toggle);
    if (!hider) continue;
    const label = foldedText(toggle);
    const text = foldedText(panel);
    if (!label || label.length > 200 || countWords(text) < 8 || placeholder.test(text) || linkDensity(panel, text) > 0.5) continue;
    if (panel.querySelector('form, input, select, textarea, nav, [role="menu"]')) continue;
    if (commentsWords.test(label) || commentsWords.test(nameHints(panel)) || commentsWords.test(nameHints(hider))) continue;
    show(hider);
    show(panel);
    disarm(toggle);
  }
}

/**
 * An opened panel's toggle as its label: a `<button>`, or a link with nowhere to go, becomes the heading it holds
 * (`role="heading"` with its level), its text inside a heading it is in, or a paragraph. Readability drops buttons, and
 * a block whose text is all one link looks like a menu to it.
 */
function disarm(toggle: Element): void {
  if (toggle.tagName !== 'BUTTON' && !(toggle.tagName === 'A' && !toggle.hasAttribute('href'))) {
    toggle.setAttribute('aria-expanded', 'true');
    return;
  }
  const level = Number(toggle.querySelector('[role="heading"][aria-level]')?.getAttribute('aria-level'));
  const tag = toggle.closest('h1, h2, h3, h4, h5, h6, summary, dt') ? 'span' : level >= 2 && level <= 6 ? `h${level}` : 'p';
  retag(toggle, tag);
}

/**
 * A heading drawn as a button (an open accordion's question: Apple's `<h3><button><span>Can I return or exchange my
 * Mac?</span></button></h3>`, WCXB 0650) becomes its text before Readability, which drops every button and then the
 * emptied heading. A button beside a heading's words (a "copy link" icon) stays one.
 */
export function headingButtonsAsText(root: Element): void {
  for (const button of Array.from(root.getElementsByTagName('button'))) {
    const heading = button.closest('h1, h2, h3, h4, h5, h6');
    const label = foldedText(button);
    if (!heading || !label || label.length < 0.8 * foldedText(heading).length) continue;
    // With `aria-expanded` or without: Logitech's "In the Box" opens a drawer its script fills (WCXB 4062).
    heading.setAttribute(toggleMark, '');
    retag(button, 'span');
  }
}

/** Marks a heading that opened a panel (see empty-headings.ts); the sanitizer drops it with every data attribute. */
export const toggleMark = 'data-cp-toggle';

/** A heading that opens a panel: its button, or the mark its button left when it became text. */
export const isPanelToggle = (heading: Element): boolean => heading.hasAttribute(toggleMark) || !!heading.querySelector('[aria-expanded]');
