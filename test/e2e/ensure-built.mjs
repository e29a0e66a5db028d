// dist/ built again when it is missing or older than what it is built from, so an end-to-end test never runs stale code.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const inputs = ['src', 'icons', 'manifest.json', 'package.json', 'scripts/build.mjs', 'scripts/manifest.mjs'];
const outputs = ['dist/chrome/manifest.json', 'dist/firefox/manifest.json', 'dist/test/chrome/manifest.json', 'dist/test/firefox/manifest.json'];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds dist/ under `root` when it is stale; says so. */
export function ensureBuilt(root) {
  const built = outputs.map((path) => join(root, path));
  const stale = built.some((path) => !existsSync(path))
    || Math.max(...inputs.map((path) => newest(join(root, path)))) > Math.min(...built.map((path) => statSync(path).mtimeMs));
  if (!stale) return;
  console.log('dist/ is missing or older than src/: building it first');
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
}
