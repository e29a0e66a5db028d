import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';

/**
 * Share of pixels that differ between two same-sized PNG screenshots (pixelmatch, per-pixel colour threshold 0.1,
 * anti-aliasing ignored). Writes the diff image to `diffPath` when given.
 */
export function diffRatio(a: Buffer, b: Buffer, diffPath?: string): number {
  const left = PNG.sync.read(a);
  const right = PNG.sync.read(b);
  if (left.width !== right.width || left.height !== right.height) return 1;
  const diff = new PNG({ width: left.width, height: left.height });
  const changed = pixelmatch(left.data, right.data, diff.data, left.width, left.height, { threshold: 0.1 });
  if (diffPath) writeFileSync(diffPath, PNG.sync.write(diff));
  return changed / (left.width * left.height);
}
