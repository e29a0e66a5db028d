import { overlayCss } from './overlay-styles';

// The host's own look comes from `:host` rules with !important inside the shadow root: for important declarations
// the inner (shadow) context wins over every page rule and over inline styles, so `* { all: unset !important }`,
// `clearpage-reader { display: none !important }` or a page's own fixed layer at the top z-index cannot hide,
// restyle or cover it. (An inline style on the host loses to a `:host { … !important }` rule, so none is used.)
const hostRules = (rules: string[]) => rules.map((rule) => `${rule} !important;`).join(' ');
const hostCss = `
:host { ${hostRules(['all: initial', 'display: block', 'position: fixed', 'inset: 0', 'z-index: 2147483647', 'contain: strict',
    'visibility: visible', 'opacity: 1', 'pointer-events: auto', 'transform: none', 'filter: none', 'margin: 0', 'border: 0',
    'padding: 0', 'width: auto', 'height: auto', 'max-width: none', 'max-height: none', 'overflow: visible'])} }
:host([data-kind="notice"]) { ${hostRules(['inset: 0 0 auto auto', 'width: min(400px, 100vw)', 'height: 200px'])} }
`;

let sheet: CSSStyleSheet | null = null;

/** `zoom` on <html> multiplies into every descendant, top layer or not: undo it on the host. */
function zoomCss(): string {
  const zoom = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('zoom')) || 1;
  return zoom === 1 ? '' : `:host { zoom: ${1 / zoom} !important; }`;
}

/** The overlay's sheet, parsed once per injection (ahead of the click when the popup prepares). */
function overlaySheet(): CSSStyleSheet {
  sheet ??= new CSSStyleSheet();
  if (!sheet.cssRules.length) sheet.replaceSync(overlayCss + hostCss);
  return sheet;
}

function attachStyles(root: ShadowRoot): void {
  try {
    root.adoptedStyleSheets = [overlaySheet()];
  } catch {
    // Firefox content scripts may refuse a sheet from their own compartment: fall back to a <style>.
    const style = document.createElement('style');
    style.textContent = overlayCss + hostCss;
    root.prepend(style);
  }
}

/** The page's zoom, read when shown (it may change between preparing and showing). */
function undoZoom(root: ShadowRoot): void {
  const zoom = zoomCss();
  if (!zoom) return;
  try {
    const unzoom = new CSSStyleSheet();
    unzoom.replaceSync(zoom);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, unzoom];
  } catch {
    const style = document.createElement('style');
    style.textContent = zoom;
    root.append(style);
  }
}

/**
 * A host element with an open shadow root and the overlay's styles, not yet in the page: nothing of it is visible to
 * the page's scripts until `showShadowHost`. In the XHTML namespace even in an SVG or XML document, where
 * createElement would make a plain Element that can have no shadow root.
 */
export function buildShadowHost(kind: 'reader' | 'notice'): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElementNS('http://www.w3.org/1999/xhtml', 'clearpage-reader') as HTMLElement;
  host.dataset.kind = kind;
  host.setAttribute('popover', 'manual');
  const root = host.attachShadow({ mode: 'open' });
  attachStyles(root);
  return { host, root };
}

/**
 * Appends the host last to <html> and shows it in the top layer (a manual popover), so that nothing the page does to
 * its own elements (filter, transform, opacity on <html>, fixed layers) reaches or covers it.
 */
export function showShadowHost({ host, root }: { host: HTMLElement; root: ShadowRoot }): void {
  undoZoom(root);
  document.documentElement.append(host);
  try {
    host.showPopover();
  } catch {
    // No popover support, or a document where the top layer is not available: the :host rules still apply.
  }
}

export function createShadowHost(kind: 'reader' | 'notice'): { host: HTMLElement; root: ShadowRoot } {
  const built = buildShadowHost(kind);
  showShadowHost(built);
  return built;
}
