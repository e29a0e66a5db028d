// Firefox internals for the site-memory tests: user input in the popup, the real permission prompt, the popup's
// picture, and real mouse input on elements inside reader view.
import { expect } from 'vitest';
import { writeFileSync } from 'node:fs';
import type { ElementHandle, Page } from 'puppeteer-core';
import { extensionOrigin, type Firefox } from './firefox';
import type { FirefoxPopup } from './firefox-popup';

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
  await expect.poll(() => firefox.chrome<boolean>(`!!${prompt} && PopupNotifications.panel.state === 'open'`),
    { timeout: 5000, message: 'Firefox shows its permission prompt' }).toBe(true);
  return firefox.chrome<string>(`(() => { const n = ${prompt};
    const text = [n.querySelector('.popup-notification-description')?.textContent, ...[...n.querySelectorAll('li')].map((li) => li.textContent)].join(' | ');
    (${allow} ? n.button : n.secondaryButton).click(); return text; })()`);
}

/** A PNG of the open popup panel, drawn from its <browser> in the chrome window (puppeteer cannot see the panel). */
export async function popupScreenshot(firefox: Firefox, path: string): Promise<void> {
  const url = await firefox.chrome<string>(`(async () => {
    const b = [...document.querySelectorAll('browser')].find((x) => x.currentURI?.spec?.startsWith('${extensionOrigin}/popup.html'));
    const bitmap = await b.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
    const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
    canvas.width = bitmap.width; canvas.height = bitmap.height;
    canvas.getContext('2d').drawImage(bitmap, 0, 0);
    return canvas.toDataURL('image/png');
  })()`);
  writeFileSync(path, Buffer.from(url.replace(/^data:image\/png;base64,/, ''), 'base64'));
}

/**
 * The first element in reader view matching `selector` whose text (or its list row's) contains `text`, once it is
 * there (within 5 s). Puppeteer's ElementHandle.click()/hover() on it are real mouse input (trusted events).
 */
export async function inReaderView(page: Page, selector: string, text = ''): Promise<ElementHandle<Element>> {
  const found = await page.waitForFunction((sel: string, needle: string) =>
    Array.from(document.querySelector('clearpage-reader')?.shadowRoot?.querySelectorAll(sel) ?? [])
      .find((node) => ((node.closest('li') ?? node).textContent ?? '').includes(needle)) ?? false,
  { polling: 50, timeout: 5000 }, selector, text).catch((error: Error) => {
    throw new Error(`reader view shows no ${selector} ${text}: ${error.message}`);
  });
  return found.asElement() as ElementHandle<Element>;
}
