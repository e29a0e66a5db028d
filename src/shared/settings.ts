// The defaults object is the schema: every key, its type and (for choices) its allowed values live here.
export const defaults = {
  theme: 'auto' as Theme,
  font: 'serif' as Font,
  fontSize: 20,
  contentWidth: 680,
  lineHeight: 1.6,
  letterSpacing: 0,
  wordSpacing: 0,
  textAlign: 'start' as TextAlign,
  showImages: true,
  openOnToolbarClick: false,
};

export type Settings = typeof defaults;
export type Theme = 'auto' | 'light' | 'sepia' | 'dark';
export type Font = 'serif' | 'sans' | 'mono';
export type TextAlign = 'start' | 'justify';

export const choices = {
  theme: ['auto', 'light', 'sepia', 'dark'],
  font: ['serif', 'sans', 'mono'],
  textAlign: ['start', 'justify'],
} as const satisfies Partial<Record<keyof Settings, readonly string[]>>;

export const ranges = {
  fontSize: { min: 12, max: 36, step: 1 },
  contentWidth: { min: 420, max: 1200, step: 20 },
  lineHeight: { min: 1.2, max: 2.4, step: 0.1 },
  /** In em: 0 is the font's own spacing. */
  letterSpacing: { min: 0, max: 0.2, step: 0.01 },
  wordSpacing: { min: 0, max: 0.5, step: 0.05 },
} as const satisfies Partial<Record<keyof Settings, { min: number; max: number; step: number }>>;

function validValue<K extends keyof Settings>(key: K, value: unknown): value is Settings[K] {
  const fallback = defaults[key];
  if (typeof value !== typeof fallback) return false;
  if (key in choices) return (choices[key as keyof typeof choices] as readonly unknown[]).includes(value);
  if (key in ranges) {
    const { min, max } = ranges[key as keyof typeof ranges];
    return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
  }
  return true;
}

/** Any stored object → complete, valid settings. Bad or foreign values fall back to their default; never throws. */
export function validateSettings(stored: unknown): Settings {
  const source = (stored !== null && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const result = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof Settings)[]) {
    const value = Object.hasOwn(source, key) ? source[key] : undefined;
    if (validValue(key, value)) (result as Record<string, unknown>)[key] = value;
  }
  return result;
}

/** Only the keys that are ours and valid; used before writing so a bad value never reaches storage. */
export function sanitizePatch(patch: Partial<Record<keyof Settings, unknown>>): Partial<Settings> {
  const clean: Partial<Settings> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (key in defaults && validValue(key as keyof Settings, value)) {
      (clean as Record<string, unknown>)[key] = value;
    }
  }
  return clean;
}
