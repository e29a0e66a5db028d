import { createNotice } from './overlay';

const noticeMs = 6000;

/** The small card that says why there is nothing to read; one at a time, gone after a few seconds or on Escape. */
export function createNotices() {
  let notice: { remove(): void; controller: AbortController } | null = null;

  function dismiss(): void {
    notice?.controller.abort();
    notice?.remove();
    notice = null;
  }

  /** `onPick`: the card also offers "Pick the article" (and stays longer, to give time to reach it). */
  function show(message: string, onPick: (() => void) | null): void {
    dismiss();
    const controller = new AbortController();
    const card = createNotice(message, dismiss, onPick ? () => { dismiss(); onPick(); } : undefined);
    notice = { remove: card.remove, controller };
    const timer = setTimeout(dismiss, onPick ? noticeMs * 2 : noticeMs);
    controller.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
    window.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') dismiss();
    }, { capture: true, signal: controller.signal });
  }

  return { show, dismiss };
}
