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

/**
 * Commands the popup and background send into a tab's content script (through `scripting.executeScript`). `prepare`
 * (the popup, as it opens) readies the article without showing anything, so that the toggle only has to show it.
 */
export type ReaderCommand = 'toggle' | 'open' | 'close' | 'state' | 'prepare';

/** Code injected into a tab only when it is needed, so content.js stays small: each is `<name>.js` in the build. */
export const chunks = ['export', 'site-tools', 'reader-tools', 'picker'] as const;
export type Chunk = (typeof chunks)[number];

/** The port the popup holds open to the tab's content script: when it closes, what was prepared for it goes. */
export const popupPortName = 'clearpage-popup';

/** Sent on that port once the article is prepared (`article`: there is one to show). */
export interface PreparedMessage {
  type: 'prepared';
  article: boolean;
}

/**
 * The popup's toggle, sent on that port (no script to inject and compile on the way), and the reader's answer. Only
 * toggling goes this way; a port that closes before the answer is never sent the command again.
 */
export interface PortToggle {
  type: 'toggle';
}
export interface PortState {
  type: 'state';
  state: ReaderState;
}

/** Runtime messages (content script → background). */
export type Message =
  | { type: 'reader-state'; state: ReaderState }
  /** Inject `<chunk>.js` into the sender's frame, on first use. */
  | { type: 'load-chunk'; chunk: Chunk }
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
  const message = value as { type?: unknown; state?: { status?: unknown }; url?: unknown; on?: unknown; chunk?: unknown };
  if (message.type === 'auto-open') return true;
  if (message.type === 'load-chunk') return (chunks as readonly unknown[]).includes(message.chunk);
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
  /** The first frame's strings (`messageTemplates` in shared/i18n.ts), so that opening never waits for the catalogue. */
  strings?: Record<string, string>;
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
