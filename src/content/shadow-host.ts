import { overlayCss } from './overlay-styles';

// Inline !important beats any page rule, even `* { all: unset !important }`.
const hostStyle = [
  'all: initial', 'display: block', 'position: fixed', 'inset: 0', 'z-index: 2147483647', 'contain: strict',
  'visibility: visible', 'opacity: 1', 'pointer-events: auto', 'transform: none', 'filter: none',
].map((rule) => `${rule} !important`).join('; ');
const noticeHostStyle = hostStyle.replace('inset: 0', 'top: 0; right: 0; width: 400px; height: 160px');

let sheet: CSSStyleSheet | null = null;

function attachStyles(root: ShadowRoot): void {
  try {
    sheet ??= new CSSStyleSheet();
    if (!sheet.cssRules.length) sheet.replaceSync(overlayCss);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Firefox content scripts may refuse a sheet from their own compartment: fall back to a <style>.
    const style = document.createElement('style');
    style.textContent = overlayCss;
    root.prepend(style);
  }
}

/** A host element appended last to <html>, so it stacks above the page's own fixed layers, with an open shadow root. */
export function createShadowHost(kind: 'reader' | 'notice'): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement('clearpage-reader');
  host.setAttribute('style', kind === 'reader' ? hostStyle : noticeHostStyle);
  const root = host.attachShadow({ mode: 'open' });
  attachStyles(root);
  document.documentElement.append(host);
  return { host, root };
}
