import { describe, expect, it } from 'vitest';
import { defaults, sanitizePatch, validateSettings } from '../../src/shared/settings';

describe('settings: the defaults object is the schema', () => {
  it('gives the defaults for nothing stored', () => {
    expect(validateSettings(undefined)).toEqual(defaults);
    expect(validateSettings(null)).toEqual(defaults);
    expect(validateSettings('garbage')).toEqual(defaults);
  });

  it('keeps valid values and falls back per key for bad ones, never throwing', () => {
    const stored = { theme: 'sepia', font: 'comic', fontSize: 999, contentWidth: 800, lineHeight: 'tall', openOnToolbarClick: 1 };
    expect(validateSettings(stored)).toEqual({ ...defaults, theme: 'sepia', contentWidth: 800 });
  });

  it('rejects NaN, Infinity and values of the wrong type', () => {
    expect(validateSettings({ fontSize: Number.NaN, contentWidth: Infinity, theme: 3 })).toEqual(defaults);
  });

  it('ignores foreign keys', () => {
    const settings = validateSettings({ theme: 'dark', somethingElse: true, __proto__: { font: 'mono' } });
    expect(settings).toEqual({ ...defaults, theme: 'dark' });
    expect(Object.keys(settings).sort()).toEqual(Object.keys(defaults).sort());
  });

  it('writes only valid keys of ours', () => {
    expect(sanitizePatch({ theme: 'dark', fontSize: 3, bogus: 1 } as never)).toEqual({ theme: 'dark' });
  });
});
