import { t } from '../../shared/i18n';
import type { PickHooks } from './api';
import type { Picked } from './session';

const pickButton = () => document.querySelector('clearpage-reader')?.shadowRoot?.querySelector<HTMLElement>('button.pick');
let running = false;

/** Reader view steps aside, the person picks a block of the live page, reader view shows that block. */
export async function runPick(hooks: PickHooks, pick: () => Promise<Picked>): Promise<void> {
  if (running) return;
  running = true;
  let release = () => {};
  const wasOpen = hooks.isOpen();
  try {
    if (wasOpen) await hooks.close();
    const picked = await pick();
    release = picked.release;
    const { element } = picked;
    if (!element) {
      // Cancelled: back where the person was, on the button they pressed.
      if (wasOpen && (await hooks.open(null)).status === 'open') pickButton()?.focus();
      return;
    }
    const article = hooks.read(element);
    if (article) await hooks.open({ kind: 'picked', article, element });
    else hooks.notice(t('pickUnreadable'));
  } finally {
    // Only now, with reader view (or the page) in place, does the picker's empty layer go.
    release();
    running = false;
  }
}
