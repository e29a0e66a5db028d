import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { childElements, elementsIn } from './dom-measures';
import { dropFormRemnants } from './form-remnants';
import { pageAddress, sameDocumentFragment } from './page-fragments';
import { dropIconGlyphs } from './text';

const config: Config & { RETURN_DOM: true } = {
  // Markup that can act (forms, frames, plugins) or restyle the overlay (style) never survives.
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'option', 'iframe', 'frame', 'frameset',
    'object', 'embed', 'link', 'meta', 'base', 'dialog', 'template', 'slot', 'noscript',
    // SVG that fetches on its own (DOMPurify allows it): <feImage href> loads any URL as soon as it is inserted.
    'feimage'],
  FORBID_ATTR: ['style', 'class', 'srcdoc', 'action', 'formaction', 'ping', 'background', 'tabindex',
    'autofocus', 'contenteditable', 'popover', 'is'],
  ALLOW_DATA_ATTR: false,
  // MathML passes (DOMPurify's MathML profile); a formula's source notation (TeX in <annotation>) and markup in
  // <annotation-xml> go with their content instead of showing as stray text beside the formula. A list box's options
  // go with it too (a form's "Date: 01 02 03 … 31" would stay as a line of numbers).
  ADD_FORBID_CONTENTS: ['annotation', 'annotation-xml', 'select', 'option', 'optgroup', 'datalist'],
  // Marks where a removed block sat (see removed-place.ts) and which blocks were embeds (embeds.ts): styling hooks,
  // nothing the page can act on; a formula's TeX source, kept as MathML's plain-text `alttext` (math-source.ts).
  ADD_ATTR: ['data-cp-anchor', 'data-cp-embed', 'alttext'],
  ALLOWED_URI_REGEXP: /^(?:https?|mailto|tel):|^[^a-z]|^[a-z+.-]+(?:[^a-z+.\-:]|$)/i,
  // Footnotes and in-article links need their targets: every id (and <a name>) is kept as `user-content-<id>`, which
  // no document property has, so none can clobber the page's or the saved file's globals.
  SANITIZE_NAMED_PROPS: true,
  RETURN_DOM: true,
};

/** DOMPurify's prefix for kept ids and names (SANITIZE_NAMED_PROPS). */
export const anchorPrefix = 'user-content-';
const prefixed = (name: string) => name.startsWith(anchorPrefix) ? name : anchorPrefix + name;

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** Links to an id of the markup point at its prefixed form, as `#id` (in the same tab); the others stay as they were. */
function retargetFragments<T extends Element>(body: T, pageUrl: string): T {
  const page = pageAddress(pageUrl);
  const targets = new Set<string>();
  const links: Element[] = [];
  for (const node of elementsIn(body)) {
    const target = node.getAttribute('id') ?? (node.localName === 'a' ? node.getAttribute('name') : null);
    if (target !== null) targets.add(target);
    if (node.hasAttribute('href')) links.push(node);
  }
  for (const node of links) {
    const fragment = sameDocumentFragment(node.getAttribute('href')!, page);
    if (!fragment || !targets.has(prefixed(decodeFragment(fragment)))) continue;
    node.setAttribute('href', `#${prefixed(fragment)}`);
    node.removeAttribute('target');
    node.removeAttribute('rel');
  }
  return body;
}

const relative = (size: string | null) => size === null || size.trim().endsWith('%');

// An icon drawn from the page's sprite (<use href>, which the sanitizer drops) has nothing left to draw but its title:
// at the browser's default 300 × 150 it is an empty gap in the article.
const notDrawn = new Set(['title', 'desc', 'metadata', 'use']);
const drawsSomething = (svg: Element) => childElements(svg).some((child) => !notDrawn.has(child.localName));

/**
 * An icon the page sizes with its style sheet (an external-link arrow, a heading's anchor: a small viewBox and a width
 * of 100% or none; any viewBox hidden from assistive tech, as Font Awesome's 576 × 512 trophies on a XenForo thread;
 * a sprite's icon with nothing of its own to draw) would fill the column without it: it is drawn at the text's size instead.
 */
function sizeIcon(svg: Element): void {
  if (!relative(svg.getAttribute('width')) || !relative(svg.getAttribute('height'))) return;
  const box = (svg.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  const small = box.length === 4 && box[2]! > 0 && box[2]! <= 64 && box[3]! > 0 && box[3]! <= 64;
  if (!small && svg.getAttribute('aria-hidden') !== 'true' && drawsSomething(svg)) return;
  svg.setAttribute('width', '1em');
  svg.setAttribute('height', '1em');
}

// What still draws without words once sanitized. Not dom-measures' `shownTags`: frames are gone by now, a rule draws,
// and a table or a listing with no text in it goes with its box.
const drawnSelector = 'img, picture, video, audio, svg, math, canvas, hr';
const isBlank = (el: Element) => !el.textContent?.trim() && !el.querySelector(drawnSelector);
const tableParts = new Set(['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);

/**
 * Removes `el` and the boxes around it that showed nothing else: a list item that held only a share icon would stay
 * as an empty bullet (XenForo's posts, a row of them per post). A box with an id stays (a link may point at it), and
 * so does a table's cell (the row's other cells would move a column).
 */
function removeWithBlankHolders(el: Element, root: Element): void {
  let box: Element | null = el.parentElement;
  el.remove();
  while (box && box !== root && !tableParts.has(box.localName) && !box.hasAttribute('id') && isBlank(box)) {
    const parent: Element | null = box.parentElement;
    box.remove();
    box = parent;
  }
}

const purifiers = new WeakMap<object, DOMPurify>();

function purifierFor(window: Window & typeof globalThis): DOMPurify {
  let purify = purifiers.get(window);
  if (purify) return purify;
  purify = createDOMPurify(window);
  // A name is an anchor on <a> only; elsewhere (img, map) it only names a global.
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    if (data.attrName === 'name' && node.nodeName !== 'A' && node.nodeName !== 'a') data.keepAttr = false;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    // HTML <A> and SVG <a> (lowercase nodeName, and its link may be xlink:href).
    const link = node.nodeName === 'A' || node.nodeName === 'a' ? node.getAttribute('href') ?? node.getAttribute('xlink:href') : null;
    if (link !== null) {
      if (link.startsWith('#')) return;
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.nodeName === 'IMG') node.setAttribute('loading', 'lazy');
    else if (node.nodeName === 'svg') sizeIcon(node);
  });
  purifiers.set(window, purify);
  return purify;
}

/**
 * The sanitized article, as the body of a new inert document (a `DOMParser` document of `window`). DOMPurify works on
 * its own copy of `root`; in Chromium a handler attribute that copy was created with stays armed after DOMPurify
 * removes it in a content script's isolated world (the hostile suite's img-onerror and 12 more fire). So what is
 * shown is a fresh copy of the sanitized tree, made by `importNode`: its nodes never carried a handler attribute.
 * Copying instead of serializing and parsing again costs a tenth on a long page in jsdom, and leaves no room for
 * mutation XSS (markup that parses into something other than what was sanitized). `pageUrl` is the address of the
 * page it came from: links to it with a fragment are in-article links.
 */
export function sanitizeArticle(root: Element, window: Window & typeof globalThis, pageUrl = window.location.href): HTMLElement {
  const page = pageAddress(pageUrl);
  dropFormRemnants(root, (href) => sameDocumentFragment(href, page));
  // RETURN_DOM gives the <body> of that document (typed as an Element).
  const sanitized = retargetFragments(purifierFor(window).sanitize(root, config) as HTMLElement, pageUrl);
  dropIconGlyphs(sanitized);
  // An icon of the page's sprite with nothing left to draw and no title to say what it was: a blank the text's size,
  // underlined in a link (a shop's rating, five of them a row: "- - - - -").
  for (const svg of Array.from(sanitized.getElementsByTagName('svg'))) {
    if (sanitized.contains(svg) && !drawsSomething(svg) && !svg.textContent?.trim()) removeWithBlankHolders(svg, sanitized);
  }
  // A list item whose button, field or icon (drawn, or an icon font's glyph) was all it held would stay as a bullet
  // with nothing after it.
  for (const item of Array.from(sanitized.getElementsByTagName('li'))) {
    if (sanitized.contains(item) && isBlank(item)) removeWithBlankHolders(item, sanitized);
  }
  const shown = new window.DOMParser().parseFromString('', 'text/html');
  const body = shown.importNode(sanitized, true);
  shown.documentElement.replaceChild(body, shown.body);
  return body;
}

/** The same sanitizing for a removed block's markup (shown back on request): string in, string out, parse it inertly. */
export function sanitizeMarkup(html: string, window: Window & typeof globalThis, pageUrl = window.location.href): string {
  return retargetFragments(purifierFor(window).sanitize(html, config), pageUrl).innerHTML;
}
