import browser from './browser';
import type { ReaderCommand, ReaderState } from './messages';
import { messageTemplates, t } from './i18n';

/**
 * Runs `command` in the tab's content script, or, when the tab has none yet, leaves it for the one about to be
 * injected: content.js runs one queued command when it loads (see scripts/build.mjs). Two callers that both find no
 * content script (the popup's toggle and the shortcut at once) each queue their own command, and each injection
 * takes one, so two toggles still cancel out instead of both opening.
 */
function runOrQueue(command: ReaderCommand, strings: Record<string, string>): Promise<ReaderState> | null {
  const api = globalThis.__clearpage;
  if (api) return api.run(command);
  if (command === 'state' || command === 'close') return null;
  (globalThis.__clearpagePending ??= []).push({ command, at: Date.now(), strings });
  return null;
}

/** Commands that need a reader in the tab, injected for them when there is none (`runOrQueue`, which runs in the tab
 * without this module, tests the same inline). */
const needsReader = (command: ReaderCommand) => command !== 'state' && command !== 'close';

async function callContent(tabId: number, command: ReaderCommand): Promise<ReaderState | null> {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    // Never wait for document_idle: on a page that is still loading the popup would hang until it finishes.
    injectImmediately: true,
    func: runOrQueue,
    args: [command, needsReader(command) ? messageTemplates() : {}],
  });
  return (frame?.result as ReaderState | null | undefined) ?? null;
}

/** V8's compile hint means nothing to Firefox, whose build (a background script, not a worker) ships no content-now.js. */
// Firefox's normalised manifest may carry the key with no value: the value says which build this is.
const hasCompileHint = () => {
  const background = browser.runtime.getManifest().background as { service_worker?: string } | undefined;
  return !!background?.service_worker;
};

/**
 * Sends a command to the tab's content script, injecting it first when the tab has none yet. Rejects with the
 * browser's error when the page cannot be scripted.
 */
export async function runInTab(tabId: number, command: ReaderCommand): Promise<ReaderState> {
  const state = await callContent(tabId, command);
  if (state) return state;
  if (!needsReader(command)) return { status: 'closed', injected: false };
  // The same reader either way: compiled lazily while preparing ahead, all at once for an open (scripts/build.mjs).
  const file = command === 'prepare' || !hasCompileHint() ? 'content.js' : 'content-now.js';
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [file], injectImmediately: true });
  return (frame?.result as ReaderState | undefined) ?? { status: 'error', message: t('didNotStart') };
}
