// Everything that touches Firefox internals (chrome-privileged scripts, frame scripts, the text input processor)
// lives in this file, so a future Firefox change is one fix.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { within } from './within';

export const firefoxDist = resolve(import.meta.dirname, '..', '..', '..', 'dist', 'firefox');
export const geckoId = 'clearpage@clearpage.invalid';
export const extensionUuid = '5d3c0a52-3f0e-4b8e-9a51-0c1ea7a1e001';
const popupUrl = `moz-extension://${extensionUuid}/popup.html`;

export interface Firefox {
  browser: Browser;
  /** Runs `expression` (may be async) in the browser window's chrome scope. */
  chrome<T = unknown>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/** `prefs` are extra Firefox preferences for this launch (e.g. autoplay, download folder), merged over the defaults. */
export async function launchFirefox(extension = firefoxDist, prefs: Record<string, string | number | boolean> = {}): Promise<Firefox> {
  const profile = mkdtempSync(join(tmpdir(), 'clearpage-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: extensionUuid }),
      'ui.prefersReducedMotion': 1,
      ...prefs,
    },
  });
  await browser.installExtension(extension);
  const bidi = (method: string, params: object) => (browser as any).connection.send(method, params).then((r: any) => r.result);
  const tree = await bidi('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chromeContext = tree.contexts.find((c: { url: string }) => c.url === 'chrome://browser/content/browser.xhtml').context;
  const chrome = async <T>(expression: string): Promise<T> => {
    // Bounded: under load a chrome-scope call now and then never answers; a caller can retry an error, not a hang.
    const result: any = await within(bidi('script.evaluate', { expression, target: { context: chromeContext }, awaitPromise: true, resultOwnership: 'none' }),
      20_000, 'firefox chrome scope call');
    if (result.type === 'exception') throw new Error(`firefox chrome scope: ${result.exceptionDetails.text}`);
    return deserialize(result.result) as T;
  };
  return {
    browser, chrome,
    async close() {
      await browser.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

function deserialize(value: any): unknown {
  switch (value?.type) {
    case 'string': case 'number': case 'boolean': return value.value;
    case 'null': case 'undefined': return null;
    case 'array': return value.value.map(deserialize);
    case 'object': return Object.fromEntries(value.value.map(([k, v]: [string, unknown]) => [k, deserialize(v)]));
    default: return value?.value;
  }
}

/**
 * The toolbar button, clicked the way a user's click is handled (grants activeTab, opens the real popup). Should a
 * popup not report ready (under load a chrome-scope call can go unanswered), the try is logged with what the popup
 * showed, closed, and tried again, up to `tries` times.
 */
export async function clickToolbarButton(firefox: Firefox, page: Page, tries = 3): Promise<FirefoxPopup> {
  for (let attempt = 1; ; attempt += 1) {
    const popup = new FirefoxPopup(firefox);
    try {
      await within(openPopupOnce(firefox, page, popup), 20_000, 'toolbar click → popup ready');
      return popup;
    } catch (error) {
      const state = await within(popup.evaluate(`JSON.stringify({ url: content.location.href, readyState: content.document.readyState,
        ready: content.document.body?.dataset.ready, status: content.document.getElementById('status')?.textContent })`), 3000, 'popup state')
        .catch((reason: unknown) => `unreadable (${String(reason)})`);
      if (attempt >= tries) throw new Error(`${String(error)}; the popup showed: ${state}`);
      console.warn(`Firefox toolbar click ${attempt} of ${tries}: ${String(error)}; the popup showed: ${state}. Trying again.`);
      await within(popup.close(), 3000, 'closing the popup').catch(() => {});
    }
  }
}

async function openPopupOnce(firefox: Firefox, page: Page, popup: FirefoxPopup): Promise<void> {
  await page.bringToFront();
  await firefox.chrome(`(() => { const b = ${popupBrowser}; b?.closest('panel')?.hidePopup?.(); })()`);
  popup.triggeredAt = await firefox.chrome<number>(`(async () => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const extension = WebExtensionPolicy.getByID(${JSON.stringify(geckoId)}).extension;
    const at = performance.timeOrigin + performance.now();
    ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
    return at;
  })()`);
  const end = Date.now() + 8000;
  while (!(await firefox.chrome<boolean>(`!!${popupBrowser}`))) {
    if (Date.now() > end) throw new Error('the popup did not open');
    await new Promise((done) => setTimeout(done, 50));
  }
  await popup.waitFor(`content.document.body && content.document.body.dataset.ready === '1'`);
}

const popupBrowser = `[...document.querySelectorAll('browser')].find((b) => b.currentURI?.spec?.startsWith(${JSON.stringify(popupUrl)}))`;

/** The real popup panel, driven through a frame script in its <browser>. */
export class FirefoxPopup {
  /** When the toolbar click was triggered (`performance.timeOrigin + performance.now()` in the browser window). */
  triggeredAt = 0;

  constructor(private firefox: Firefox) {}

  /** Evaluates `expression` inside the popup (`content` is its window) and returns the JSON-able result. */
  evaluate<T = unknown>(expression: string): Promise<T> {
    const script = `(async () => { let r; try { r = { value: await (async () => (${expression}))() }; }
      catch (e) { r = { error: String(e) }; } sendAsyncMessage(NAME, JSON.stringify(r)); })()`;
    return this.firefox.chrome<string>(`new Promise((resolve, reject) => {
      const browser = ${popupBrowser}; if (!browser) return reject(new Error('no popup'));
      const NAME = 'clearpage-test-' + Math.random();
      const mm = browser.messageManager;
      mm.addMessageListener(NAME, function listener(message) { mm.removeMessageListener(NAME, listener); resolve(message.data); });
      mm.loadFrameScript('data:,' + encodeURIComponent('const NAME = ' + JSON.stringify(NAME) + ';' + ${JSON.stringify(script)}), false);
    })`).then((raw) => {
      const parsed = JSON.parse(raw) as { value?: T; error?: string };
      if (parsed.error) throw new Error(`popup: ${parsed.error}`);
      return parsed.value as T;
    });
  }

  async waitFor(expression: string, timeout = 8000): Promise<void> {
    const end = Date.now() + timeout;
    // Each check is short: a frame script sent while the popup's <browser> is still switching to popup.html is lost
    // and never replies, and one lost check must not use up the whole wait.
    const check = () => within(this.evaluate<boolean>(`!!(${expression})`), 1500, 'popup check').catch(() => false);
    while (!(await check())) {
      if (Date.now() > end) throw new Error(`popup: timed out waiting for ${expression}`);
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

/** Presses a key combination as trusted input in the browser window, where extension shortcuts are matched. */
export function pressShortcut(firefox: Firefox, shortcut: string): Promise<void> {
  const parts = shortcut.split('+');
  const key = parts.pop()!;
  const modifiers = parts.map((m) => ({ Alt: ['Alt', 'AltLeft', 18], Shift: ['Shift', 'ShiftLeft', 16], Ctrl: ['Control', 'ControlLeft', 17] })[m]);
  const main = [key.length === 1 ? key.toUpperCase() : key, key.length === 1 ? `Key${key.toUpperCase()}` : key, key.toUpperCase().charCodeAt(0)];
  return firefox.chrome(`(() => {
    const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
    tip.beginInputTransactionForTests(window);
    const k = ([key, code, keyCode]) => new KeyboardEvent('', { key, code, keyCode });
    const mods = ${JSON.stringify(modifiers)}; const main = ${JSON.stringify(main)};
    for (const m of mods) tip.keydown(k(m));
    tip.keydown(k(main)); tip.keyup(k(main));
    for (const m of [...mods].reverse()) tip.keyup(k(m));
  })()`);
}

/** The extension's commands as Firefox assigned them, read from an extension page. */
export async function assignedCommands(firefox: Firefox): Promise<{ name: string; shortcut: string }[]> {
  const page = await firefox.browser.newPage();
  const bidi = (method: string, params: object) => (firefox.browser as any).connection.send(method, params);
  await bidi('browsingContext.navigate', { context: (page.mainFrame() as any)._id, url: `moz-extension://${extensionUuid}/options.html`, wait: 'none' });
  await page.waitForFunction(() => document.body?.dataset.ready === '1');
  const commands = await page.evaluate(() => (globalThis as any).browser.commands.getAll());
  await page.close();
  return commands;
}

/**
 * Toolbar click → popup toggle → overlay, each try bounded and tried up to three times: under load a chrome-scope
 * call of the toolbar click now and then never answers.
 */
export async function openReader(firefox: Firefox, page: Page, dialog = 'clearpage-reader >>> [role=dialog][aria-modal=true]'): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await within((async () => {
        const popup = await clickToolbarButton(firefox, page, 1);
        await popup.click('#toggle');
        await page.waitForSelector(dialog);
        await popup.close();
      })(), 12_000, 'toolbar → popup → overlay');
      return;
    } catch (error) {
      if (await page.$(dialog)) return; // opened; only the popup was slow to close
      if (attempt === 3) throw error;
    }
  }
}
