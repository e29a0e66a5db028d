import browser, { type Runtime, type Tabs } from '../shared/browser';
import { isMessage } from '../shared/messages';
import { runInTab } from '../shared/run-in-tab';
import { toolbarIcon } from '../shared/icons';
import { restrictedReason } from '../shared/restricted';
import { loadSettings, migrateStoredSettings } from '../shared/settings-storage';

// Only listeners are registered at startup: nothing runs until the user asks.

async function toggle(tab: Tabs.Tab | undefined): Promise<void> {
  const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id === undefined || restrictedReason(target.url)) return;
  try {
    await runInTab(target.id, 'toggle');
  } catch {
    // A page the browser will not let us touch: the popup explains it; the shortcut has nowhere to say it.
  }
}

/** With one-click reading on, the toolbar button toggles directly instead of opening the popup. */
async function applyToolbarMode(): Promise<void> {
  const { openOnToolbarClick } = await loadSettings();
  await browser.action.setPopup({ popup: openOnToolbarClick ? '' : 'popup.html' });
}

browser.commands.onCommand.addListener((command, tab) => {
  if (command === 'toggle-reader') void toggle(tab);
});

browser.action.onClicked.addListener((tab) => void toggle(tab));

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const tabId = sender.tab?.id;
  if (!isMessage(message) || tabId === undefined) return undefined;
  if (message.type === 'load-export') {
    const target = { tabId, frameIds: [sender.frameId ?? 0] };
    return browser.scripting.executeScript({ target, files: ['export.js'] }).then(() => true);
  }
  void browser.action.setIcon({ tabId, path: toolbarIcon(message.state.status === 'open') }).catch(() => {});
  return undefined;
});

browser.runtime.onInstalled.addListener(() => {
  void migrateStoredSettings().finally(applyToolbarMode);
});
browser.runtime.onStartup.addListener(() => void applyToolbarMode());
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && 'openOnToolbarClick' in changes) void applyToolbarMode();
});
