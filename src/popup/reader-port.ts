import browser, { type Runtime } from '../shared/browser';
import { popupPortName, type PortState, type PortToggle, type PreparedMessage, type ReaderState } from '../shared/messages';

/**
 * The popup's port to the tab's reader, opened once the reader is there (after `prepare`): it tells the reader when the
 * popup is gone, hears when the article is prepared, and carries the toggle, which then needs no injection.
 */
export function connectReader(tabId: number, onPrepared: (article: boolean) => void) {
  const port: Runtime.Port = browser.tabs.connect(tabId, { name: popupPortName, frameId: 0 });
  let open = true;
  let answer: ((state: ReaderState | null) => void) | null = null;
  port.onMessage.addListener((message: unknown) => {
    const typed = message as PreparedMessage | PortState | null;
    if (typed?.type === 'prepared') onPrepared(typed.article);
    if (typed?.type === 'state') answer?.(typed.state);
  });
  port.onDisconnect.addListener(() => {
    open = false;
    answer?.(null);
  });

  /**
   * Toggles reader view through the port: the new state, or null when the port closed first (the page navigated, the
   * reader is gone). Null means "not known", never "send it again": a toggle is not repeated.
   */
  function toggle(): Promise<ReaderState | null> | null {
    if (!open || answer) return null;
    return new Promise((done) => {
      answer = (state) => {
        answer = null;
        done(state);
      };
      port.postMessage({ type: 'toggle' } satisfies PortToggle);
    });
  }

  return { toggle };
}
