import { defineConfig } from 'vitest/config';

// All files in one worker process, one after another (isolate: false keeps it alive between files), so one browser of
// each kind serves the whole run (test/e2e/harness/shared.ts). Every wait inside a test is bounded by a few seconds
// and named; the test timeout is only the last guard.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    isolate: false,
    reporters: ['default', ['json', { outputFile: 'test-results/e2e.json' }]],
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
