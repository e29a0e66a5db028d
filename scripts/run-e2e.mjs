// npm run test:e2e: the Chromium and the Firefox end-to-end projects at the same time, each in its own vitest process
// (each project runs its files one after another in one worker; see vitest.e2e.config.ts). dist/ is brought up to date
// first, once, so the two never build at the same time. Extra arguments go to both vitest runs.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../test/e2e/ensure-built.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
ensureBuilt(root);
const vitest = join(root, 'node_modules/vitest/vitest.mjs');

function run(project) {
  const args = [vitest, 'run', '--config', 'vitest.e2e.config.ts', '--project', project,
    `--outputFile.json=test-results/e2e-${project}.json`, ...process.argv.slice(2)];
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' } });
  let output = '';
  child.stdout.on('data', (data) => { output += data; });
  child.stderr.on('data', (data) => { output += data; });
  return new Promise((done) => child.on('close', (code) => {
    // One project's whole report at a time, as it finishes: the two never interleave.
    process.stdout.write(`\n===== e2e: ${project} (exit ${code}) =====\n${output}`);
    done(code ?? 1);
  }));
}

const codes = await Promise.all(['chromium', 'firefox'].map(run));
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
