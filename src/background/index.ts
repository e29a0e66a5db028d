import browser, { type Runtime, type Tabs } from '../shared/browser';
import { isMessage } from '../shared/messages';
import { runInTab } from '../shared/run-in-tab';
import { toolbarIcon } from '../shared/icons';
import { restrictedReason } from '../shared/restricted';
import { loadSettings, migrateStoredSettings } from '../shared/settings-storage';
import { autoOpenTab, followPermissionChanges, setAutoOpen } from './auto-open';
import { sitePattern } from '../shared/auto-open';
import { installTestHook } from './test-hook';
import { createMenus, onMenuClick } from './context-menu';

// Only listeners are registered at startup: nothing runs until the user asks.

async function toggle(tab: Tabs.Tab | undefined): Promise<void> {
  const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id === undefined || restrictedReason(target.url)) return;
  try {
    await runInTab(target.id, 'toggle');
  } catch (error) {
    // Chromium now and then delivers the first command after startup before its activeTab grant is in place
    // ("Cannot access contents of the page"): one retry a moment later finds the grant.
    if (!/cannot access contents/i.test(String(error))) return;
    await new Promise((done) => setTimeout(done, 150));
    await runInTab(target.id, 'toggle').catch(() => {
      // A page the browser will not let us touch: the popup explains it; the shortcut has nowhere to say it.
    });
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
  if (!isMessage(message)) return undefined;
  if (message.type === 'auto-open-set') {
    // Extension pages may turn any site on or off; the overlay in a page may only turn its own site off.
    const fromPage = !sender.url?.startsWith(browser.runtime.getURL(''));
    if (fromPage && (message.on || sitePattern(message.url) !== sitePattern(sender.url))) return undefined;
    return setAutoOpen(message.url, message.on);
  }
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  if (message.type === 'auto-open') return autoOpenTab(sender.tab, sender.frameId).catch(() => false);
  if (message.type === 'load-chunk') {
    const target = { tabId, frameIds: [sender.frameId ?? 0] };
    return browser.scripting.executeScript({ target, files: [`${message.chunk}.js`], injectImmediately: true }).then(() => true);
  }
  // Chrome's promise form of setIcon does not reject when the tab has just closed: it logs "Unchecked
  // runtime.lastError: No tab with id". The callback form reads lastError, in both browsers.
  chrome.action.setIcon({ tabId, path: toolbarIcon(message.state.status === 'open') }, () => void chrome.runtime.lastError);
  return undefined;
});

browser.runtime.onInstalled.addListener(() => {
  void migrateStoredSettings().finally(applyToolbarMode);
  void createMenus().catch((error: unknown) => console.warn('Clearpage: context menu:', error));
});
browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab).catch(() => {
  // A page the browser will not let us touch: the menu has nowhere to say it (the popup explains such pages).
}));
browser.runtime.onStartup.addListener(() => void applyToolbarMode());
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && 'openOnToolbarClick' in changes) void applyToolbarMode();
});
followPermissionChanges();
// Replaced by false in the product build, which then holds none of the test hook's code.
if (__CLEARPAGE_TEST__) installTestHook();
