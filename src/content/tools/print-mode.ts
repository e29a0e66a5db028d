import type { Overlay } from '../overlay';

// While printing, the host flows in the document and everything else of the page is hidden: the article alone prints.
const printCss = '@media print { html > :not(clearpage-reader), html > body { display: none !important; } }';
const printHostStyle = 'all: initial !important; display: block !important; position: static !important;';

/** Prints the clean article alone (Ctrl+P while reader view is open, or the Print button). */
export function setupPrintMode(overlay: Overlay, signal: AbortSignal): void {
  let sheet: CSSStyleSheet | null = null;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(printCss);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    sheet = null; // the page's own print styles then apply around the overlay
  }
  let screenStyle = '';
  window.addEventListener('beforeprint', () => {
    screenStyle = overlay.host.getAttribute('style') ?? '';
    overlay.host.setAttribute('style', printHostStyle);
    overlay.dialog.dataset.printing = '1';
  }, { signal });
  window.addEventListener('afterprint', () => {
    if (screenStyle) overlay.host.setAttribute('style', screenStyle);
    delete overlay.dialog.dataset.printing;
  }, { signal });
  signal.addEventListener('abort', () => {
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  }, { once: true });
}
