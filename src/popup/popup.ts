import browser, { type Tabs } from '../shared/browser';
import type { ReaderState } from '../shared/messages';
import { injectionErrorMessage, restrictedReason } from '../shared/restricted';
import { runInTab } from '../shared/run-in-tab';
import { connectReader } from './reader-port';
import { renderSettingsForm } from './settings-form';
import { showShortcut } from './shortcut';
import { renderSiteSection } from './site-section';
import { localizePage, t } from '../shared/i18n';

const toggle = document.querySelector<HTMLButtonElement>('#toggle')!;
const status = document.querySelector<HTMLElement>('#status')!;
const controller = new AbortController();
window.addEventListener('pagehide', () => controller.abort(), { once: true });

function show(state: ReaderState): void {
  const on = state.status === 'open';
  toggle.setAttribute('aria-pressed', String(on));
  toggle.querySelector('.toggle-state')!.textContent = t(on ? 'stateOn' : 'stateOff');
  status.textContent = state.message ?? '';
  status.dataset.kind = state.status;
  // Where the time went in the content script, for the browser benchmark (bench/browser) to read.
  if (state.timings) document.body.dataset.timings = JSON.stringify(state.timings);
}

function unavailable(message: string): void {
  toggle.disabled = true;
  show({ status: 'error', message });
}

async function connect(tab: Tabs.Tab | undefined): Promise<void> {
  if (tab?.id === undefined) return unavailable(t('noPage'));
  const tabId = tab.id;
  const reason = restrictedReason(tab.url);
  if (reason) return unavailable(t(reason));
  let reader: ReturnType<typeof connectReader>;
  try {
    // The article is prepared while the person reaches for the toggle.
    show(await runInTab(tabId, 'prepare'));
    // Said on the popup's body for whoever drives it (the tests, the browser benchmark): the toggle is instant now.
    reader = connectReader(tabId, (article) => (document.body.dataset.prepared = article ? 'article' : 'none'));
  } catch (error) {
    return unavailable(t(...injectionErrorMessage(error)));
  }
  toggle.addEventListener('click', async () => {
    toggle.disabled = true;
    try {
      // Through the port when it is still open; else injected. A toggle the port lost is asked about, not sent again.
      const sent = reader.toggle();
      show(sent ? (await sent) ?? await runInTab(tabId, 'state') : await runInTab(tabId, 'toggle'));
    } catch (error) {
      return unavailable(t(...injectionErrorMessage(error)));
    }
    toggle.disabled = false;
    toggle.focus();
  }, { signal: controller.signal });
}

localizePage();
toggle.focus();
const [activeTab] = await browser.tabs.query({ active: true, currentWindow: true });
await Promise.all([
  connect(activeTab),
  renderSiteSection(document.querySelector<HTMLElement>('#site')!, activeTab?.url, controller.signal).catch(() => {}),
  renderSettingsForm(document.querySelector<HTMLFormElement>('#settings')!, controller.signal),
  showShortcut(document.querySelector<HTMLElement>('#shortcut')!),
]);
// Firefox prepares the popup before showing it and may drop an early focus().
if (document.activeElement === document.body && !toggle.disabled) toggle.focus();
document.body.dataset.ready = '1';
