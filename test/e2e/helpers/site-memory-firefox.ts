// Firefox internals for the site-memory tests: user input in the popup and the real permission prompt.
import { writeFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { extensionUuid, type Firefox, type FirefoxPopup } from './firefox';

/**
 * Clicks in the popup as user input. A DOM click from a frame script is not user input, and permissions.request
 * refuses anything else: the click runs inside nsIDOMWindowUtils.setHandlingUserInput, as Firefox's own tests do.
 */
export function userClick(popup: FirefoxPopup, selector: string): Promise<void> {
  return popup.evaluate(`(() => { const input = content.windowUtils.setHandlingUserInput(true);
    try { content.document.querySelector(${JSON.stringify(selector)}).click(); } finally { input.destruct(); } })()`);
}

const prompt = `document.getElementById('addon-webext-permissions-notification')`;

/** Waits for Firefox's own "requests additional permissions" prompt, returns its text, and answers it. */
export async function answerPermissionPrompt(firefox: Firefox, allow: boolean): Promise<string> {
  const end = Date.now() + 8000;
  while (!(await firefox.chrome<boolean>(`!!${prompt} && PopupNotifications.panel.state === 'open'`))) {
    if (Date.now() > end) throw new Error('no permission prompt');
    await new Promise((done) => setTimeout(done, 50));
  }
  return firefox.chrome<string>(`(() => { const n = ${prompt};
    const text = [n.querySelector('.popup-notification-description')?.textContent, ...[...n.querySelectorAll('li')].map((li) => li.textContent)].join(' | ');
    (${allow} ? n.button : n.secondaryButton).click(); return text; })()`);
}

/** An extension page in a tab of its own (options.html), to read and write the extension's storage and permissions. */
export async function openExtensionPage(firefox: Firefox): Promise<Page> {
  const page = await firefox.browser.newPage();
  const bidi = (method: string, params: object) => (firefox.browser as any).connection.send(method, params);
  await bidi('browsingContext.navigate', { context: (page.mainFrame() as any)._id, url: `moz-extension://${extensionUuid}/options.html`, wait: 'none' });
  await page.waitForFunction(() => document.body?.dataset.ready === '1', { polling: 100 });
  return page;
}

/** Runs `expression` (may use `browser`, may be async) in that extension page. */
export function inExtension<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(`(async () => (${expression}))()`) as Promise<T>;
}

/** Where the first element in reader view matching `selector` is (its list row or itself containing `text`). */
function readerBox(page: Page, selector: string, text: string) {
  return page.evaluate((sel, needle) => {
    const root = document.querySelector('clearpage-reader')?.shadowRoot;
    const el = Array.from(root?.querySelectorAll(sel) ?? []).find((node) => ((node.closest('li') ?? node).textContent ?? '').includes(needle));
    if (!el) return null;
    el.scrollIntoView({ block: 'center' });
    const rect = el.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + Math.min(rect.height / 2, 12) };
  }, selector, text);
}

/** A real mouse click on an element in reader view (see readerBox). */
export async function clickInReader(page: Page, selector: string, text = ''): Promise<void> {
  const box = await readerBox(page, selector, text);
  if (!box) throw new Error(`nothing in reader view matches ${selector} ${text}`);
  await page.mouse.click(box.x, box.y);
}

/** Moves the mouse over an element in reader view. */
export async function hoverInReader(page: Page, selector: string, text = ''): Promise<void> {
  const box = await readerBox(page, selector, text);
  if (!box) throw new Error(`nothing in reader view matches ${selector} ${text}`);
  await page.mouse.move(box.x, box.y);
}

/** A PNG of the open popup panel, drawn from its <browser> in the chrome window (puppeteer cannot see the panel). */
export async function popupScreenshot(firefox: Firefox, path: string): Promise<void> {
  const url = await firefox.chrome<string>(`(async () => {
    const b = [...document.querySelectorAll('browser')].find((x) => x.currentURI?.spec?.startsWith('moz-extension://${extensionUuid}/popup.html'));
    const bitmap = await b.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
    const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
    canvas.width = bitmap.width; canvas.height = bitmap.height;
    canvas.getContext('2d').drawImage(bitmap, 0, 0);
    return canvas.toDataURL('image/png');
  })()`);
  writeFileSync(path, Buffer.from(url.replace(/^data:image\/png;base64,/, ''), 'base64'));
}

