// Firefox's own context menu for a page (chrome scope): opened by a real right-click, read, and an item chosen as a
// person's click chooses it (which grants the extension activeTab for the tab).
import { expect } from 'vitest';
import type { Page } from 'puppeteer-core';
import { geckoId, type Firefox } from './firefox';

const menu = `document.getElementById('contentAreaContextMenu')`;
// Firefox's id for the extension's items: its widget id, then "-menuitem-_" and the item's own id.
const ours = `[...${menu}.querySelectorAll('[id^="${geckoId.replace(/[^a-z0-9_-]/gi, '_')}-menuitem-_"]')]`;

/** Right-clicks at `point` and returns the extension's items the menu shows (id and label), once it is open. */
export async function openContextMenu(firefox: Firefox, page: Page, point: { x: number; y: number }): Promise<{ id: string; label: string }[]> {
  await page.mouse.click(point.x, point.y, { button: 'right' });
  await expect.poll(() => firefox.chrome<string>(`${menu}.state`), { timeout: 5000, message: 'Firefox opens its context menu' }).toBe('open');
  return firefox.chrome(`${ours}.filter((item) => !item.hidden).map((item) => ({ id: item.id.replace(/^.*-menuitem-_/, ''), label: item.label }))`);
}

/** Chooses the extension's item `id` in the open menu. */
export function chooseContextMenuItem(firefox: Firefox, id: string): Promise<void> {
  return firefox.chrome(`(() => { const item = ${ours}.find((node) => node.id.endsWith('-menuitem-_${id}'));
    ${menu}.activateItem(item); })()`);
}
