import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

const config: Config = {
  // Markup that can act (forms, frames, plugins) or restyle the overlay (style) never survives.
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'option', 'iframe', 'frame', 'frameset',
    'object', 'embed', 'link', 'meta', 'base', 'dialog', 'template', 'slot', 'noscript',
    // SVG that fetches on its own (DOMPurify allows it): <feImage href> loads any URL as soon as it is inserted.
    'feimage'],
  FORBID_ATTR: ['style', 'class', 'id', 'srcdoc', 'action', 'formaction', 'ping', 'background', 'tabindex',
    'autofocus', 'contenteditable', 'popover', 'is'],
  ALLOW_DATA_ATTR: false,
  // MathML passes (DOMPurify's MathML profile); a formula's source notation (TeX in <annotation>) and markup in
  // <annotation-xml> go with their content instead of showing as stray text beside the formula.
  ADD_FORBID_CONTENTS: ['annotation', 'annotation-xml'],
  // Marks where a removed block sat (see removed-place.ts) and which blocks were embeds (embeds.ts): styling hooks,
  // nothing the page can act on.
  ADD_ATTR: ['data-cp-anchor', 'data-cp-embed'],
  ALLOWED_URI_REGEXP: /^(?:https?|mailto|tel):|^[^a-z]|^[a-z+.-]+(?:[^a-z+.\-:]|$)/i,
  RETURN_TRUSTED_TYPE: false,
};

const purifiers = new WeakMap<object, DOMPurify>();

function purifierFor(window: Window & typeof globalThis): DOMPurify {
  let purify = purifiers.get(window);
  if (purify) return purify;
  purify = createDOMPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    // HTML <A> and SVG <a> (lowercase nodeName, and its link may be xlink:href).
    const link = node.nodeName === 'A' || node.nodeName === 'a' ? node.getAttribute('href') ?? node.getAttribute('xlink:href') : null;
    if (link !== null) {
      if (link.startsWith('#')) return;
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.nodeName === 'IMG') node.setAttribute('loading', 'lazy');
  });
  purifiers.set(window, purify);
  return purify;
}

/** Sanitized markup as a string: callers parse it into an inert document before inserting it anywhere. */
export function sanitizeHtml(root: Element, window: Window & typeof globalThis): string {
  return purifierFor(window).sanitize(root.outerHTML, config) as string;
}

/** The same sanitizing for a removed block's markup (shown back on request): string in, string out, parse it inertly. */
export function sanitizeMarkup(html: string, window: Window & typeof globalThis): string {
  return purifierFor(window).sanitize(html, config) as string;
}
