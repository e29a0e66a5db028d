import browser from './browser';
import { defaults, sanitizePatch, validateSettings, type Settings } from './settings';
import { migrateSettings } from './settings-migrations';

const keys = Object.keys(defaults);

export async function loadSettings(): Promise<Settings> {
  try {
    return validateSettings(await browser.storage.sync.get(keys));
  } catch {
    return { ...defaults };
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  await browser.storage.sync.set(sanitizePatch(patch));
}

export interface FollowedSettings {
  /** The settings read after subscribing: what to open with. */
  ready: Promise<Settings>;
  current(): Settings;
  /** Settings read earlier (the prepared article's): what `current()` gives until this follower's own first read is in. */
  seed(settings: Settings): void;
  /** Called with the full, validated settings after each change that lands once `ready` resolved or later. */
  onChange(listener: (settings: Settings) => void): void;
}

/**
 * Our settings now and as they change, until `signal` aborts. It subscribes before it reads, so a change that lands
 * while the reader is still opening is applied, not lost; of overlapping reads, only the newest counts.
 */
export function followSettings(signal: AbortSignal): FollowedSettings {
  let current: Settings | null = null;
  let seeded: Settings | null = null;
  let asked = 0;
  let newest = 0;
  const listeners: ((settings: Settings) => void)[] = [];
  const read = (): Promise<Settings> => {
    const id = ++asked;
    return loadSettings().then((settings) => {
      if (id > newest && !signal.aborted) {
        newest = id;
        current = settings;
        for (const listener of listeners) listener(settings);
      }
      return current!;
    });
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && Object.keys(changes).some((key) => key in defaults)) void read();
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
  return {
    ready: read(),
    current: () => current ?? seeded ?? { ...defaults },
    seed: (settings) => { seeded = settings; },
    onChange: (listener) => void listeners.push(listener),
  };
}

/** Brings stored settings up to the current schema (run when the extension is installed or updated). */
export async function migrateStoredSettings(): Promise<void> {
  const stored = await browser.storage.sync.get(null);
  // A fresh install, or storage with only site rules, has no settings to migrate: it is left untouched.
  const migration = migrateSettings(stored);
  if (!migration) return;
  await browser.storage.sync.set(migration.write);
  if (migration.remove.length) await browser.storage.sync.remove(migration.remove);
}
