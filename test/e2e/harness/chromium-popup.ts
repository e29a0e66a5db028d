// The real toolbar button and popup in Chromium: CDP's Extensions.triggerAction is handled like a person's click
// (it grants activeTab and opens the popup), and a raw CDP session drives the popup, which Playwright does not expose.
import type { CDPSession, Page } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import type { Chromium } from './chromium';
import { within } from './within';

type TargetInfo = { targetId: string; type: string; url: string };

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

  /** One CDP call into the popup, answered within 5 s or failed with its name. */
  send<T = any>(method: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    const result = new Promise<T>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    void this.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) })
      .catch((error: Error) => this.pending.get(id)?.reject(error));
    return within(result, 5000, `popup ${method}`).finally(() => this.pending.delete(id));
  }

  async evaluate<T = unknown>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`popup: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  }

  /** Waits until `expression` is true in the popup, checking every 25 ms, for `timeout` ms in all. */
  async waitFor(expression: string, timeout = 5000): Promise<void> {
    const end = Date.now() + timeout;
    for (;;) {
      if (await this.evaluate<boolean>(`!!(${expression})`)) return;
      if (Date.now() > end) throw new Error(`popup: ${expression} still false after ${timeout} ms`);
      await new Promise((done) => setTimeout(done, 25));
    }
  }

  /** The middle of the element, in the popup's CSS pixels. */
  async center(selector: string): Promise<{ x: number; y: number }> {
    const box = await this.evaluate<{ x: number; y: number } | null>(`(() => {
      const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return null;
      const r = el.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`);
    if (!box) throw new Error(`popup: no element ${selector}`);
    return box;
  }

  /** A real mouse click (press and release) at the middle of the element. */
  async click(selector: string): Promise<void> {
    const { x, y } = await this.center(selector);
    for (const type of ['mousePressed', 'mouseReleased']) {
      await this.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 });
    }
  }

  /** A real mouse gesture: press at `from`, move in steps to `to`, and release unless `release` is false. */
  async drag(from: { x: number; y: number }, to: { x: number; y: number }, release = true): Promise<void> {
    await this.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...from, button: 'left', clickCount: 1 });
    for (let step = 1; step <= 5; step += 1) {
      const x = from.x + ((to.x - from.x) * step) / 5;
      const y = from.y + ((to.y - from.y) * step) / 5;
      await this.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y, button: 'left', buttons: 1 });
    }
    if (release) await this.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...to, button: 'left', clickCount: 1 });
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

  /** Closes the popup as the browser does when a person clicks back on the page. */
  async close(): Promise<void> {
    await within(this.cdp.send('Target.closeTarget', { targetId: this.targetId }), 5000, 'closing the popup').catch(() => {});
    this.cdp.off('Target.receivedMessageFromTarget', this.listener);
  }
}

async function targets(cdp: CDPSession, type?: string): Promise<TargetInfo[]> {
  const { targetInfos } = await within(cdp.send('Target.getTargets', type ? { filter: [{ type }] } : {}), 5000, 'Target.getTargets');
  return targetInfos as TargetInfo[];
}

/** Ids of the extension's popups open now. */
export async function openPopups(browser: Chromium): Promise<string[]> {
  const popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;
  return (await targets(browser.cdp)).filter((t) => t.url.startsWith(popupUrl)).map((t) => t.targetId);
}

const nodeNow = () => performance.timeOrigin + performance.now();

/**
 * The page's clock (`performance.timeOrigin + performance.now()`) minus this process's, from the midpoint of one round
 * trip (±1 ms). Each clock fixes its wall time when its process or document starts: once the system clock is adjusted
 * in between, they differ by that much (4–5 s in a 30-minute benchmark run of 2026-12-04).
 */
async function pageClockOffset(page: Page): Promise<number> {
  const before = nodeNow();
  const at = await page.evaluate<number>('performance.timeOrigin + performance.now()');
  return at - (before + nodeNow()) / 2;
}

/**
 * Clicks the toolbar button for `page`'s tab the way a person's click is handled; returns when it was sent, on the
 * page's clock (comparable with times read in the page and in the popup it opens, whatever the system clock did).
 */
export async function triggerToolbarButton(browser: Chromium, page: Page): Promise<number> {
  await page.bringToFront();
  const tab = (await targets(browser.cdp, 'tab')).find((t) => t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  const offset = await pageClockOffset(page);
  const triggeredAt = nodeNow() + offset;
  await within(browser.cdp.send('Extensions.triggerAction' as never, { id: browser.extensionId, targetId: tab.targetId } as never),
    5000, 'Extensions.triggerAction');
  return triggeredAt;
}

/** The toolbar button clicked for `page`'s tab, and its popup once it says it is ready. One try: no retries. */
export async function clickToolbarButton(browser: Chromium, page: Page): Promise<Popup> {
  const triggeredAt = await triggerToolbarButton(browser, page);
  const end = Date.now() + 5000;
  let targetId: string | undefined;
  while (!(targetId = (await openPopups(browser))[0])) {
    if (Date.now() > end) throw new Error('the popup did not open within 5 s of the toolbar click');
    await new Promise((done) => setTimeout(done, 25));
  }
  const { sessionId } = await within(browser.cdp.send('Target.attachToTarget', { targetId, flatten: false }), 5000, 'attaching to the popup');
  const popup = new Popup(browser.cdp, sessionId, targetId);
  popup.triggeredAt = triggeredAt;
  await popup.waitFor(`document.body && document.body.dataset.ready === '1'`);
  return popup;
}
