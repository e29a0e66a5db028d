import { elementsIn, foldedText, linkDensity, linkTags } from './dom-measures';

/**
 * A dropdown menu set down in the page's content: a panel named a dropdown or a menu that a control on the page opens
 * (by `aria-controls` or `data-panel-id`), mostly links. git-scm.com's "Topics ▾" (every command's page, grouped) and
 * "Latest version ▾" (each release of the manual, dated, "no changes" between) over each reference page, which its
 * style sheet hides until clicked (WCXB 0689: 535 words of them before the manual). An accordion's or a tab's panel of
 * prose stays, and so does a menu in a `<header>`: the page's header is left whole to Readability and the scorer, whose
 * picks moved on two shops and a government site when its mega-menus went first (full run 34: 0581 −0.082).
 */
const minLinks = 5;
const linkedShare = 0.4;
const menuName = /dropdown|menu/i;

/** The ids of the panels a control opens. */
const controlledIds = (control: Element): string[] =>
  `${control.getAttribute('aria-controls') ?? ''} ${control.getAttribute('data-panel-id') ?? ''}`.split(/\s+/).filter(Boolean);

/** The ids that the page's controls open, read once per page. */
export function openedIds(doc: Document): Set<string> {
  const ids = new Set<string>();
  for (const control of doc.querySelectorAll('[aria-controls], [data-panel-id]')) for (const id of controlledIds(control)) ids.add(id);
  return ids;
}

export function isMenuPanel(el: Element, opened: () => Set<string>): boolean {
  if (!el.id || !menuName.test(`${el.id} ${el.getAttribute('class') ?? ''}`) || !opened().has(el.id) || el.closest('header')) return false;
  const links = elementsIn(el, linkTags).length;
  return links >= minLinks && linkDensity(el, foldedText(el)) >= linkedShare;
}

const controlLength = 40;

/** A control ("Topics ▾") whose panel is such a menu: with its panel gone it opens nothing. */
export function opensMenuPanel(control: Element, opened: () => Set<string>): boolean {
  const id = controlledIds(control)[0];
  const panel = id ? control.ownerDocument.getElementById(id) : null;
  return !!panel && foldedText(control).length <= controlLength && isMenuPanel(panel, opened);
}
