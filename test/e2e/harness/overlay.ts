// What a test reads of reader view inside a page. Each function runs in the page (Playwright's and Puppeteer's
// `page.evaluate` both take it), through Document.prototype so a page that clobbers `document.querySelector` cannot lie.

export interface OverlayState {
  /** How many reader hosts are in the page (0 or 1; 2 would be a bug). */
  hosts: number;
  /** The reader view dialog is there. */
  open: boolean;
  /** Its text as shown (innerText), whitespace folded. */
  text: string;
  theme: string | null;
}

export function overlayState(): OverlayState {
  const hosts = Document.prototype.querySelectorAll.call(document, 'clearpage-reader');
  let dialog: HTMLElement | null = null;
  for (const host of Array.from(hosts)) dialog ??= host.shadowRoot?.querySelector<HTMLElement>('.reader[role=dialog]') ?? null;
  return { hosts: hosts.length, open: !!dialog, text: (dialog?.innerText ?? '').replace(/\s+/g, ' ').trim(), theme: dialog?.dataset.theme ?? null };
}

/** Whitespace folded the way `overlayState().text` is. */
export const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Playwright's selector for something inside reader view (CSS pierces open shadow roots). */
export const inReader = (selector: string) => `clearpage-reader .reader ${selector}`;

/** Computed styles that make reader view look like itself, per part: equal on a hostile or strict-CSP page and a plain one. */
export function overlayStyles(): Record<string, string> {
  const root = Document.prototype.querySelector.call(document, 'clearpage-reader')!.shadowRoot!;
  const pick = (selector: string) => {
    const s = getComputedStyle(root.querySelector(selector)!);
    return [s.position, s.display, s.backgroundColor, s.color, s.fontFamily, s.fontSize, s.lineHeight, s.letterSpacing,
      s.maxWidth, s.padding, s.borderRadius, s.zIndex, s.visibility, s.opacity].join(' | ');
  };
  return Object.fromEntries(['.reader', '.page', '.bar', '.close', 'h1.title', '.meta', 'article p', 'article figcaption']
    .map((selector) => [selector, pick(selector)]));
}
