import { el, type Overlay } from '../overlay';
import { t } from '../../shared/i18n';
import { forgetArea } from '../../shared/area-rule-storage';
import { storageErrorKey } from '../../shared/site-rules-storage';
import type { Chosen } from '../chosen-source';
import { onTrustedClick, setBusy } from '../trusted';
import { pickIcon } from './icons';

export interface PickActions {
  /** "Pick the article" pressed (pick-article.ts). */
  pick(): void;
  /** Reader view again, as it opens by itself (after the site's area was forgotten). */
  reopen(): void;
}

/**
 * The bar's "Pick the article" button, and, when reader view shows a chosen part, one line saying which
 * ("Showing your selection", "Using the area you picked for this site" with an undo that forgets the area).
 */
export function setupPickTools(overlay: Overlay, chosen: Chosen | null, site: string | null, actions: PickActions,
  say: (message: string) => void, signal: AbortSignal): void {
  const pick = el('button', { className: 'tool pick', type: 'button' }, pickIcon(), el('span', { className: 'label' }, t('pickArticle')));
  // The words stay its name where a narrow bar shows only the icon.
  pick.setAttribute('aria-label', t('pickArticle'));
  pick.addEventListener('click', actions.pick, { signal });
  const close = overlay.dialog.querySelector('.bar > .close')!;
  const end = el('div', { className: 'bar-end' });
  close.replaceWith(end);
  end.append(pick, close);
  if (!chosen) return;

  const note = el('p', { className: 'auto-note chosen-note' });
  note.setAttribute('role', 'status');
  overlay.dialog.querySelector('.page')?.prepend(note);
  const showArea = () => {
    const undo = el('button', { className: 'tool', type: 'button' }, t('undo'));
    note.replaceChildren(el('span', {}, t('usingArea')), undo);
    onTrustedClick(undo, async () => {
      setBusy(undo, true);
      try {
        if (site) await forgetArea(site);
        actions.reopen();
      } catch (error) {
        setBusy(undo, false);
        say(t(storageErrorKey(error)));
      }
    }, signal);
    return undo;
  };
  if (chosen.kind === 'selection') note.append(t('showingSelection'));
  else if (chosen.kind === 'area') showArea();
  // A pick: picker.js is in the tab already and offers to remember the area.
  else if (site && chosen.element && globalThis.__clearpagePicker) {
    globalThis.__clearpagePicker.offerArea(note, chosen.element, site, () => showArea().focus(), say, signal);
  } else note.append(t('showingPicked'));
}
