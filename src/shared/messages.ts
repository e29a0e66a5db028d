// The one message protocol shared by background, popup and content script.

/** What the content script reports about reader view in its tab. */
export type ReaderStatus = 'open' | 'closed' | 'no-article' | 'too-large' | 'error';

export interface ReaderState {
  status: ReaderStatus;
  /** Plain words for the user when the status is not open/closed. */
  message?: string;
  title?: string;
  /** False when the tab has no content script yet (so the next command injects it without asking first). */
  injected?: boolean;
  /** Where the time went when reader view opened (ms per stage), for the browser benchmark. */
  timings?: Record<string, number>;
}

/** Commands the popup and background send into a tab's content script (through `scripting.executeScript`). */
export type ReaderCommand = 'toggle' | 'open' | 'close' | 'state';

/** Runtime messages (content script → background). */
export type Message =
  | { type: 'reader-state'; state: ReaderState }
  /** Inject export.js (Markdown and file export) into the sender's frame, on first use. */
  | { type: 'load-export' };

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; state?: { status?: unknown } };
  if (message.type === 'load-export') return true;
  return message.type === 'reader-state' && typeof message.state?.status === 'string';
}

/** The content script's entry point in its isolated world, installed on first injection. */
export interface ContentApi {
  run(command: ReaderCommand): Promise<ReaderState>;
}

declare global {
  // eslint-disable-next-line no-var
  var __clearpage: ContentApi | undefined;
}
