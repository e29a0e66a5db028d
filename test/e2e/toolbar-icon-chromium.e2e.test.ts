import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumOf, type Chromium } from './harness/chromium';
import { TargetWatch } from './harness/cdp-watch';
import { within } from './harness/within';

// The toolbar icon follows reader view's state per tab (background: the `reader-state` report). A tab closed just
// after reader view opened or closed in it is gone by the time the icon changes: that must stay quiet.
describe('Chromium: the toolbar icon for a tab that has just closed', () => {
  let browser: Chromium;
  let watch: TargetWatch;

  beforeAll(async () => {
    browser = await chromiumOf('test');
    watch = await TargetWatch.find(browser.cdp, (t) => t.type === 'service_worker' && t.url.endsWith('/background.js'), 'service worker');
  });
  afterAll(() => watch?.detach());

  it('leaves no "Unchecked runtime.lastError" in the service worker', async () => {
    const before = watch.errors.length;
    await within((await browser.worker()).evaluate(async () => {
      // The report as a tab's content script sends it, from a tab that no longer exists.
      (chrome.runtime.onMessage as unknown as { dispatch(message: object, sender: object, respond: () => void): void })
        .dispatch({ type: 'reader-state', state: { status: 'open' } }, { tab: { id: 987_654_321 }, frameId: 0 }, () => {});
      // The same change asked again (for another closed tab, its error read): Chromium loads the icon files, then asks
      // the browser, in order; once this one has answered, the report's own change has been answered and logged too.
      await new Promise<void>((done) => chrome.action.setIcon({ tabId: 987_654_322, path: { 16: 'icons/icon-on-16.png', 32: 'icons/icon-on-32.png' } },
        () => done(void chrome.runtime.lastError)));
    }), 5000, 'a report from a closed tab');
    await watch.flush();
    expect(watch.errors.slice(before)).toEqual([]);
  });
});
