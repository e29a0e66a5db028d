import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';

const root = resolve(import.meta.dirname, '..', '..');
const webExt = resolve(root, 'node_modules/.bin/web-ext');
// Library code (DOMPurify, Readability) writes innerHTML, always into inert documents: explained in the README.
const explainedWarnings = new Set(['UNSAFE_VAR_ASSIGNMENT']);

function listing(zip: string): string[] {
  return Object.entries(unzipSync(readFileSync(zip)))
    .map(([name, data]) => `${name} ${data.length} ${createHash('sha256').update(data).digest('hex').slice(0, 16)}`)
    .sort();
}

describe('store readiness', () => {
  it('web-ext lint finds no errors in dist/firefox, and only the explained warnings', () => {
    let output = '';
    try {
      output = execFileSync(webExt, ['lint', '-s', resolve(root, 'dist/firefox'), '--no-config-discovery', '-o', 'json'], { encoding: 'utf8' });
    } catch (error) {
      output = (error as { stdout: string }).stdout;
    }
    const report = JSON.parse(output) as { errors: unknown[]; warnings: { code: string; file: string }[] };
    expect(report.errors).toEqual([]);
    expect(report.warnings.filter((w) => !explainedWarnings.has(w.code))).toEqual([]);
    expect(report.warnings.every((w) => w.file === 'content.js')).toBe(true);
  }, 120_000);

  it('content-now.js is content.js with V8\'s compile hint, nothing else, and only in the Chromium build', () => {
    for (const dir of ['dist/chrome', 'dist/test/chrome']) {
      const lazy = readFileSync(resolve(root, `${dir}/content.js`), 'utf8');
      expect(readFileSync(resolve(root, `${dir}/content-now.js`), 'utf8')).toBe(`//# allFunctionsCalledOnLoad\n${lazy}`);
    }
    for (const dir of ['dist/firefox', 'dist/test/firefox']) expect(existsSync(resolve(root, `${dir}/content-now.js`))).toBe(false);
  });

  it('packages both stores’ archives, versioned from package.json, with the same listing every time', () => {
    const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
    const zips = ['chrome', 'firefox'].map((target) => resolve(root, `artifacts/packages/clearpage-${target}-${version}.zip`));
    execFileSync(process.execPath, [resolve(root, 'scripts/package.mjs')]);
    const first = zips.map(listing);
    execFileSync(process.execPath, [resolve(root, 'scripts/package.mjs')]);
    expect(zips.map(listing)).toEqual(first);
    for (const entries of first) {
      expect(entries.some((e) => e.startsWith('manifest.json '))).toBe(true);
      expect(entries.some((e) => e.startsWith('content.js '))).toBe(true);
    }
    const manifest = JSON.parse(new TextDecoder().decode(unzipSync(readFileSync(zips[1]!))['manifest.json']));
    expect(manifest.version).toBe(version);
  }, 60_000);
});
