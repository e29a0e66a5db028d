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

/** Calls `onChange` with the full, validated settings whenever ours change; stops when `signal` aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' || !Object.keys(changes).some((key) => key in defaults)) return;
    void loadSettings().then((settings) => {
      if (!signal.aborted) onChange(settings);
    });
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
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
