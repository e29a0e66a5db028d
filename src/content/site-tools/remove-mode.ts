import { el, type Overlay } from '../overlay';
import { t } from '../../shared/i18n';
import { byYou } from '../../shared/site-rules';
import type { HiddenEntry } from '../hidden-list';
import type { HiddenEntries } from './hidden-entries';
import { setEntryRule } from './rule-actions';
import { onTrustedClick, setBusy } from '../trusted';
import type { SiteMemory, SiteToolsUi } from './api';

const pickSelector = 'p, li, ul, ol, dl, figure, blockquote, pre, table, h2, h3, h4, h5, h6, div, section, aside, details';
const stepSelector = 'p, li, figure, blockquote, pre, table, h2, h3, h4, h5, h6, [data-cp-restored]';

/** "Remove an element": hover highlights a block, a click removes it, Z or Ctrl+Z puts it back, "always" remembers it. */
export function setupRemoveMode(overlay: Overlay, memory: SiteMemory, entries: HiddenEntries, ui: SiteToolsUi, say: (message: string) => void,
  signal: AbortSignal): { toggle(): void } {
  const { site } = memory;
  const button = ui.remove;
  const undoButton = el('button', { className: 'tool', type: 'button' }, t('undo'));
  const always = el('button', { className: 'tool', type: 'button' }, t('alwaysHide'));
  const text = el('span');
  const offer = el('div', { className: 'offer', hidden: true }, text, undoButton, ...(site ? [always] : []));
  offer.setAttribute('role', 'status');
  overlay.dialog.append(offer);

  let picking = false;
  let current: Element | null = null;
  const undo: HiddenEntry[] = [];
  const mark = (block: Element | null) => {
    current?.removeAttribute('data-cp-pick');
    current = block;
    block?.setAttribute('data-cp-pick', '');
  };
  const setPicking = (on: boolean) => {
    picking = on;
    button.setAttribute('aria-pressed', String(on));
    if (on) overlay.dialog.dataset.picking = '1';
    else {
      delete overlay.dialog.dataset.picking;
      mark(null);
    }
  };
  const blockAt = (target: EventTarget | null): Element | null => {
    const block = (target as Element | null)?.closest?.(pickSelector) ?? null;
    return block && block !== overlay.article && overlay.article.contains(block) ? block : null;
  };

  function remove(block: Element): void {
    mark(null);
    const entry = entries.takeOut(block, byYou);
    undo.push(entry);
    entries.changed();
    text.textContent = t('removedBlock', entry.preview.slice(0, 40) || t('previewMedia'));
    setBusy(always, false);
    offer.hidden = false;
  }
  function undoLast(): boolean {
    const entry = undo.pop();
    if (!entry) return false;
    entries.putBack(entry);
    entries.changed();
    offer.hidden = true;
    say(t('removalUndone'));
    return true;
  }

  undoButton.addEventListener('click', () => undoLast(), { signal });
  onTrustedClick(always, async () => {
    const entry = undo[undo.length - 1];
    if (!entry || !site) return;
    setBusy(always, true);
    if (!(await setEntryRule(site, entries, entry, 'hide', say))) setBusy(always, false);
  }, signal);
  overlay.article.addEventListener('pointerover', (event) => { if (picking) mark(blockAt(event.target)); }, { signal });
  overlay.article.addEventListener('click', (event) => {
    if (!picking) return;
    event.preventDefault();
    event.stopPropagation();
    const block = blockAt(event.target) ?? current;
    if (block) remove(block);
  }, { capture: true, signal });

  // On the window: keys work wherever focus is while reader view is open (this listener goes when it closes).
  window.addEventListener('keydown', (event) => {
    const target = event.composedPath()[0] as HTMLElement;
    if (/^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName) || event.altKey || event.shiftKey) return;
    if (event.key.toLowerCase() === 'z') {
      if (undoLast()) event.preventDefault();
      return;
    }
    if (!picking || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      event.stopImmediatePropagation();
      setPicking(false);
      button.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const blocks = Array.from(overlay.article.querySelectorAll(stepSelector));
      const at = current ? blocks.indexOf(current) : -1;
      const next = blocks[Math.max(0, Math.min(blocks.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))] ?? null;
      mark(next);
      next?.scrollIntoView({ block: 'nearest' });
    } else if ((event.key === 'Enter' || event.key === 'Delete' || event.key === 'Backspace') && current && !target.closest?.('button, a')) {
      event.preventDefault();
      remove(current);
    }
  }, { capture: true, signal });
  signal.addEventListener('abort', () => mark(null), { once: true });
  return { toggle: () => setPicking(!picking) };
}
