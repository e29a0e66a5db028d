// While printing, everything else of the page is hidden (the host itself flows in the document through its own
// print rules in tools-styles.ts): the article alone prints.
const printCss = '@media print { html > :not(clearpage-reader), html > body { display: none !important; } }';

/** Prints the clean article alone (Ctrl+P while reader view is open, or the Print button). */
export function setupPrintMode(signal: AbortSignal): void {
  let sheet: CSSStyleSheet | null = null;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(printCss);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    sheet = null; // the page's own print styles then apply around the overlay
  }
  signal.addEventListener('abort', () => {
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  }, { once: true });
}
