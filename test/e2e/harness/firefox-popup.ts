// The real toolbar button and popup in Firefox: the browser action triggered from chrome scope as a person's click is
// (it grants activeTab and opens the popup panel), and the popup driven through frame scripts in its <browser>.
import type { Page } from 'puppeteer-core';
import { extensionOrigin, geckoId, type Firefox } from './firefox';
import { within } from './within';

const popupUrl = `${extensionOrigin}/popup.html`;
const popupBrowser = `[...document.querySelectorAll('browser')].find((b) => b.currentURI?.spec?.startsWith(${JSON.stringify(popupUrl)}))`;

export class FirefoxPopup {
  /** When the toolbar click was triggered (`performance.timeOrigin + performance.now()` in the browser window). */
  triggeredAt = 0;

  constructor(private firefox: Firefox) {}

  /** Evaluates `expression` inside the popup (`content` is its window); answered within 2 s or failed. */
  evaluate<T = unknown>(expression: string): Promise<T> {
    const script = `(async () => { let r; try { r = { value: await (async () => (${expression}))() }; }
      catch (e) { r = { error: String(e) }; } sendAsyncMessage(NAME, JSON.stringify(r)); })()`;
    return within(this.firefox.chrome<string>(`new Promise((resolve, reject) => {
      const browser = ${popupBrowser}; if (!browser) return reject(new Error('no popup'));
      const NAME = 'clearpage-test-' + Math.random();
      const mm = browser.messageManager;
      mm.addMessageListener(NAME, function listener(message) { mm.removeMessageListener(NAME, listener); resolve(message.data); });
      mm.loadFrameScript('data:,' + encodeURIComponent('const NAME = ' + JSON.stringify(NAME) + ';' + ${JSON.stringify(script)}), false);
    })`), 2000, 'a popup evaluation').then((raw) => {
      const parsed = JSON.parse(raw) as { value?: T; error?: string };
      if (parsed.error) throw new Error(`popup: ${parsed.error}`);
      return parsed.value as T;
    });
  }

  /**
   * Waits until `expression` is true in the popup, for `timeout` ms in all. A frame script sent while the popup's
   * <browser> is still switching documents never answers: that check fails after 2 s and the next one goes out.
   */
  async waitFor(expression: string, timeout = 5000): Promise<void> {
    const end = Date.now() + timeout;
    for (;;) {
      if (await this.evaluate<boolean>(`!!(${expression})`).catch(() => false)) return;
      if (Date.now() > end) throw new Error(`popup: ${expression} still false after ${timeout} ms`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  /** Clicks the element (a DOM click: frame scripts cannot send trusted mouse input into the popup). */
  click(selector: string): Promise<void> {
    return this.evaluate(`content.document.querySelector(${JSON.stringify(selector)}).click()`);
  }

  close(): Promise<void> {
    return this.firefox.chrome(`(() => { const b = ${popupBrowser}; b?.closest('panel')?.hidePopup?.(); })()`);
  }
}

/** The toolbar button clicked for `page`'s tab, and its popup once it says it is ready. One try: no retries. */
export async function clickToolbarButton(firefox: Firefox, page: Page): Promise<FirefoxPopup> {
  await page.bringToFront();
  const popup = new FirefoxPopup(firefox);
  await popup.close();
  popup.triggeredAt = await firefox.chrome<number>(`(async () => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const extension = WebExtensionPolicy.getByID(${JSON.stringify(geckoId)}).extension;
    const at = performance.timeOrigin + performance.now();
    ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
    return at;
  })()`);
  // The popup's <browser> has loaded popup.html (not still switching to it) before the first frame script goes in.
  const loaded = `(() => { const b = ${popupBrowser}; return !!b && !!b.browsingContext?.currentWindowGlobal && !b.webProgress?.isLoadingDocument; })()`;
  for (const end = Date.now() + 5000; !(await firefox.chrome<boolean>(loaded));) {
    if (Date.now() > end) throw new Error('the popup did not load within 5 s of the toolbar click');
    await new Promise((done) => setTimeout(done, 50));
  }
  await popup.waitFor(`content.document.body && content.document.body.dataset.ready === '1'`);
  return popup;
}

/** The extension's commands as Firefox assigned them. */
export function assignedCommands(firefox: Firefox): Promise<{ name: string; shortcut: string }[]> {
  return firefox.inExtension(() => (globalThis as any).browser.commands.getAll());
}
