import { describe, expect, it } from 'vitest';
import { injectionErrorMessage, restrictedReason } from '../../src/shared/restricted';

describe('pages reader view cannot run on', () => {
  it.each([
    'chrome://settings/', 'chrome-extension://abc/popup.html', 'about:preferences', 'about:blank', 'view-source:https://example.com/',
    'https://chromewebstore.google.com/detail/x', 'https://addons.mozilla.org/en-US/firefox/', 'https://example.com/paper.pdf',
    'moz-extension://uuid/popup.html', 'edge://settings',
  ])('%s gets a plain reason', (url) => {
    expect(restrictedReason(url)).toMatch(/cannot run/);
  });

  it.each(['https://example.com/news/story', 'http://127.0.0.1:8080/a.html', undefined])('%s is allowed', (url) => {
    expect(restrictedReason(url)).toBeNull();
  });

  it('turns browser errors into plain words', () => {
    expect(injectionErrorMessage(new Error('Cannot access a chrome:// URL'))).toMatch(/does not let extensions/);
    expect(injectionErrorMessage(new Error('Missing host permission for the tab'))).toMatch(/does not let extensions/);
  });
});
