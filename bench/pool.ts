/**
 * Runs pages through both systems in child processes (each with its own heap), fed in order as they
 * become free. Each page's two systems always run back to back in one process, so the per-page time
 * ratio compares like with like.
 *
 * The children run a plain-JavaScript bundle of bench/worker.ts (built with esbuild, packages left
 * external) rather than going through tsx: tsx rewrites ES-module dependencies such as parse5 into
 * CommonJS with getter-based exports, which makes jsdom ~20% slower for both systems.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { failedOutputs, type PageOutputs, type PageTask } from './systems';

export interface PageRunner {
  run(task: PageTask): Promise<PageOutputs>;
  close(): void;
}

interface Pending {
  id: number;
  task: PageTask;
  resolve: (outputs: PageOutputs) => void;
}

interface Slot {
  child: ChildProcess;
  current: Pending | null;
}

const benchDir = dirname(fileURLToPath(import.meta.url));

/** Bundles the worker under node_modules/.cache (so its external packages resolve); one file per run. */
async function buildWorker(): Promise<string> {
  const dir = join(benchDir, '..', 'node_modules', '.cache', 'clearpage-bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `worker-${process.pid}.mjs`);
  await build({
    entryPoints: [join(benchDir, 'worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}

export async function processRunner(jobs: number, heapMb = 4096): Promise<PageRunner> {
  const workerScript = await buildWorker();
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let closed = false;

  const dispatch = (slot: Slot) => {
    if (slot.current || closed) return;
    const next = queue.shift();
    if (!next) return;
    slot.current = next;
    slot.child.send({ id: next.id, task: next.task });
  };

  const spawn = (): Slot => {
    const child = fork(workerScript, [], {
      execArgv: [`--max-old-space-size=${heapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const slot: Slot = { child, current: null };
    child.on('message', (message: { id: number; outputs: PageOutputs }) => {
      const done = slot.current;
      if (!done || done.id !== message.id) return;
      slot.current = null;
      done.resolve(message.outputs);
      dispatch(slot);
    });
    child.on('exit', (code, signal) => {
      if (closed) return;
      // A page that crashed its process (out of memory, say) scores as a failure; a fresh process takes over.
      slot.current?.resolve(failedOutputs(`worker-crash: exit ${code ?? signal}`));
      const replacement = spawn();
      slots[slots.indexOf(slot)] = replacement;
      dispatch(replacement);
    });
    return slot;
  };

  for (let i = 0; i < jobs; i++) slots.push(spawn());
  return {
    run(task) {
      return new Promise((resolve) => {
        queue.push({ id: nextId++, task, resolve });
        const idle = slots.find((slot) => !slot.current);
        if (idle) dispatch(idle);
      });
    },
    close() {
      closed = true;
      for (const slot of slots) {
        if (slot.child.connected) slot.child.disconnect();
        if (slot.current) slot.child.kill(); // stopped mid-run: do not finish the page
      }
      rmSync(workerScript, { force: true });
    },
  };
}
