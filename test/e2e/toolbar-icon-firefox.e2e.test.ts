import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { firefoxOf, geckoId, type Firefox } from './harness/firefox';
import { testServer, type TestServer } from './harness/server';

// The toolbar icon marks the tab where reader view is open (background: the `reader-state` report), read from
// Firefox's own record of the button for the selected tab (chrome scope).
describe('Firefox ESR: the toolbar icon follows reader view', () => {
  let firefox: Firefox;
  let server: TestServer;
  let page: Page;

  beforeAll(async () => {
    server = await testServer();
    firefox = await firefoxOf('test');
    page = await firefox.newPage();
  });
  beforeEach(async () => {
    await firefox.reset();
    await page.bringToFront();
  });
  afterAll(() => page?.close());

  const icon = () => firefox.chrome<string>(`(() => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const extension = WebExtensionPolicy.getByID(${JSON.stringify(geckoId)}).extension;
    return ExtensionParent.apiManager.global.browserActionFor(extension).action.getProperty(gBrowser.selectedTab, 'icon')[16];
  })()`);

  it('is "on" while reader view is open in the tab, and back to plain once it closes', async () => {
    await page.goto(`${server.origin}/pages/pick/story-1.html?icon`);
    expect(await icon()).toMatch(/\/icons\/icon-16\.png$/);
    expect((await firefox.reader(page, 'open')).status).toBe('open');
    await expect.poll(icon, { timeout: 5000, message: 'the icon turns on' }).toMatch(/\/icons\/icon-on-16\.png$/);
    expect((await firefox.reader(page, 'close')).status).toBe('closed');
    await expect.poll(icon, { timeout: 5000, message: 'the icon turns off' }).toMatch(/\/icons\/icon-16\.png$/);
  });
});
