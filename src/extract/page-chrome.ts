import type { RemovedItem, RuleName } from './types';
import { elementsIn, foldedText, holdsArticle, linkDensity, linkTags, removeElement, tagSet } from './dom-measures';
import { textLength } from './hidden-elements';

// A site's bar of links drawn without <nav> or a navigation role: Bootstrap's `navbar`, a React module's
// `NavBar-module_container`, Webflow's `navbar w-nav`. Its sections ("News", "Weather", "Sports") and a weather strip
// read as the first lines of the article (WCXB 1795, 2842, 4359).
const navbarHint = /navbar/;
const barTags = tagSet('div', 'ul', 'header', 'section');
/** Longer is a page wrapped in its bar's class, not a bar. */
const barLength = 3000;

/**
 * An element named a navbar whose text is mostly links to elsewhere. A page's table of contents may be named so too
 * (WCXB 4363's `grid-navbar`): its links point at the page's own sections, and it stays.
 */
export function isNavbar(el: Element, hints: string): boolean {
  if (!barTags.has(el.tagName) || !navbarHint.test(hints)) return false;
  const text = foldedText(el);
  if (text.length > barLength || linkDensity(el, text) < 0.7 || holdsArticle(el)) return false;
  const links = elementsIn(el, linkTags);
  const onPage = links.filter((a) => (a.getAttribute('href') ?? '').startsWith('#')).length;
  return onPage * 2 < links.length;
}

// A trail of the sections above the page, marked up as one (schema.org's `BreadcrumbList`) or named so, and not in a
// `<nav>`: XenForo's `p-breadcrumbs` list, phpBB's, BigCommerce's `breadcrumbs` (WCXB 0518, 0535, 0603). Readability
// keeps such a list of links over a product or a forum thread ("Home", "All Products", "Relax More").
const breadcrumbHint = /(^|[\s_-])(breadcrumbs?|crumbtrail)([\s_-]|$)/;
// Named so, only a list: a box named so may hold more, and on Steam's pages (WCXB 3043, 3071) the scorer's choice of
// the product's box leans on its `div.breadcrumbs` (seven pages lost 0.02–0.05 without it; run 196).
const trailTags = tagSet('div', 'ul', 'ol', 'li', 'section');
const listTags = tagSet('ul', 'ol', 'li');
/** Longer is a box that holds more than the trail. */
const trailLength = 200;

export function isNamedBreadcrumb(el: Element): boolean {
  if (!trailTags.has(el.tagName)) return false;
  const named = /breadcrumblist/i.test(el.getAttribute('itemtype') ?? '') || (listTags.has(el.tagName)
    && breadcrumbHint.test(`${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('aria-label') ?? ''}`.toLowerCase()));
  if (!named) return false;
  const text = foldedText(el);
  return text.length <= trailLength && linkDensity(el, text) >= 0.5 && !el.querySelector('p, h1, h2');
}

/**
 * Readability drops every `<footer>` from its pick; the block scorer's best subtree, when it replaces that pick, loses
 * them too, or it keeps the page's own: on Apple's Watch page (WCXB 3064) 2,000 words of footnotes and legal lines.
 * Pruning page footers before both instead moved 140 WCXB pages both ways (Readability's scores and the choice between
 * the two shift with them; run 158), so only the path that kept them changes.
 */
export function dropFooters(root: Element, removed: RemovedItem[]): void {
  for (const footer of Array.from(root.getElementsByTagName('footer'))) if (root.contains(footer)) removeElement(footer, 'boilerplate', 'declutter', removed);
  dropSidebars(root, removed);
  dropPageHeaders(root, removed);
}

/**
 * And the page's own header, outside any story: a shop's "Contactez un de nos conseillers", its phone hours, store and
 * account icons over the grid (WCXB 0645). A header holding a heading (the title, a section's), or a story's, stays.
 */
const maxLabel = 60;

function dropPageHeaders(root: Element, removed: RemovedItem[]): void {
  const total = foldedText(root).length;
  for (const el of Array.from(root.querySelectorAll('header, [role="banner"]'))) {
    if (!root.contains(el) || el.querySelector('h1, h2, h3, article, main') || el.parentElement?.closest('article')) continue;
    // A section's header that only labels what follows ("Most Read" over Ars Technica's list, WCXB 2968) stays for the
    // rail rules, which take it with its list.
    const text = foldedText(el);
    if (text.length > maxLabel && text.length <= sidebarShare * total) removeElement(el, 'navigation', 'declutter', removed);
  }
}

// The same for a page's sidebar, which Readability drops by its class unless the class also sounds like content: XenForo's
// `p-body-sidebar` ("body") beside AVS Forum's thread, with "Our Vendors", "Top Contributors this Month" and "Recommended
// Communities" read after the last reply (WCXB 0528).
const sidebarHint = /(^|[\s_-])sidebar([\s_-]|$)/i;
const sidebarTags = tagSet('div', 'aside', 'section');
/** A larger share of the pick's words is the pick's own column, named after the layout it sits in. */
const sidebarShare = 0.3;

function dropSidebars(root: Element, removed: RemovedItem[]): void {
  const total = foldedText(root).length;
  for (const el of elementsIn(root, sidebarTags)) {
    if (!root.contains(el) || !sidebarHint.test(`${el.getAttribute('class') ?? ''} ${el.id}`) || holdsArticle(el)) continue;
    if (foldedText(el).length <= sidebarShare * total) removeElement(el, 'related', 'declutter', removed);
  }
}

// A shop's filters beside its grid (Shopify's `facets-wrapper`, `FacetsWrapperDesktop`, `facets__item`, Salesforce
// Commerce's `refinements`): left without their inputs, the reader showed "Product type (0)", empty toggles and
// "Remove all" (WCXB 2897), or price ranges and 40 filter words over the grid (4394).
const facetsHint = /(^|[\s_-])(facets?|refinements?)([\s_-]|wrapper|container|$)|facetswrapper/;
// DocBook's "Prev / Up / Home / Next" bars above and below each page of a manual (PostgreSQL's, WCXB 2864, 2863).
const docbookNavHint = /(^|\s)nav(header|footer)(\s|$)/;
// A box about the writer under the post, by its class (WordPress's Starbox `abh_box` with its "Author" / "Recent
// Posts" tabs, WCXB 0305; Simple Author Box's `saboxplugin-wrap`; themes' `author-box`, `about-author`).
const authorBoxHint = /(^|[\s_-])(author[-_]?(box|bio|card)|about[-_](the[-_])?author|abh_box|saboxplugin-wrap)([\s_-]|$)/;

/** A paragraph of prose inside: Brother's FAQ answers sit in `facet-row`s (WCXB 4149), a shop's filters hold none. */
const holdsProse = (el: Element) => Array.from(el.getElementsByTagName('p')).some((p) => foldedText(p).length >= 80);

/**
 * Marks a box about the writer for `dropAuthorBoxes` instead of removing it before Readability, which takes the page's
 * byline from it (13 WCXB pages lost theirs when prune removed the box: "Tony Mastrangeli", 4680).
 */
const authorBoxMark = 'data-cp-author-box';
// Documents with a marked box: the query for them runs only there (a whole pick's selector scan costs ms in jsdom).
const markedDocuments = new WeakSet<Document>();
/** The box and what it holds: Readability puts a box's lone paragraph in its place (a theme's `author-bio`, WCXB 4148). */
export function markAuthorBox(el: Element): void {
  markedDocuments.add(el.ownerDocument);
  for (const part of [el, ...elementsIn(el)]) part.setAttribute(authorBoxMark, '');
}

/** The boxes about the writer marked before Readability, once it has read the byline from them. */
export function dropAuthorBoxes(root: Element, removed: RemovedItem[]): void {
  if (!markedDocuments.has(root.ownerDocument)) return;
  for (const box of Array.from(root.querySelectorAll(`[${authorBoxMark}]`))) {
    if (root.contains(box)) removeElement(box, 'author-box', 'declutter', removed);
  }
}

/**
 * A box whose class names it the page's furniture beside the article, a shop's filters or a box about the writer, and
 * that holds neither the article nor more than `maxText` of the page's text.
 */
export function namedFurniture(el: Element, hints: string, maxText: () => number): RuleName | null {
  const rule = facetsHint.test(hints) || docbookNavHint.test(hints) ? 'navigation' : authorBoxHint.test(hints) ? 'author-box' : null;
  if (!rule || holdsArticle(el) || textLength(el) >= maxText()) return null;
  return rule === 'navigation' && holdsProse(el) ? null : rule;
}
