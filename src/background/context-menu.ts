import browser, { type Tabs } from '../shared/browser';
import type { Menus } from 'webextension-polyfill';
import type { ReaderState } from '../shared/messages';
import { restrictedReason } from '../shared/restricted';
import { runInTab } from '../shared/run-in-tab';
import { t } from '../shared/i18n';

// The page's context menu: "Open reader view", and "Read selection in reader view" on a selection. Choosing one is a
// user gesture that grants activeTab for the tab, exactly as the toolbar button does: no host permission is needed.

const documentUrlPatterns = ['http://*/*', 'https://*/*', 'file:///*'];
const menuIds = ['open-reader', 'read-selection'];

/** Run on install and update: the old items go first, so running it again never makes two of each. */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  const items: Menus.CreateCreatePropertiesType[] = [
    { id: 'open-reader', title: t('menuOpenReader'), contexts: ['page'], documentUrlPatterns },
    { id: 'read-selection', title: t('menuReadSelection'), contexts: ['selection'], documentUrlPatterns },
  ];
  for (const item of items) browser.contextMenus.create(item);
  // The test build only: the items as created, for the end-to-end tests (Chromium has no API that lists them). In
  // session storage, which outlives the service worker (a global would be gone once it restarts) and is never synced.
  if (__CLEARPAGE_TEST__) await browser.storage.session.set({ testMenuItems: items });
}

/**
 * A menu item chosen: reader view opens in the tab through the same path as the toolbar and the shortcut. A page with
 * a selection of a paragraph or more opens on that selection (content.js reads it), so both items send `open`.
 */
export async function onMenuClick(info: Pick<Menus.OnClickData, 'menuItemId'>, tab: Tabs.Tab | undefined): Promise<ReaderState | null> {
  if (tab?.id === undefined || !menuIds.includes(String(info.menuItemId)) || restrictedReason(tab.url)) return null;
  return runInTab(tab.id, 'open');
}
