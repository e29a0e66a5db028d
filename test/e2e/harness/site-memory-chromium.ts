// What the Chromium site-memory tests read from and do through the extension (test build): storage, registered
// scripts, auto-open switched from an extension page, and the content script's own state in a tab's isolated world.
import type { Page } from 'playwright-core';
import type { AutoOpenResult } from '../../../src/shared/messages';
import type { Chromium } from './chromium';
import { siteKey, type StoredRule } from './site-memory';
import { within } from './within';

/** Everything in storage.sync. */
export const syncStorage = async (browser: Chromium) =>
  within((await browser.worker()).evaluate(() => chrome.storage.sync.get(null)), 5000, 'reading storage.sync');

/** The test server's stored rules. */
export const siteRules = async (browser: Chromium) => ((await syncStorage(browser))[siteKey] ?? []) as StoredRule[];

/** The registered content scripts, as { id, matches, js }. */
export const registeredScripts = async (browser: Chromium) => within((await browser.worker()).evaluate(async () =>
  (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches, js: s.js }))), 5000, 'registered scripts');

/** An extension page in a tab of its own (test.html), to message the background as the popup does. */
export async function extensionPage(browser: Chromium): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/test.html`);
  return page;
}

/** Turns auto-open on or off for `url`'s site, as the popup does once the permission is there. */
export function setAutoOpen(extension: Page, url: string, on: boolean): Promise<AutoOpenResult> {
  return within(extension.evaluate(([u, o]) => chrome.runtime.sendMessage({ type: 'auto-open-set', url: u, on: o }), [url, on] as const),
    5000, `auto-open-set ${on} for ${url}`);
}

/**
 * The reader's state in the tab's isolated world (where auto-open.js and content.js run): `auto` is
 * `globalThis.__clearpageAuto`, `api` whether content.js was ever injected there.
 */
export async function isolatedWorld(browser: Chromium, page: Page): Promise<{ auto: string | null; api: boolean }> {
  const url = page.url();
  return within((await browser.worker()).evaluate(async (u) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === u);
    if (tab?.id === undefined) throw new Error(`no tab at ${u}`);
    const [frame] = await chrome.scripting.executeScript({
      target: { tabId: tab.id }, injectImmediately: true,
      func: () => ({ auto: globalThis.__clearpageAuto ?? null, api: globalThis.__clearpage !== undefined }),
    });
    return frame!.result as { auto: string | null; api: boolean };
  }, url), 5000, `the isolated world of ${url}`);
}
