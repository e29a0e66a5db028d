import { choices, ranges, type Settings } from '../../shared/settings';
import { saveSettings } from '../../shared/settings-storage';
import { el, type Overlay } from '../overlay';
import { t, type MessageKey } from '../../shared/i18n';

const shortcuts: [string, MessageKey][] = [
  ['Esc', 'keyEscape'], ['+ / −', 'keySize'], ['T', 'keyTheme'], ['?', 'keyHelp'], ['Tab', 'keyTab'],
];

function focusables(root: ShadowRoot): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('button, a[href], select, input, [tabindex]:not([tabindex="-1"])'))
    // Not the ones a narrow bar keeps in its closed "More" list (no box at all).
    .filter((node) => !node.closest('[hidden]') && !(node as HTMLButtonElement).disabled && node.getClientRects().length > 0);
}

/** Keyboard use inside the reader: a focus trap, text size and theme keys, and a `?` list of shortcuts. */
export function setupOverlayKeys(overlay: Overlay, current: () => Settings, signal: AbortSignal): void {
  const close = el('button', { className: 'tool', type: 'button' }, t('close'));
  const list = el('dl');
  for (const [keys, action] of shortcuts) list.append(el('dt', {}, keys), el('dd', {}, t(action)));
  const card = el('div', { className: 'help-card' }, el('h2', {}, t('keyboardShortcuts')), list, close);
  card.setAttribute('aria-label', t('keyboardShortcuts'));
  const help = el('div', { className: 'help', hidden: true }, card);
  overlay.dialog.append(help);
  const helpButton = el('button', { className: 'tool', type: 'button', title: t('keyboardShortcutsTitle') }, '?');
  helpButton.setAttribute('aria-label', t('keyboardShortcuts'));
  overlay.tools.append(helpButton);
  const showHelp = (show: boolean) => {
    help.hidden = !show;
    // A dialog role only while shown: the reader itself stays the one dialog otherwise.
    if (show) card.setAttribute('role', 'dialog');
    else card.removeAttribute('role');
    (show ? close : helpButton).focus();
  };
  helpButton.addEventListener('click', () => showHelp(true), { signal });
  close.addEventListener('click', () => showHelp(false), { signal });

  overlay.dialog.addEventListener('keydown', (event) => {
    const target = event.composedPath()[0] as HTMLElement;
    if (event.key === 'Tab') {
      const items = help.hidden ? focusables(overlay.root) : focusables(overlay.root).filter((n) => help.contains(n));
      const active = overlay.root.activeElement as HTMLElement | null;
      const at = active ? items.indexOf(active) : -1;
      if (event.shiftKey && at <= 0) { event.preventDefault(); items[items.length - 1]?.focus(); }
      else if (!event.shiftKey && (at === items.length - 1 || at === -1)) { event.preventDefault(); items[0]?.focus(); }
      return;
    }
    if (event.key === 'Escape' && !help.hidden) {
      event.stopPropagation();
      showHelp(false);
      return;
    }
    // Size and theme keys write the settings: only a person's keys, never a page script's dispatched events.
    if (!event.isTrusted || event.ctrlKey || event.metaKey || event.altKey || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
    const settings = current();
    const { min, max } = ranges.fontSize;
    if (event.key === '+' || event.key === '=') void saveSettings({ fontSize: Math.min(max, settings.fontSize + 2) });
    else if (event.key === '-' || event.key === '−') void saveSettings({ fontSize: Math.max(min, settings.fontSize - 2) });
    else if (event.key === 't' || event.key === 'T') {
      const themes = choices.theme;
      void saveSettings({ theme: themes[(themes.indexOf(settings.theme) + 1) % themes.length] });
    } else if (event.key === '?') showHelp(help.hidden === true);
    else return;
    event.preventDefault();
  }, { signal });
}
