import type { Locator } from '../../shared/area-locator';
import type { ReaderState } from '../../shared/messages';
import type { Article } from '../../extract/types';
import type { Chosen } from '../chosen-source';

/** What "Pick the article" needs of content.js's reader. */
export interface PickHooks {
  isOpen(): boolean;
  close(): Promise<ReaderState>;
  /** Opens reader view on `chosen`, or as usual with null. */
  open(chosen: Chosen | null): Promise<ReaderState>;
  notice(message: string): void;
  /** A picked block through content.js's pipeline; null when nothing could be read from it. */
  read(element: Element): Article | null;
}

/** picker.js: "Pick the article" on the live page, injected into the tab on first use (see pick-article.ts). */
export interface PickerApi {
  /** Reader view steps aside, the person picks a block of the page, reader view shows it (or comes back if cancelled). */
  run(hooks: PickHooks): Promise<void>;
  /** Ends a pick in progress as cancelled (reader view was opened some other way). */
  cancel(): void;
  /** The most robust locator for a picked block (see area-locator.ts). */
  locatorFor(element: Element): Locator | null;
  /** Fills reader view's note for a picked block: what it shows, and "Always use this area on this site". */
  offerArea(note: HTMLElement, element: Element, site: string, onSaved: () => void, say: (message: string) => void, signal: AbortSignal): void;
}

declare global {
  var __clearpagePicker: PickerApi | undefined;
}
