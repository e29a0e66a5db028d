import { el, type Overlay } from '../overlay';

/** A short polite message at the bottom of the reader ("Copied as Markdown"). */
export function setupToast(overlay: Overlay, signal: AbortSignal): (message: string) => void {
  const toast = el('div', { className: 'toast' });
  toast.setAttribute('role', 'status');
  overlay.dialog.append(toast);
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return (message) => {
    toast.textContent = message;
    clearTimeout(timer);
    timer = setTimeout(() => { toast.textContent = ''; }, 4000);
  };
}
