import { spawn, type ChildProcess } from 'node:child_process';

/** Starts a private X display (Chromium extension shortcuts only fire for real key events in a headed browser). */
export async function startXvfb(): Promise<{ display: string; stop(): void }> {
  // Named after the run (exec -a), so the global teardown stops it even if this process was killed first.
  const name = `clearpage-e2e-${process.env.CLEARPAGE_E2E_RUN ?? 'local'}-xvfb`;
  const child: ChildProcess = spawn('bash', ['-c', `exec -a ${name} Xvfb -displayfd 1 -screen 0 1280x800x24 -nolisten tcp`], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.stdout!.once('data', (data: Buffer) => resolve(`:${data.toString().trim()}`));
  });
  return { display, stop: () => child.kill() };
}

/** Asks xdotool to focus the browser window and press `keys` (e.g. "alt+shift+y") as real X key events. */
export function xdotool(display: string, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('xdotool', args, { env: { ...process.env, DISPLAY: display } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`xdotool ${args.join(' ')} exited ${code}`))));
  });
}

/** "Alt+Shift+Y" (as browsers report it) → "alt+shift+y" (as xdotool takes it). */
export function toXdotoolKeys(shortcut: string): string {
  return shortcut.split('+').map((part) => ({ Ctrl: 'ctrl', Alt: 'alt', Shift: 'shift', Command: 'super' })[part] ?? part.toLowerCase()).join('+');
}
