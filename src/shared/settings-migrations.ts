import { defaults, sanitizePatch, type Settings } from './settings';

type Stored = Record<string, unknown>;

/** The stored schema version; bump it and add a step below when a key is renamed or a value changes meaning. */
export const settingsVersion = 1;

// Step N turns version N−1 into N. Version 0 is the prototype's layout: `size`, `width`, a `night` theme.
const legacyKeys = new Set(['size', 'width']);
const steps: Record<number, (stored: Stored) => Stored> = {
  1: ({ size, width, theme, ...rest }) => ({
    ...rest,
    ...(size !== undefined && rest.fontSize === undefined ? { fontSize: size } : {}),
    ...(width !== undefined && rest.contentWidth === undefined ? { contentWidth: width } : {}),
    ...(theme !== undefined ? { theme: theme === 'night' ? 'dark' : theme } : {}),
  }),
};

export interface Migration {
  /** Valid values to write (invalid ones are dropped, so they read as their default). */
  write: Partial<Settings> & { settingsVersion: number };
  /** Keys that no version uses any more. */
  remove: string[];
}

/** What to write so stored settings of any older version read correctly now; valid values are never lost. */
export function migrateSettings(stored: Stored): Migration | null {
  // Storage that holds no settings at all (only per-site rules, say) has nothing to migrate and gets no version.
  if (!Object.keys(stored).some((key) => key in defaults || legacyKeys.has(key))) return null;
  const from = typeof stored.settingsVersion === 'number' ? stored.settingsVersion : 0;
  if (from >= settingsVersion) return null;
  let current: Stored = { ...stored };
  for (let version = from + 1; version <= settingsVersion; version += 1) current = steps[version]?.(current) ?? current;
  const remove = Object.keys(stored).filter((key) => !(key in current));
  return { write: { ...sanitizePatch(current), settingsVersion }, remove };
}
