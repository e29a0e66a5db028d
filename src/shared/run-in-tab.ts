import browser from './browser';
import type { ReaderCommand, ReaderState } from './messages';

async function callContent(tabId: number, command: ReaderCommand): Promise<ReaderState | null> {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    func: (cmd: ReaderCommand) => globalThis.__clearpage?.run(cmd) ?? null,
    args: [command],
  });
  return (frame?.result as ReaderState | null | undefined) ?? null;
}

/**
 * Sends a command to the tab's content script, injecting it first when this tab has none yet.
 * Rejects with the browser's error when the page cannot be scripted.
 */
export async function runInTab(tabId: number, command: ReaderCommand): Promise<ReaderState> {
  const state = await callContent(tabId, command);
  if (state) return state;
  if (command === 'state' || command === 'close') return { status: 'closed' };
  await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  return (await callContent(tabId, command)) ?? { status: 'error', message: 'Reader view did not start on this page.' };
}
