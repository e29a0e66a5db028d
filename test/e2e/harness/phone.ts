// Reader view's bar at a phone's width (issue 15, item 5), read in the page: both browsers.

export interface BarLayout {
  /** Rows the bar's visible controls sit on (tops more than 8 px apart start a new row). */
  rows: number;
  height: number;
  /** Some control is cut off at the bar's edge. */
  overflows: boolean;
  /** The accessible names (aria-label, else text) of the controls shown in the bar, in order. */
  visible: string[];
  articleWidth: number;
  /** Reader view's own width inside its scrollbar: what "the full width" is. */
  readerWidth: number;
}

export function barLayout(): BarLayout {
  const root = Document.prototype.querySelector.call(document, 'clearpage-reader')!.shadowRoot!;
  const bar = root.querySelector('.bar') as HTMLElement;
  const barRect = bar.getBoundingClientRect();
  const shown = Array.from(bar.querySelectorAll<HTMLElement>('button, select'))
    .filter((control) => control.getClientRects().length > 0 && getComputedStyle(control).visibility !== 'hidden');
  const tops: number[] = [];
  for (const control of shown) {
    const top = control.getBoundingClientRect().top;
    if (!tops.some((row) => Math.abs(row - top) <= 8)) tops.push(top);
  }
  return {
    rows: tops.length,
    height: barRect.height,
    overflows: shown.some((control) => control.getBoundingClientRect().right > barRect.right + 1 || control.getBoundingClientRect().left < barRect.left - 1),
    visible: shown.map((control) => control.getAttribute('aria-label') ?? (control.textContent ?? '').trim()),
    articleWidth: (root.querySelector('article') as HTMLElement).getBoundingClientRect().width,
    readerWidth: (root.querySelector('.reader') as HTMLElement).clientWidth,
  };
}
