import browser, { type Tabs } from '../shared/browser';
import { autoOpenScriptId, isAutoOpenPage, sitePattern } from '../shared/auto-open';
import type { AutoOpenResult } from '../shared/messages';
import { runInTab } from '../shared/run-in-tab';

// Auto-open per site = a content script registered for that site alone + the host permission for it.
// The reader grants the permission in the popup; everything else happens here, one change at a time.

let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => {});
  return next;
}

async function registered(pattern: string): Promise<boolean> {
  return (await browser.scripting.getRegisteredContentScripts({ ids: [autoOpenScriptId(pattern)] })).length > 0;
}

async function enable(pattern: string): Promise<boolean> {
  if (!(await browser.permissions.contains({ origins: [pattern] }))) return false;
  if (await registered(pattern)) return true;
  await browser.scripting.registerContentScripts([{
    id: autoOpenScriptId(pattern), matches: [pattern], js: ['auto-open.js'], runAt: 'document_idle', persistAcrossSessions: true,
  }]);
  return true;
}

async function disable(pattern: string, removePermission: boolean): Promise<void> {
  if (await registered(pattern)) await browser.scripting.unregisterContentScripts({ ids: [autoOpenScriptId(pattern)] });
  if (!removePermission) return;
  try {
    await browser.permissions.remove({ origins: [pattern] });
  } catch {
    // A host the manifest itself grants (the Chromium test build) cannot be removed: the script is gone anyway.
  }
}

/** Turns auto-open on (when the permission was granted) or off (script and permission both removed) for `url`'s site. */
export function setAutoOpen(url: string, on: boolean): Promise<AutoOpenResult> {
  const pattern = sitePattern(url);
  if (!pattern) return Promise.resolve({ on: false, error: 'not a web page' });
  return serial(async () => {
    try {
      if (on) return { on: await enable(pattern) };
      await disable(pattern, true);
      return { on: false };
    } catch (error) {
      return { on: await registered(pattern).catch(() => false), error: String((error as Error)?.message ?? error) };
    }
  });
}

/** auto-open.js asked from an article page: open the reader there if the site is still on. */
export async function autoOpenTab(tab: Tabs.Tab | undefined, frameId: number | undefined): Promise<boolean> {
  const pattern = sitePattern(tab?.url);
  if (tab?.id === undefined || frameId !== 0 || !pattern || !tab.url || !isAutoOpenPage(tab.url)) return false;
  if (!(await registered(pattern))) return false;
  if (!(await browser.permissions.contains({ origins: [pattern] }))) {
    await serial(() => disable(pattern, false));
    return false;
  }
  const state = await runInTab(tab.id, 'open');
  return state.status === 'open';
}

/** Access granted or taken away from the browser's own controls (or the popup's prompt): follow it. */
export function followPermissionChanges(): void {
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    // One site at a time: a grant for all sites does not turn auto-open on everywhere.
    for (const origin of origins) if (/^https?:\/\/[^*/]+\/\*$/.test(origin)) void serial(() => enable(origin));
  });
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    for (const origin of origins) void serial(() => disable(origin, false));
  });
}
