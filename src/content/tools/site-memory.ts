import browser from '../../shared/browser';
import { loadSiteTools } from '../load-site-tools';
import { el, type Overlay } from '../overlay';
import { t, type MessageKey } from '../../shared/i18n';
import type { SiteMemory, SiteTools } from '../site-tools/api';

function countLabel(count: number): string {
  const category = new Intl.PluralRules(browser.i18n.getUILanguage()).select(count);
  return t((['one', 'few', 'many'].includes(category) ? `hiddenItems_${category}` : 'hiddenItems_other') as MessageKey, count);
}

/** "N items hidden" and "Remove element" in the bar; the list and the mode behind them load on first use (site-tools.js). */
export function setupSiteMemory(overlay: Overlay, memory: SiteMemory, say: (message: string) => void, signal: AbortSignal): void {
  const hidden = el('button', { className: 'tool', type: 'button', id: 'cp-hidden-button' });
  hidden.setAttribute('aria-expanded', 'false');
  hidden.setAttribute('aria-controls', 'cp-hidden');
  const panel = el('section', { className: 'hidden-panel', hidden: true, id: 'cp-hidden' });
  const remove = el('button', { className: 'tool', type: 'button', title: t('removeModeTitle') }, t('removeMode'));
  remove.setAttribute('aria-pressed', 'false');
  overlay.tools.append(el('div', { className: 'menu' }, hidden, panel), remove);
  const label = () => {
    hidden.textContent = countLabel(memory.entries.list.filter((entry) => !entry.shown).length);
    hidden.hidden = memory.entries.list.length === 0 && memory.skipped.length === 0;
  };
  memory.entries.onChange(label);
  label();

  let tools: Promise<SiteTools> | null = null;
  const use = (action: (loaded: SiteTools) => void) => {
    tools ??= loadSiteTools().then((api) => api.setup(overlay, memory, { hidden, panel, remove }, say, signal));
    tools.then(action, () => {
      tools = null;
      say(t('readerError'));
    });
  };
  hidden.addEventListener('click', () => use((loaded) => loaded.toggleList()), { signal });
  remove.addEventListener('click', () => use((loaded) => loaded.togglePicking()), { signal });
}
