// npm run package → artifacts/packages/clearpage-{chrome,firefox}-<version>.zip, the archives each store takes.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = join(root, 'artifacts', 'packages');
const webExt = join(root, 'node_modules', '.bin', 'web-ext');

for (const target of ['chrome', 'firefox']) {
  const filename = `clearpage-${target}-${version}.zip`;
  execFileSync(webExt, ['build', '--source-dir', join(root, 'dist', target), '--artifacts-dir', out, '--filename', filename,
    '--overwrite-dest', '--no-config-discovery'], { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(join('artifacts', 'packages', filename));
}
