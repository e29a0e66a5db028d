import browser from '../shared/browser';
import { popupPortName, type PortState, type PortToggle, type PreparedMessage, type ReaderState } from '../shared/messages';
import type { createPreparation } from './prepare';

/**
 * The popup holds a port open while it is shown: it hears when the article is ready and toggles through it, and what
 * was prepared goes when it closes without a toggle.
 */
export function listenToPopup(preparation: ReturnType<typeof createPreparation>, toggle: () => Promise<ReaderState>): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== popupPortName) return;
    let connected = true;
    port.onDisconnect.addListener(() => {
      connected = false;
      preparation.drop();
    });
    void preparation.ready()?.then(({ result }) => {
      if (connected) port.postMessage({ type: 'prepared', article: result.ok } satisfies PreparedMessage);
    });
    port.onMessage.addListener((message: unknown) => {
      if ((message as PortToggle | null)?.type !== 'toggle') return;
      void toggle().then((state) => {
        if (connected) port.postMessage({ type: 'state', state } satisfies PortState);
      });
    });
  });
}
