import { defineConfig } from 'vitest/config';

// Two projects, one per engine, each with its files in one worker process, one after another (isolate: false keeps it
// alive between files), so one browser of each kind serves the project's whole run (test/e2e/harness/shared.ts).
// `npm run test:e2e` (scripts/run-e2e.mjs) runs the two projects at once. Every wait inside a test is bounded by a few
// seconds and named; the test timeout is only the last guard.
const firefox = 'test/e2e/**/*-firefox.e2e.test.ts';
// The store packages (web-ext, Mozilla's tool) run beside Firefox: that project finishes sooner than Chromium's.
const packaging = 'test/e2e/packaging.e2e.test.ts';
// So does the benchmark's smoke run (it starts a Chromium and a Firefox of its own).
const benchSmoke = 'test/e2e/bench-browser-smoke.e2e.test.ts';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    isolate: false,
    reporters: ['default', 'json'],
    // scripts/run-e2e.mjs names one report per project (--outputFile.json=…).
    outputFile: { json: 'test-results/e2e.json' },
    globalSetup: ['test/e2e/global-setup.ts'],
    projects: [
      { extends: true, test: { name: 'chromium', include: ['test/e2e/**/*.e2e.test.ts'], exclude: [firefox, packaging, benchSmoke] } },
      { extends: true, test: { name: 'firefox', include: [firefox, packaging, benchSmoke] } },
    ],
  },
});
