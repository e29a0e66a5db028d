import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureBuilt } from './ensure-built.mjs';

/** dist/ up to date first (scripts/run-e2e.mjs has done it once already when both projects run at once). */
export default function setup(): () => void {
  ensureBuilt(resolve(import.meta.dirname, '..', '..'));
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
