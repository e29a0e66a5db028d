import { defineConfig } from 'vitest/config';

// One browser per test file, files one after another: two cores do not run two browsers faster.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    pool: 'forks',
    reporters: ['default', ['json', { outputFile: 'test-results/e2e.json' }]],
    fileParallelism: false,
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
