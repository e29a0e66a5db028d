import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { injectionErrorMessage, restrictedReason } from '../../src/shared/restricted';

const english = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../src/_locales/en/messages.json'), 'utf8'));

describe('pages reader view cannot run on', () => {
  it.each([
    'chrome://settings/', 'chrome-extension://abc/popup.html', 'about:preferences', 'about:blank', 'view-source:https://example.com/',
    'https://chromewebstore.google.com/detail/x', 'https://addons.mozilla.org/en-US/firefox/', 'https://example.com/paper.pdf',
    'moz-extension://uuid/popup.html', 'edge://settings',
  ])('%s gets a plain reason', (url) => {
    const key = restrictedReason(url);
    expect(key).toMatch(/^restricted/);
    expect(english[key!].message).toMatch(/cannot run/);
  });

  it.each(['https://example.com/news/story', 'http://127.0.0.1:8080/a.html', undefined])('%s is allowed', (url) => {
    expect(restrictedReason(url)).toBeNull();
  });

  it('turns browser errors into plain words', () => {
    expect(injectionErrorMessage(new Error('Cannot access a chrome:// URL'))).toEqual(['injectionBlocked']);
    expect(injectionErrorMessage(new Error('Missing host permission for the tab'))).toEqual(['injectionBlocked']);
    expect(injectionErrorMessage(new Error('No tab with id: 4'))).toEqual(['pageGone']);
  });

  it('never puts the browser’s own (English) error text into the message; the console gets it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect(injectionErrorMessage(new Error('Frame with ID 0 is showing error page'))).toEqual(['injectionFailed']);
      expect(warn.mock.calls.flat().join(' ')).toContain('Frame with ID 0 is showing error page');
    } finally {
      warn.mockRestore();
    }
  });
});
