import browser from './browser';
import type { ReaderCommand, ReaderState } from './messages';
import { t } from './i18n';

async function callContent(tabId: number, command: ReaderCommand): Promise<ReaderState | null> {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    // Never wait for document_idle: on a page that is still loading the popup would hang until it finishes.
    injectImmediately: true,
    func: (cmd: ReaderCommand) => globalThis.__clearpage?.run(cmd) ?? null,
    args: [command],
  });
  return (frame?.result as ReaderState | null | undefined) ?? null;
}

/**
 * Sends a command to the tab's content script, injecting it first when this tab has none yet
 * (`injected: false` skips asking when the caller already knows). Rejects with the browser's error when
 * the page cannot be scripted.
 */
export async function runInTab(tabId: number, command: ReaderCommand, injected = true): Promise<ReaderState> {
  const state = injected ? await callContent(tabId, command) : null;
  if (state) return state;
  if (command === 'state' || command === 'close') return { status: 'closed', injected: false };
  // content.js ends by opening the reader (see scripts/build.mjs): one round trip on first use.
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'], injectImmediately: true });
  return (frame?.result as ReaderState | undefined) ?? { status: 'error', message: t('didNotStart') };
}
