import { foldedText, linkDensity } from './dom-measures';
import { isHidden, unhide } from './prune';
import { countWords } from './text';

// Toggles of the page's own furniture: menus, tabs (unfolded by tab-panels.ts), forms and dialogs.
const furniture = 'nav, header, footer, form, dialog, [role="navigation"], [role="menubar"], [role="menu"], [role="tablist"], [role="dialog"]';
// What a panel says before its script has filled it in.
const placeholder = /^(loading|please wait|laden|chargement|cargando|caricamento|carregando|завантаження|загрузка)\b.{0,60}$/i;

/** The panel a toggle controls: the nearest with its id (some pages repeat ids from one accordion to the next). */
function panelOf(toggle: Element): Element | null {
  const id = toggle.getAttribute('aria-controls')?.trim().split(/\s+/)[0];
  if (!id) return null;
  const selector = `[id="${id.replace(/["\\]/g, '\\$&')}"]`;
  for (let at = toggle.parentElement, depth = 0; at && depth < 4; at = at.parentElement, depth++) {
    const near = at.querySelector(selector);
    if (near) return near;
  }
  return toggle.ownerDocument.getElementById(id);
}

/**
 * Accordions (an FAQ's answers, a guide's steps, a "Show more" of the story): a toggle says which panel it opens
 * (`aria-controls`; `aria-expanded="false"`, or no state at all) and the page hides that panel until it is clicked. Reader view has nothing
 * to click, so a closed panel of prose is shown where it is, after its toggle, whose label (the question, the step's
 * name) stays as text. Menus,
 * whose panels are links, forms, and panels still loading stay closed. On the inert copy, before anything drops hidden
 * elements.
 */
export function unfoldAccordions(doc: Document): void {
  for (const toggle of doc.querySelectorAll('[aria-controls]:not([aria-expanded="true"])')) {
    const isToggle = toggle.tagName === 'BUTTON' || toggle.getAttribute('role') === 'button' || toggle.hasAttribute('aria-expanded');
    if (!isToggle || !toggle.isConnected || toggle.closest(furniture)) continue;
    const panel = panelOf(toggle);
    if (!panel || panel.contains(toggle) || toggle.contains(panel) || !isHidden(panel) || panel.closest(furniture)) continue;
    const label = foldedText(toggle);
    const text = foldedText(panel);
    if (!label || label.length > 200 || countWords(text) < 8 || placeholder.test(text) || linkDensity(panel, text) > 0.5) continue;
    if (panel.querySelector('form, input, select, textarea, nav, [role="menu"]')) continue;
    unhide(panel);
    panel.removeAttribute('aria-hidden');
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
  const label = toggle.ownerDocument.createElement(tag);
  label.append(...Array.from(toggle.childNodes));
  toggle.replaceWith(label);
}
