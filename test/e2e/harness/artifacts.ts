import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Screenshots and other test artifacts land in artifacts/<browser>/ (gitignored; CI keeps them). */
export function artifactPath(browser: string, name: string): string {
  const dir = resolve(import.meta.dirname, '..', '..', '..', 'artifacts', browser);
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
