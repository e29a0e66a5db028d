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
  | { type: 'load-export' }
  /** Inject site-tools.js (the hidden-items list, remove-an-element mode) into the sender's frame, on first use. */
  | { type: 'load-site-tools' }
  /** Inject picker.js ("Pick the article") into the sender's frame, on first use. */
  | { type: 'load-picker' }
  /** From auto-open.js: this page of a site with auto-open on looks like an article; open the reader in it. */
  | { type: 'auto-open' }
  /** From the popup or the overlay: turn auto-open on (permission already granted) or off for `url`'s site. */
  | { type: 'auto-open-set'; url: string; on: boolean };

/** The background's answer to `auto-open-set`. */
export interface AutoOpenResult {
  on: boolean;
  error?: string;
}

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; state?: { status?: unknown }; url?: unknown; on?: unknown };
  if (['load-export', 'load-site-tools', 'load-picker', 'auto-open'].includes(message.type as string)) return true;
  if (message.type === 'auto-open-set') return typeof message.url === 'string' && typeof message.on === 'boolean';
  return message.type === 'reader-state' && typeof message.state?.status === 'string';
}

/** The content script's entry point in its isolated world, installed on first injection. */
export interface ContentApi {
  run(command: ReaderCommand): Promise<ReaderState>;
  /** Runs the command left for this injection (see run-in-tab.ts), or opens the reader when none was left. */
  runPending(): Promise<ReaderState>;
}

/** A command left in the tab by a caller that found no content script there yet. */
export interface PendingCommand {
  command: ReaderCommand;
  at: number;
}

declare global {
  var __clearpage: ContentApi | undefined;
  /**
   * Auto-open in this tab: `pending` when auto-open.js just asked for the reader (no "no article" card then), `on` once
   * it opened (the overlay offers to stop), `off` after the reader stopped it here.
   */
  var __clearpageAuto: 'pending' | 'on' | 'off' | undefined;
  /** Commands waiting for content.js, oldest first: each injection runs one. */
  var __clearpagePending: PendingCommand[] | undefined;
}
