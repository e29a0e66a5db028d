import { beforeEach, describe, expect, it, vi } from 'vitest';

// The background's side of auto-open against a fake `browser`: exactly one site's script and permission,
// registered only with the permission, and both taken away when it is turned off.
const registered = new Map<string, { id: string; matches: string[]; js: string[] }>();
const granted = new Set<string>();
const calls: string[] = [];
vi.mock('../../src/shared/browser', () => ({
  default: {
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => ids.filter((id) => registered.has(id)).map((id) => registered.get(id)),
      registerContentScripts: async (scripts: { id: string; matches: string[]; js: string[] }[]) => {
        for (const script of scripts) registered.set(script.id, script);
        calls.push(`register ${scripts.map((s) => s.matches.join()).join()}`);
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        for (const id of ids) registered.delete(id);
        calls.push(`unregister ${ids.join()}`);
      },
      executeScript: async () => [{ result: { status: 'open' } }],
    },
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((origin) => granted.has(origin)),
      remove: async ({ origins }: { origins: string[] }) => {
        calls.push(`remove ${origins.join()}`);
        for (const origin of origins) granted.delete(origin);
        return true;
      },
      onAdded: { addListener: () => {} },
      onRemoved: { addListener: () => {} },
    },
    i18n: { getMessage: (key: string) => key },
  },
}));

const { setAutoOpen, autoOpenTab } = await import('../../src/background/auto-open');

describe('auto-open in the background', () => {
  beforeEach(() => {
    registered.clear();
    granted.clear();
    calls.length = 0;
  });

  it('registers nothing without the site’s permission', async () => {
    expect(await setAutoOpen('https://news.example/a/story', true)).toEqual({ on: false });
    expect(calls).toEqual([]);
  });

  it('registers auto-open.js for that one site once its permission is granted, and only once', async () => {
    granted.add('https://news.example/*');
    expect(await setAutoOpen('https://news.example/a/story', true)).toEqual({ on: true });
    expect(await setAutoOpen('https://news.example/b/other', true)).toEqual({ on: true });
    expect(calls).toEqual(['register https://news.example/*']);
    expect([...registered.values()]).toEqual([expect.objectContaining({ id: 'auto-open:https://news.example', js: ['auto-open.js'] })]);
  });

  it('turning it off unregisters the script and removes the permission for that site', async () => {
    granted.add('https://news.example/*');
    granted.add('https://other.example/*');
    await setAutoOpen('https://news.example/a', true);
    expect(await setAutoOpen('https://news.example/a', false)).toEqual({ on: false });
    expect(calls.slice(1)).toEqual(['unregister auto-open:https://news.example', 'remove https://news.example/*']);
    expect([...granted]).toEqual(['https://other.example/*']);
  });

  it('opens the reader only for a top frame of a registered site with its permission, never its home page', async () => {
    granted.add('https://news.example/*');
    await setAutoOpen('https://news.example/a', true);
    const tab = (url: string) => ({ id: 7, url, index: 0, highlighted: true, active: true, pinned: false, incognito: false });
    expect(await autoOpenTab(tab('https://news.example/a/story'), 0)).toBe(true);
    expect(await autoOpenTab(tab('https://news.example/a/story'), 3)).toBe(false);
    expect(await autoOpenTab(tab('https://news.example/'), 0)).toBe(false);
    expect(await autoOpenTab(tab('https://other.example/a/story'), 0)).toBe(false);
    granted.clear();
    expect(await autoOpenTab(tab('https://news.example/a/story'), 0)).toBe(false);
    expect(registered.size).toBe(0);
  });
});
