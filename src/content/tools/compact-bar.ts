import { el, type Overlay } from '../overlay';
import { t } from '../../shared/i18n';
import { moreIcon } from './icons';

/**
 * At phone widths the bar is one row: "More" (⋯), "Pick the article" and Close as icons with their words as names;
 * every other tool sits in the list "More" opens (compact-styles.ts hides or shows what, by width alone).
 */
export function setupCompactBar(overlay: Overlay, signal: AbortSignal): void {
  const bar = overlay.dialog.querySelector<HTMLElement>('.bar')!;
  overlay.tools.id = 'cp-tools';
  const more = el('button', { className: 'tool more-tools', type: 'button' }, moreIcon());
  more.setAttribute('aria-label', t('moreTools'));
  more.setAttribute('aria-controls', 'cp-tools');
  more.setAttribute('aria-expanded', 'false');
  bar.prepend(more);
  const setOpen = (open: boolean) => {
    if (open) bar.dataset.more = '';
    else delete bar.dataset.more;
    more.setAttribute('aria-expanded', String(open));
  };
  more.addEventListener('click', () => setOpen(!('more' in bar.dataset)), { signal });
  // A tap or click anywhere else in reader view puts the list away.
  overlay.dialog.addEventListener('pointerdown', (event) => {
    if ('more' in bar.dataset && !event.composedPath().some((node) => node === overlay.tools || node === more)) setOpen(false);
  }, { signal });
  // Before reader view's own Escape (which would close it): the list closes first, focus back on "More".
  window.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !('more' in bar.dataset) || overlay.root.querySelector('.menu-list:not([hidden]), .hidden-panel:not([hidden])')) return;
    event.stopImmediatePropagation();
    setOpen(false);
    more.focus();
  }, { capture: true, signal });
}
