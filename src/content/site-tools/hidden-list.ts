import { el, type Overlay } from '../overlay';
import { t } from '../../shared/i18n';
import { reasonKey } from '../../shared/reasons';
import { blockText } from '../../extract/text';
import type { HiddenEntry } from '../hidden-list';
import type { HiddenEntries } from './hidden-entries';
import { setEntryRule } from './rule-actions';
import { onTrustedClick, setBusy } from '../trusted';
import type { SiteMemory, SiteToolsUi } from './api';

/** Brings a block shown back into view and marks it for a moment, so the eye finds it. */
function flash(node: Element): void {
  node.scrollIntoView({ block: 'center' });
  node.removeAttribute('data-cp-flash');
  void (node as HTMLElement).offsetWidth;
  node.setAttribute('data-cp-flash', '');
}

/** The list behind "N items hidden": what was taken out and why, each shown back in place with one click. */
export function setupHiddenList(overlay: Overlay, memory: SiteMemory, entries: HiddenEntries, ui: SiteToolsUi, say: (message: string) => void,
  signal: AbortSignal): { toggle(): void } {
  const { site } = memory;
  const { hidden: button, panel } = ui;
  panel.setAttribute('aria-labelledby', 'cp-hidden-title');
  let rendered = -1;

  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) {
      render();
      (panel.querySelector('button') ?? panel).focus();
    }
  };
  panel.tabIndex = -1;
  // Escape closes the list first, wherever focus is (reader.ts leaves Escape alone while the list is open).
  window.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || panel.hidden) return;
    event.stopImmediatePropagation();
    setOpen(false);
    button.focus();
  }, { capture: true, signal });

  function row(entry: HiddenEntry): HTMLLIElement {
    // The block's own lines (the pipeline's sample runs a heading into its text), shortened.
    const text = entry.item ? blockText(entries.nodeOf(entry)).replace(/\n/g, ' · ') : entry.preview;
    const preview = text ? (text.length > 110 ? `${text.slice(0, 109)}…` : text) : t('previewMedia');
    const show = el('button', { className: 'tool show', type: 'button' });
    // Short labels after "On this site:"; the full words are their accessible names.
    const keep = el('button', { className: 'tool keep', type: 'button' }, t('keepShort'));
    const hide = el('button', { className: 'tool hide', type: 'button' }, t('hideShort'));
    keep.setAttribute('aria-label', t('alwaysKeep'));
    hide.setAttribute('aria-label', t('alwaysHide'));
    const update = () => {
      show.textContent = t(entry.shown ? 'hideAgain' : 'showHere');
      keep.setAttribute('aria-pressed', String(entry.rule === 'keep'));
      hide.setAttribute('aria-pressed', String(entry.rule === 'hide'));
    };
    show.addEventListener('click', () => {
      if (entry.shown) entries.hide(entry);
      else flash(entries.show(entry));
      update();
      entries.changed();
    }, { signal });
    for (const [toggle, action] of [[keep, 'keep'], [hide, 'hide']] as const) {
      onTrustedClick(toggle, async () => {
        setBusy(toggle, true);
        if (site) await setEntryRule(site, entries, entry, entry.rule === action ? null : action, say);
        setBusy(toggle, false);
        update();
      }, signal);
    }
    update();
    const head = el('div', { className: 'row-head' }, el('span', { className: 'reason' }, t(reasonKey(entry.reason))), show);
    const item = el('li', {}, head, el('q', { className: 'preview' }, preview));
    // Keeping a block that was in the article anyway means nothing: those offer only "always hide".
    if (site) item.append(el('div', { className: 'actions' }, el('span', { className: 'site-label' }, t('onThisSite')), ...(entry.item ? [keep, hide] : [hide])));
    return item;
  }

  function render(): void {
    rendered = entries.list.length;
    const notes = memory.skipped.map((rule) => el('p', { className: 'note' }, t('ruleSkipped', rule.p || rule.f)));
    panel.replaceChildren(el('h2', { id: 'cp-hidden-title' }, t('hiddenListTitle')), ...notes, el('ul', {}, ...entries.list.map(row)));
  }

  entries.onChange(() => {
    if (!panel.hidden && rendered !== entries.list.length) render();
  });
  return { toggle: () => setOpen(panel.hidden === true) };
}
