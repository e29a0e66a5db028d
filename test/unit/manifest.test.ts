import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
// @ts-expect-error plain JavaScript build helper
import { manifestFor } from '../../scripts/manifest.mjs';

const source = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../manifest.json'), 'utf8'));
// contextMenus: "Open reader view" and "Read selection in reader view" in the page's menu (a click there grants activeTab).
const allowed = ['activeTab', 'contextMenus', 'scripting', 'storage'];

describe.each(['chrome', 'firefox'] as const)('%s manifest derived from the one source', (target) => {
  const manifest = manifestFor(source, target, '1.2.3');

  it('asks for no permission beyond activeTab, contextMenus, scripting and storage (sites only optionally), and runs nothing on pages by itself', () => {
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual([...allowed].sort());
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    // Auto-open asks for one site at a time, at the moment the reader ticks it (the whole web is never requested).
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.version).toBe('1.2.3');
  });

  it('has a keyboard command with a default key other than Chromium’s own Reading-mode key', () => {
    const key = manifest.commands['toggle-reader'].suggested_key.default;
    expect(key).toMatch(/^(Alt|Ctrl)\+/);
    expect(key).not.toBe('Alt+Shift+R');
  });

  it('uses the background form its browser runs', () => {
    if (target === 'chrome') {
      expect(manifest.background).toEqual({ service_worker: 'background.js' });
      expect(manifest.browser_specific_settings).toBeUndefined();
    } else {
      expect(manifest.background).toEqual({ scripts: ['background.js'] });
      expect(manifest.browser_specific_settings.gecko.id).toBeTruthy();
      expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    }
  });
});
