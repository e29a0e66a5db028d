// Prints the plain closing line CI reads ("N passed, N failed") from vitest's JSON reports.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    failed += 1; // a suite that never reported counts as a failure, never as silence
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  // A file that failed without a failing test (it did not load, or a hook threw) counts once; vitest's
  // numFailedTestSuites would also count every describe block around a failed test.
  const brokenFiles = (report.testResults ?? []).filter((file) => file.status === 'failed'
    && !(file.assertionResults ?? []).some((test) => test.status === 'failed')).length;
  failed += report.numFailedTests + brokenFiles;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
