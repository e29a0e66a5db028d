import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh, empty browser profile folder, named after the run so the global teardown finds what is left of it. */
export function newProfile(browser: string): string {
  return mkdtempSync(join(tmpdir(), `clearpage-e2e-${process.env.CLEARPAGE_E2E_RUN ?? 'local'}-${browser}-`));
}
