// Only in the test build (dist/test/*, see scripts/build.mjs): lets end-to-end tests drive the reader's idempotent
// commands in a tab found by its address. The product build has none of it.
import browser, { type Runtime } from '../shared/browser';
import type { ReaderCommand } from '../shared/messages';
import { runInTab } from '../shared/run-in-tab';

interface TestMessage { type: 'test-run'; url: string; command: ReaderCommand }

async function tabAt(url: string): Promise<number> {
  const tabs = (await browser.tabs.query({})).filter((tab) => tab.url === url);
  if (tabs.length !== 1 || tabs[0]!.id === undefined) throw new Error(`${tabs.length} tabs at ${url}`);
  return tabs[0]!.id;
}

export function installTestHook(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    const test = message as TestMessage;
    if (!sender.url?.startsWith(browser.runtime.getURL('')) || test?.type !== 'test-run') return undefined;
    return tabAt(test.url).then((tabId) => runInTab(tabId, test.command));
  });
}
