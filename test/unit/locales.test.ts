import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const locales = join(root, 'src/_locales');
const read = (lang: string) => JSON.parse(readFileSync(join(locales, lang, 'messages.json'), 'utf8')) as Record<string, { message: string; placeholders?: object }>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.(ts|html)$/.test(entry.name) ? [join(dir, entry.name)] : []);
}

describe('every UI string goes through _locales', () => {
  const english = read('en');

  it('English and Ukrainian have the same keys, none empty, same placeholders', () => {
    const ukrainian = read('uk');
    expect(Object.keys(ukrainian).sort()).toEqual(Object.keys(english).sort());
    for (const [key, entry] of Object.entries(ukrainian)) {
      expect(entry.message.trim(), key).not.toBe('');
      expect(Object.keys(entry.placeholders ?? {}), key).toEqual(Object.keys(english[key]!.placeholders ?? {}));
    }
  });

  it('every key the code uses exists, and the manifest’s too', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(root, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\('([A-Za-z_]+)'/g)) used.add(match[1]!);
      for (const match of text.matchAll(/data-i18n(?:-label)?="([A-Za-z_]+)"/g)) used.add(match[1]!);
    }
    for (const match of readFileSync(join(root, 'manifest.json'), 'utf8').matchAll(/__MSG_([A-Za-z_]+)__/g)) used.add(match[1]!);
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((key) => !english[key])).toEqual([]);
  });
});
