import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const inputs = ['src', 'icons', 'manifest.json', 'package.json', 'scripts/build.mjs', 'scripts/manifest.mjs'];
const outputs = ['dist/chrome/manifest.json', 'dist/firefox/manifest.json', 'dist/test/chrome/manifest.json', 'dist/test/firefox/manifest.json'];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds dist/ again when it is missing or older than what it is built from, so a test never runs stale code. */
export default function setup(): () => void {
  const built = outputs.map((path) => join(root, path));
  const stale = built.some((path) => !existsSync(path))
    || Math.max(...inputs.map((path) => newest(join(root, path)))) > Math.min(...built.map((path) => statSync(path).mtimeMs));
  if (stale) {
    console.log('dist/ is missing or older than src/: building it first');
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
  }
  // Every browser profile of this run is a temporary folder named after the run (harness/profile.ts). The browsers
  // close with the worker process; whatever is still running of them is stopped here, then the folders go.
  const run = randomBytes(4).toString('hex');
  process.env.CLEARPAGE_E2E_RUN = run;
  return () => {
    const mark = `clearpage-e2e-${run}`;
    spawnSync('pkill', ['-KILL', '-f', mark]);
    for (let end = Date.now() + 5000; spawnSync('pgrep', ['-f', mark]).status === 0 && Date.now() < end;) spawnSync('sleep', ['0.1']);
    for (const name of readdirSync(tmpdir())) {
      if (name.startsWith(mark)) rmSync(join(tmpdir(), name), { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    }
  };
}
