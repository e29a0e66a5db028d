import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const chromeDist = resolve(import.meta.dirname, '..', '..', '..', 'dist', 'chrome');
const executable = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) => existsSync(path)) ?? '/usr/bin/chromium';

export interface Chromium {
  context: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
  cdp: CDPSession;
  close(): Promise<void>;
}

/** Debian's Chromium with the built extension loaded, headless unless a display is asked for (Xvfb). */
export async function launchChromium(options: { headless?: boolean; extension?: string; locale?: string; args?: string[] } = {}): Promise<Chromium> {
  const extension = options.extension ?? chromeDist;
  const userDataDir = mkdtempSync(join(tmpdir(), 'clearpage-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: executable,
    headless: options.headless ?? true,
    // On Linux, Chromium takes its UI language (and so the extension's) from the environment.
    env: options.locale ? { ...process.env, LANGUAGE: options.locale, LANG: `${options.locale}_UA.UTF-8` } : { ...process.env },
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
      '--enable-unsafe-extension-debugging', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-sandbox',
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      ...(options.args ?? []),
    ],
  });
  const worker = async () => context.serviceWorkers().find((w) => w.url().endsWith('/background.js')) ?? context.waitForEvent('serviceworker');
  const extensionId = new URL((await worker()).url()).host;
  const cdp = await context.browser()!.newBrowserCDPSession();
  return {
    context, extensionId, worker, cdp,
    async close() {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

type TargetInfo = { targetId: string; type: string; url: string };

/** A raw CDP session to the real popup (Playwright does not expose extension popups as pages). */
export class Popup {
  /** When the toolbar click was sent (`performance.timeOrigin + performance.now()` in Node), for timing. */
  triggeredAt = 0;
  private nextId = 1;
  private pending = new Map<number, { resolve(value: any): void; reject(error: Error): void }>();
  private listener = (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== this.sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    const waiter = message.id === undefined ? undefined : this.pending.get(message.id);
    if (!waiter) return;
    this.pending.delete(message.id!);
    if (message.error) waiter.reject(new Error(message.error.message));
    else waiter.resolve(message.result);
  };

  constructor(private cdp: CDPSession, private sessionId: string, readonly targetId: string) {
    cdp.on('Target.receivedMessageFromTarget', this.listener);
  }

  send<T = any>(method: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    const result = new Promise<T>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    void this.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) });
    return result;
  }

  async evaluate<T = unknown>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`popup: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  }

  async waitFor(expression: string, timeout = 5000): Promise<void> {
    const end = Date.now() + timeout;
    while (!(await this.evaluate<boolean>(`!!(${expression})`))) {
      if (Date.now() > end) throw new Error(`popup: timed out waiting for ${expression}`);
      await new Promise((done) => setTimeout(done, 25));
    }
  }

  /** A real mouse click (press and release) at the middle of the element. */
  async click(selector: string): Promise<void> {
    const box = await this.evaluate<{ x: number; y: number } | null>(`(() => {
      const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return null;
      const r = el.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`);
    if (!box) throw new Error(`popup: no element ${selector}`);
    for (const type of ['mousePressed', 'mouseReleased']) {
      await this.send('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 });
    }
  }

  /** A real key press into the popup (goes to whatever has focus). */
  async press(key: 'Enter' | 'Space' | 'Tab'): Promise<void> {
    const codes = { Enter: [13, '\r'], Space: [32, ' '], Tab: [9, ''] } as const;
    const [keyCode, text] = codes[key];
    const name = key === 'Space' ? ' ' : key;
    await this.send('Input.dispatchKeyEvent', { type: 'keyDown', key: name, code: key, windowsVirtualKeyCode: keyCode, text });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', key: name, code: key, windowsVirtualKeyCode: keyCode });
  }

  /** Names of the popup's buttons as the accessibility tree gives them. */
  async buttonNames(): Promise<string[]> {
    const { nodes } = await this.send<{ nodes: { role?: { value: string }; name?: { value: string } }[] }>('Accessibility.getFullAXTree');
    return nodes.filter((n) => n.role?.value === 'button').map((n) => n.name?.value ?? '');
  }

  async screenshot(path: string): Promise<void> {
    const { data } = await this.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    writeFileSync(path, Buffer.from(data, 'base64'));
  }

  async close(): Promise<void> {
    await this.cdp.send('Target.closeTarget', { targetId: this.targetId }).catch(() => {});
    this.cdp.off('Target.receivedMessageFromTarget', this.listener);
  }
}

async function targets(cdp: CDPSession, type?: string): Promise<TargetInfo[]> {
  const { targetInfos } = await cdp.send('Target.getTargets', type ? { filter: [{ type }] } : {});
  return targetInfos as TargetInfo[];
}

/** Clicks the toolbar button for `page`'s tab the way a user's click is handled (grants activeTab); returns when. */
export async function triggerToolbarButton(browser: Chromium, page: Page): Promise<number> {
  await page.bringToFront();
  const tab = (await targets(browser.cdp, 'tab')).find((t) => t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  const triggeredAt = performance.timeOrigin + performance.now();
  await browser.cdp.send('Extensions.triggerAction' as never, { id: browser.extensionId, targetId: tab.targetId } as never);
  return triggeredAt;
}

/** Ids of the extension's popups open now. */
export async function openPopups(browser: Chromium): Promise<string[]> {
  const popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;
  return (await targets(browser.cdp)).filter((t) => t.url.startsWith(popupUrl)).map((t) => t.targetId);
}

/** Clicks the toolbar button for `page`'s tab (grants activeTab like a real click) and returns its popup, ready. */
export async function clickToolbarButton(browser: Chromium, page: Page): Promise<Popup> {
  for (const stale of await openPopups(browser)) {
    await browser.cdp.send('Target.closeTarget', { targetId: stale }).catch(() => {});
  }
  const triggeredAt = await triggerToolbarButton(browser, page);
  const end = Date.now() + 5000;
  let targetId: string | undefined;
  while (!(targetId = (await openPopups(browser))[0])) {
    if (Date.now() > end) throw new Error('the popup did not open');
    await new Promise((done) => setTimeout(done, 25));
  }
  const { sessionId } = await browser.cdp.send('Target.attachToTarget', { targetId, flatten: false });
  const popup = new Popup(browser.cdp, sessionId, targetId);
  popup.triggeredAt = triggeredAt;
  await popup.waitFor(`document.body && document.body.dataset.ready === '1'`);
  return popup;
}

/** The whole user path to an open reader: toolbar click, popup toggle, overlay shown, popup closed. */
export async function openReader(browser: Chromium, page: Page): Promise<void> {
  const popup = await clickToolbarButton(browser, page);
  await popup.click('#toggle');
  await page.locator('clearpage-reader [role=dialog][aria-modal=true]').waitFor();
  await popup.close();
}
