import { foldedText, linkDensity } from './dom-measures';
import { isHidden, show } from './hidden-elements';

const hiddenByItself = (panel: Element) => isHidden(panel) || panel.getAttribute('aria-hidden') === 'true';

function fragmentOf(href: string | null): string | null {
  if (!href?.startsWith('#') || href.length < 2) return null;
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

/** The panel a tab shows: by its `aria-controls`, an in-page link's target, or a panel labelled by the tab. */
function panelOf(doc: Document, tab: Element, labelled: Map<string, Element>): Element | null {
  const controls = tab.getAttribute('aria-controls')?.trim().split(/\s+/)[0];
  const fragment = fragmentOf(tab.getAttribute('href'));
  const target = (controls && doc.getElementById(controls))
    || (fragment && doc.getElementById(fragment))
    || (tab.id && labelled.get(tab.id));
  return target && !target.contains(tab) && !tab.contains(target) ? target : null;
}

// What a panel says before its script has filled it in.
export const placeholder = /^(loading|please wait|laden|chargement|cargando|caricamento|carregando|завантаження|загрузка)\b.{0,60}$/i;

/** Links the page's menus and carousels put in tabs: a row whose panels are mostly links is not the article's. */
function mostlyLinks(panels: Element[]): boolean {
  let text = 0;
  let linked = 0;
  for (const panel of panels) {
    const own = foldedText(panel);
    text += own.length;
    linked += linkDensity(panel, own) * own.length;
  }
  return text > 0 && linked / text > 0.5;
}

function startsWithLabel(panel: Element, label: string): boolean {
  const first = panel.querySelector('h1, h2, h3, h4, h5, h6, legend, caption');
  return !!first && foldedText(first).toLowerCase() === label.toLowerCase();
}

/** A panel's label as its heading, unless the panel opens with it already. */
function labelPanel(doc: Document, panel: Element, label: string): void {
  if (!label || label.length > 80 || startsWithLabel(panel, label)) return;
  const heading = doc.createElement('h5');
  heading.textContent = label;
  panel.insertBefore(heading, panel.firstChild);
}

/**
 * WooCommerce's product tabs ("Description", "Additional information", "Reviews") have no tab roles: a list of links
 * to the panels, which its script hides but for one. Each panel gets its tab's label; the list of links goes (it stood
 * over the product's description in reader view, WCXB 0596).
 */
function unfoldShopTabs(doc: Document): void {
  for (const box of Array.from(doc.getElementsByClassName('woocommerce-tabs'))) {
    const list = box.querySelector('ul.tabs, ul.wc-tabs');
    const links = list ? Array.from(list.querySelectorAll('li > a[href^="#"]')) : [];
    const panels = links.map((link) => doc.getElementById(fragmentOf(link.getAttribute('href')) ?? ''));
    if (links.length < 2 || panels.some((panel) => !panel || list!.contains(panel))) continue;
    panels.forEach((panel, i) => labelPanel(doc, panel!, foldedText(links[i]!)));
    list!.remove();
  }
}

/**
 * Tabbed content (a code sample per language, a product's description and specifications): the page shows one panel
 * and hides the others until their tab is clicked. Reader view has no tabs to click, so every panel of a working tab
 * row (one of its panels shown) is shown, each under its tab's label, and the row, whose labels would otherwise run
 * together as one line, goes. On the inert copy, before anything drops hidden elements.
 */
export function unfoldTabs(doc: Document): void {
  unfoldShopTabs(doc);
  const lists = doc.querySelectorAll('[role="tablist"]');
  if (!lists.length) return;
  const labelled = new Map<string, Element>();
  for (const panel of doc.querySelectorAll('[role="tabpanel"][aria-labelledby]')) {
    // The whole value too: some sites put spaces in their ids ("tabs-C# (.NET Core)").
    const ids = (panel.getAttribute('aria-labelledby') ?? '').trim();
    for (const id of [ids, ...ids.split(/\s+/)]) if (id && !labelled.has(id)) labelled.set(id, panel);
  }
  for (const list of lists) {
    if (!list.isConnected) continue;
    const tabs = Array.from(list.querySelectorAll('[role="tab"]'));
    if (tabs.length < 2) continue;
    const panels = tabs.map((tab) => panelOf(doc, tab, labelled));
    if (panels.some((panel) => !panel) || new Set(panels).size !== panels.length) continue;
    const shown = panels as Element[];
    // A row whose panels are all hidden is itself out of sight (a closed menu), or not tabs at all; with none hidden
    // there is nothing to unfold.
    if (shown.every(hiddenByItself) || !shown.some(hiddenByItself) || mostlyLinks(shown)) continue;
    shown.forEach((panel, i) => {
      if (hiddenByItself(panel) && placeholder.test(foldedText(panel))) return;
      show(panel);
      labelPanel(doc, panel, foldedText(tabs[i]!));
    });
    list.remove();
  }
}
