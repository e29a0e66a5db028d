import type { Overlay } from './overlay';
import type { ReaderToolsApi } from './reader-tools';
import { loadChunk } from './load-chunk';
import { afterPaint } from './next-task';

/**
 * What comes once the article is on screen. Focus first: focusing forces the browser to style and lay out the whole
 * article at once, which the first frame does anyway. Then the reading tools, whose code is its own file
 * (`reader-tools.js`), set up by `setup`; `data-tools` says when they are there (or could not be loaded).
 */
export function loadReaderTools(overlay: Overlay, signal: AbortSignal, setup: (api: ReaderToolsApi) => void): void {
  void afterPaint().then(() => {
    // Unless something in reader view has it already (the picker gives it back to "Pick the article").
    if (!signal.aborted && !overlay.root.activeElement) overlay.dialog.focus({ preventScroll: true });
    return loadChunk('reader-tools', () => globalThis.__clearpageReaderTools);
  }).then((api) => {
    if (signal.aborted) return;
    setup(api);
    overlay.dialog.dataset.tools = 'ready';
  }).catch((error: unknown) => {
    // The article stays readable without its tools; the close button and Escape are the first frame's own.
    overlay.dialog.dataset.tools = 'failed';
    console.error('Clearpage:', error);
  });
}
