import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export default function setup(): void {
  const manifest = resolve(import.meta.dirname, '..', '..', 'dist', 'chrome', 'manifest.json');
  if (!existsSync(manifest)) throw new Error('dist/chrome is missing: run `npm run build` first (npm test does).');
}
