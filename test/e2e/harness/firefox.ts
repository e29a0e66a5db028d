// Firefox ESR through puppeteer-core (WebDriver BiDi), one per kind for the whole run (see shared.ts). Everything that
// touches Firefox internals (chrome-privileged scripts, the text input processor) is here and in firefox-popup.ts.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReaderCommand, ReaderState } from '../../../src/shared/messages';
import { shared } from './shared';
import { within } from './within';
import { newProfile } from './profile';

const dist = resolve(import.meta.dirname, '..', '..', '..', 'dist');
export const geckoId = 'clearpage@clearpage.invalid';
export const extensionUuid = '5d3c0a52-3f0e-4b8e-9a51-0c1ea7a1e001';
export const extensionOrigin = `moz-extension://${extensionUuid}`;

/**
 * `test`: the test build (dist/test/firefox: a background hook runs reader commands; a temporary add-on is granted its
 * host permissions), with Firefox's own test speech voices. `product`: the real build (optional host permissions, the
 * real permission prompt).
 */
export type FirefoxKind = 'test' | 'product';

export interface Firefox {
  kind: FirefoxKind;
  browser: Browser;
  /** Where the test kind saves downloads, without asking. */
  downloads: string;
  /** Runs `expression` (may be async) in the browser window's chrome scope, answered within 5 s. */
  chrome<T = unknown>(expression: string): Promise<T>;
  /** A new tab whose waits are bounded (5 s for actions, 15 s for loads). */
  newPage(): Promise<Page>;
  /** An extension page in a tab (BiDi navigation: puppeteer's goto never resolves for moz-extension: pages). */
  openExtensionPage(path: string): Promise<Page>;
  /** The test build only: runs the reader's `command` in the tab showing `page`, through the background. */
  reader(page: Page, command: ReaderCommand): Promise<ReaderState>;
  /** Evaluates `fn(...args)` in an extension page (storage, permissions, commands), answered within 5 s. */
  inExtension<T, A extends unknown[] = []>(fn: (...args: A) => Promise<T> | T, ...args: A): Promise<T>;
  /** Everything the extension stored or registered is gone, and the toolbar button opens the popup again. */
  reset(): Promise<void>;
  close(): Promise<void>;
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

/** A Firefox of its own (the benchmark's): `extension` replaces the kind's build folder. */
export async function launchFirefox(kind: FirefoxKind, options: { extension?: string } = {}): Promise<Firefox> {
  const profile = newProfile('firefox');
  const downloads = newProfile('firefox-downloads');
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: extensionUuid }),
      'ui.prefersReducedMotion': 1,
      // Voices that end at once, never end or fail, instead of the machine's speech engine (read-aloud tests).
      // Page media started from a script without a gesture (the media-state tests), whatever the autoplay policy.
      ...(kind === 'test' ? { 'media.webspeech.synth.test': true, 'media.autoplay.default': 0, 'media.autoplay.blocking_policy': 0 } : {}),
      // Saved files go straight to `downloads` (the export tests read them).
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.panel.shown': true,
    },
  });
  await within(browser.installExtension(options.extension ?? resolve(dist, kind === 'test' ? 'test/firefox' : 'firefox')), 15_000, 'installing the extension');
  const bidi = (method: string, params: object) => (browser as any).connection.send(method, params).then((r: any) => r.result);
  const tree = await bidi('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chromeContext = tree.contexts.find((c: { url: string }) => c.url === 'chrome://browser/content/browser.xhtml').context;
  const chrome = async <T>(expression: string): Promise<T> => {
    const result: any = await within(bidi('script.evaluate', { expression, target: { context: chromeContext }, awaitPromise: true, resultOwnership: 'none' }),
      5000, 'Firefox chrome-scope call');
    if (result.type === 'exception') throw new Error(`firefox chrome scope: ${result.exceptionDetails.text}`);
    return deserialize(result.result) as T;
  };
  const newPage = async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    page.setDefaultTimeout(5000);
    page.setDefaultNavigationTimeout(15_000);
    return page;
  };
  const openExtensionPage = async (path: string) => {
    const page = await newPage();
    await bidi('browsingContext.navigate', { context: (page.mainFrame() as any)._id, url: `${extensionOrigin}/${path}`, wait: 'none' });
    await page.waitForFunction(() => document.readyState === 'complete' && typeof (globalThis as any).browser?.runtime?.id === 'string');
    return page;
  };
  // The control page (an extension page for storage calls and background messages) is opened first, behind every test
  // tab: a tab in the background gets no animation frames, and the tab under test must be the one in front.
  let control: Page | null = null;
  const controlPage = async () => {
    if (!control || control.isClosed()) control = await openExtensionPage(kind === 'test' ? 'test.html' : 'options.html');
    return control;
  };
  await controlPage();
  const inExtension = async <T, A extends unknown[]>(fn: (...args: A) => Promise<T> | T, ...args: A): Promise<T> =>
    within((await controlPage()).evaluate(fn as (...a: unknown[]) => Promise<T>, ...args), 5000, 'a call in an extension page') as Promise<T>;
  return {
    kind, browser, downloads, chrome, newPage, openExtensionPage, inExtension,
    async reader(page, command) {
      if (kind !== 'test') throw new Error('reader commands need the test build');
      const url = page.url();
      const state = await within((await controlPage()).evaluate((u, c) => (globalThis as any).browser.runtime.sendMessage({ type: 'test-run', url: u, command: c }), url, command),
        10_000, `reader ${command} in ${url}`) as ReaderState;
      // Reader view's tools come after its first paint: after an open, a test goes on once they are there.
      // (Polled: puppeteer's waitForSelector re-checks on light-DOM mutations only, and this attribute is in the shadow root.)
      if (state.status === 'open' && command === 'open') {
        // Through Document.prototype: a hostile page may clobber `document.querySelector` with a named element.
        await page.waitForFunction(() => !!Document.prototype.querySelector.call(document, 'clearpage-reader')?.shadowRoot
          ?.querySelector('.reader[data-tools]'), { polling: 50 });
      }
      return state;
    },
    async reset() {
      await inExtension(async () => {
        const ext = (globalThis as any).browser;
        // Only what holds something is cleared (storage.sync counts writes).
        await Promise.all([ext.storage.sync, ext.storage.local].map(async (area: any) => {
          if (Object.keys(await area.get(null)).length) await area.clear();
        }));
        const scripts = await ext.scripting.getRegisteredContentScripts();
        if (scripts.length) await ext.scripting.unregisterContentScripts({ ids: scripts.map((script: { id: string }) => script.id) });
        await ext.action.setPopup({ popup: 'popup.html' });
      });
    },
    async close() {
      await browser.close().catch(() => {});
      for (const dir of [profile, downloads]) rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

/** The run's Firefox of `kind`, launched on first use. */
export const firefoxOf = (kind: FirefoxKind = 'test') => shared(`firefox-${kind}`, () => launchFirefox(kind));

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
