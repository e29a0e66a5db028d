import { describe, expect, it } from 'vitest';
import { migrateSettings, settingsVersion } from '../../src/shared/settings-migrations';
import { validateSettings, defaults } from '../../src/shared/settings';

describe('settings migrations', () => {
  it('moves the prototype layout to the current keys and drops the old ones', () => {
    const migration = migrateSettings({ size: 24, width: 800, theme: 'night', font: 'sans', lineHeight: 1.8 });
    expect(migration).toEqual({
      write: { fontSize: 24, contentWidth: 800, theme: 'dark', font: 'sans', lineHeight: 1.8, settingsVersion },
      remove: ['size', 'width'],
    });
  });

  it('keeps valid values, drops invalid and foreign ones, never throws', () => {
    const migration = migrateSettings({ size: 'huge', theme: 'plaid', font: 'mono', somebodyElses: 1 });
    expect(migration?.write).toEqual({ font: 'mono', settingsVersion });
    expect(migration?.remove).toEqual(['size']);
    expect(validateSettings({ ...migration?.write })).toEqual({ ...defaults, font: 'mono' });
  });

  it('does nothing for current settings, or where no settings are stored at all', () => {
    expect(migrateSettings({ settingsVersion, theme: 'dark' })).toBeNull();
    expect(migrateSettings({})).toBeNull();
    expect(migrateSettings({ 'site:news.example': [{ a: 'hide' }] })).toBeNull();
  });

  it('prefers a current key over its old name', () => {
    expect(migrateSettings({ size: 14, fontSize: 30 })?.write.fontSize).toBe(30);
  });
});
