import browser from '../../shared/browser';
import type { AutoOpenResult } from '../../shared/messages';
import { el, type Overlay } from '../overlay';
import { t } from '../../shared/i18n';
import { onTrustedClick, setBusy } from '../trusted';

/** When reader view opened by itself, a small line says so and turns it off for the site in one click. */
export function setupAutoOpenNote(overlay: Overlay, say: (message: string) => void, signal: AbortSignal): void {
  if (globalThis.__clearpageAuto !== 'on') return;
  const stop = el('button', { className: 'tool', type: 'button' }, t('stopAutoOpen'));
  const note = el('p', { className: 'auto-note' }, el('span', {}, t('openedAutomatically')), stop);
  overlay.dialog.querySelector('.page')?.prepend(note);
  onTrustedClick(stop, async () => {
    setBusy(stop, true);
    try {
      const result = await browser.runtime.sendMessage({ type: 'auto-open-set', url: location.href, on: false }) as AutoOpenResult | undefined;
      if (result && !result.on && !result.error) {
        globalThis.__clearpageAuto = 'off';
        note.replaceChildren(t('autoOpenStopped'));
        note.setAttribute('role', 'status');
        return;
      }
    } catch {
      // reported below
    }
    setBusy(stop, false);
    say(t('autoOpenStopFailed'));
  }, signal);
}
