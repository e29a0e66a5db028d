// Debian's Chromium with the built extension, one per kind for the whole run (see shared.ts).
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ReaderCommand, ReaderState } from '../../../src/shared/messages';
import { shared } from './shared';
import { within } from './within';
import { startXvfb } from './xvfb';
import { newProfile } from './profile';

const dist = resolve(import.meta.dirname, '..', '..', '..', 'dist');
// Playwright reports the service worker's own requests as context events only with this set before launch (privacy test).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
const executable = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) => existsSync(path)) ?? '/usr/bin/chromium';

/**
 * `test`: the test build (dist/test/chrome: a background hook runs reader commands, access to 127.0.0.1), headless.
 * `product`: the real build, headless: the toolbar button, the popup, one-click reading, activeTab.
 * `headed`: the real build in a window under Xvfb (extension shortcuts only fire for real X key events).
 * `uk`: the real build with a Ukrainian UI.
 */
export type ChromiumKind = 'test' | 'product' | 'headed' | 'uk';

export interface Chromium {
  kind: ChromiumKind;
  context: BrowserContext;
  extensionId: string;
  cdp: CDPSession;
  /** Xvfb's display, for the `headed` kind. */
  display?: string;
  /** A new tab whose waits are bounded (5 s for actions, 15 s for loads). */
  newPage(): Promise<Page>;
  worker(): Promise<Worker>;
  /** The test build only: runs the reader's `command` in the tab showing `page`, through the background. */
  reader(page: Page, command: ReaderCommand): Promise<ReaderState>;
  /** Everything the extension stored or registered is gone, and the toolbar button opens the popup again. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** A Chromium of its own (the benchmark's): `extension` replaces the kind's build folder, `args` are added flags. */
export async function launchChromium(kind: ChromiumKind, options: { extension?: string; args?: string[] } = {}): Promise<Chromium> {
  const extension = options.extension ?? join(dist, kind === 'test' ? 'test/chrome' : 'chrome');
  const userDataDir = newProfile('chromium');
  const xvfb = kind === 'headed' ? await startXvfb() : null;
  const env = { ...process.env, ...(xvfb ? { DISPLAY: xvfb.display } : {}),
    ...(kind === 'uk' ? { LANGUAGE: 'uk', LANG: 'uk_UA.UTF-8' } : {}) };
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: executable,
    headless: kind !== 'headed',
    env,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
      '--enable-unsafe-extension-debugging', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-sandbox',
      ...(kind === 'uk' ? ['--lang=uk'] : []),
      ...(options.args ?? []),
    ],
  }).catch((error: unknown) => {
    xvfb?.stop();
    throw error;
  });
  const worker = async () => context.serviceWorkers().find((w) => w.url().endsWith('/background.js'))
    ?? within(context.waitForEvent('serviceworker'), 10_000, 'the extension service worker');
  const extensionId = new URL((await worker()).url()).host;
  const cdp = await context.browser()!.newBrowserCDPSession();
  // The control page (an extension page the tests message the background from) is opened first, behind every test tab:
  // a tab in the background gets no animation frames, and the tab under test must be the one in front.
  let control: Page | null = null;
  const controlPage = async () => {
    if (control && !control.isClosed()) return control;
    control = await context.newPage();
    await control.goto(`chrome-extension://${extensionId}/${kind === 'test' ? 'test.html' : 'options.html'}`);
    return control;
  };
  await controlPage();
  const newPage = async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(5000);
    page.setDefaultNavigationTimeout(15_000);
    return page;
  };
  // The first tab Chromium opens by itself stays as the window's last tab, so closing test tabs never closes the window.
  for (const page of context.pages()) page.setDefaultTimeout(5000);
  return {
    kind, context, extensionId, cdp, display: xvfb?.display, newPage, worker,
    async reader(page, command) {
      if (kind !== 'test') throw new Error('reader commands need the test build');
      const url = page.url();
      const state: ReaderState = await within((await controlPage()).evaluate(([u, c]) => chrome.runtime.sendMessage({ type: 'test-run', url: u, command: c }),
        [url, command] as const), 10_000, `reader ${command} in ${url}`);
      // Reader view's tools come after its first paint: after an open, a test goes on once they are there.
      if (state.status === 'open' && command === 'open') await page.locator('clearpage-reader .reader[data-tools]').waitFor();
      return state;
    },
    async reset() {
      await within((await controlPage()).evaluate(async () => {
        // Only what holds something is cleared: storage.sync allows 120 writes a minute, and a clear is one.
        await Promise.all([chrome.storage.sync, chrome.storage.local].map(async (area) => {
          if (Object.keys(await area.get(null)).length) await area.clear();
        }));
        const scripts = await chrome.scripting.getRegisteredContentScripts();
        if (scripts.length) await chrome.scripting.unregisterContentScripts({ ids: scripts.map((script) => script.id) });
        await chrome.action.setPopup({ popup: 'popup.html' });
      }), 5000, 'resetting the extension\'s storage');
    },
    async close() {
      await context.close().catch(() => {});
      xvfb?.stop();
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

/** The run's Chromium of `kind`, launched on first use. */
export const chromiumOf = (kind: ChromiumKind = 'test') => shared(`chromium-${kind}`, () => launchChromium(kind));
