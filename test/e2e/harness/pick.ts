// Pages and in-page readers for the "Pick the article" tests (issue 15), both browsers. The in-page functions are
// serialized by Playwright and Puppeteer alike, and read through Document.prototype where a page might lie.

/** Two stories of one site on which the pipeline shows the readers' letters instead of the story. */
export const storyPath = (story: 1 | 2, visit: string | number) => `/pages/pick/story-${story}.html?visit=${visit}`;
/** The storage.sync key of the test server's stored area. */
export const areaKey = 'area:127.0.0.1';
export const storyStart = 'Story line one: printed tide tables';
export const lettersStart = 'Letter one: I have fished';

export interface PickerState {
  /** The picker's layer is in the page. */
  up: boolean;
  /** The label beside the outlined block: its first words and word count. */
  label: string;
  /** The bar's status line (the same text, or why a block was refused). */
  status: string;
  refused: boolean;
  /** Where the outline is drawn (viewport pixels), when it is shown. */
  box: { x: number; y: number; width: number; height: number } | null;
}

export function pickerState(): PickerState {
  const root = Document.prototype.querySelector.call(document, 'clearpage-picker')?.shadowRoot;
  const box = root?.querySelector('.box') as HTMLElement | null;
  const status = root?.querySelector('.status') as HTMLElement | null;
  const rect = box && !box.hidden ? box.getBoundingClientRect() : null;
  return {
    up: !!root, label: root?.querySelector('.label')?.textContent ?? '', status: status?.textContent ?? '',
    refused: status?.dataset.kind === 'refused', box: rect && { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
  };
}

/** Whether the picker's outline is drawn around the page element `selector` (within a few pixels). */
export function outlines(selector: string): boolean {
  const root = Document.prototype.querySelector.call(document, 'clearpage-picker')?.shadowRoot;
  const box = root?.querySelector('.box') as HTMLElement | null;
  const target = Document.prototype.querySelector.call(document, selector);
  if (!box || box.hidden || !target) return false;
  const [a, b] = [box.getBoundingClientRect(), target.getBoundingClientRect()];
  return Math.abs(a.left + 3 - b.left) <= 4 && Math.abs(a.top + 3 - b.top) <= 4 && Math.abs(a.width - 6 - b.width) <= 4 && Math.abs(a.height - 6 - b.height) <= 4;
}

/** The middle of a page element in the viewport, or of the gap below its first child (a point on the block itself). */
export function pointOn({ selector, gap = false }: { selector: string; gap?: boolean }): { x: number; y: number } {
  const el = Document.prototype.querySelector.call(document, selector)!;
  const rect = el.getBoundingClientRect();
  if (!gap) return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  const [first, second] = [el.children[0]!.getBoundingClientRect(), el.children[1]!.getBoundingClientRect()];
  return { x: rect.x + 40, y: (first.bottom + second.top) / 2 };
}

/** Reader view as a person reads it: the chosen-part note, the article's text, title, byline line, lead image. */
export function readerView(): { note: string; noteButtons: string[]; text: string; title: string; meta: string; image: string | null; hidden: string } | null {
  const root = Document.prototype.querySelector.call(document, 'clearpage-reader')?.shadowRoot;
  const reader = root?.querySelector('.reader[role=dialog]');
  if (!reader) return null;
  const note = reader.querySelector('.chosen-note');
  const hidden = reader.querySelector('#cp-hidden-button') as HTMLElement | null;
  // Shown text, whitespace folded (no helper function: the test runner may rename it).
  const [noteText, text, title, meta] = [note?.querySelector('span') ?? note, reader.querySelector('article'), reader.querySelector('h1.title'),
    reader.querySelector('.meta')].map((el) => ((el as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim());
  return {
    note: noteText!,
    noteButtons: Array.from(note?.querySelectorAll('button') ?? [], (button) => button.textContent ?? ''),
    text: text!, title: title!, meta: meta!,
    image: reader.querySelector('article figure img')?.getAttribute('src') ?? null,
    hidden: hidden && !hidden.hidden ? hidden.textContent ?? '' : '',
  };
}

/** The focused element inside reader view (its class and accessible name), through the open shadow root. */
export function readerFocus(): string {
  const root = Document.prototype.querySelector.call(document, 'clearpage-reader')?.shadowRoot;
  const active = root?.activeElement as HTMLElement | null;
  return active ? `${active.className}|${active.getAttribute('aria-label') ?? active.textContent ?? ''}` : '';
}

/** Selects the text of the page from the start of `from` to the end of `to` (the page's own selection). */
export function selectText([from, to]: [string, string]): string {
  const range = document.createRange();
  range.setStart(Document.prototype.querySelector.call(document, from)!, 0);
  const end = Document.prototype.querySelector.call(document, to)!;
  range.setEnd(end, end.childNodes.length);
  const selection = getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection.toString();
}
